"""Hand annotations for test/dev4 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev4 is held out.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions used here (the guideline leaves them open):
- A whole clause (subject and verb, normally 4+ words) quoted entire, with its own closing punctuation
  inside the marks, is `full` even after "said that" / "noted that"; a fragment that the reporter's
  sentence completes (a predicate, a noun phrase, a word) is `partial`.
- `continues` joins the segments of one quotation: paragraphs of a multi-paragraph quote, and a quote
  split by "he said". A new quote after a sentence of the reporter's paraphrase ("She added that ...:")
  starts a new quotation (continues=False).
- Words a person is alleged to have said, quoted as the allegation ("claims he called her "stupid
  woman""), are `partial` with that person as speaker, even when he denies them; noted in each case.
"""


def who(speaker, *aliases):
    return {'speaker': speaker, 'aliases': list(aliases)}


def q(text, kind, speaker=None, continues=False, note=None, nth=0, para=False, unterminated=False):
    rec = {'text': text, 'kind': kind, 'continues': continues, 'note': note, 'nth': nth,
           'para': para, 'unterminated': unterminated}
    rec.update(speaker or {'speaker': None, 'aliases': []})
    return rec


def term(text, note=None, nth=0):
    return q(text, 'term', None, note=note, nth=nth)


MULTI = 'Paragraph of a multi-paragraph quote: no closing mark at the paragraph end, by convention.'

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '003_reuters-egypt-exports-protests.txt': ['sectors’'],
}

ANNOTATIONS = {}

# --- 001 Metro, UK politics (curly single marks for speech) ---
STARMER = who('Keir Starmer', 'Sir Keir Starmer', 'Sir Keir', 'Starmer', 'the Labour leader', 'The Labour leader')
MATHESON = who('Chris Matheson', 'Mr Matheson', 'Matheson', 'Labour whip Chris Matheson', 'A Labour MP')
FRANCOIS = who('Mark Francois', 'Francois', 'Tory MP Mark Francois')
ANNOTATIONS['001_metro-starmer-johnson-pmqs-row.txt'] = [
    q('absolute b****cks', 'partial', MATHESON,
      note='"A Labour MP has branded claims ... ‘absolute b****cks’": the MP is Chris Matheson, who (paragraph 8) '
           '"said the claims were ‘absolute b****cks’". Asterisks as published.'),
    q('lost it', 'partial', who('witnesses'), note='"witnesses allege that Sir Keir ‘lost it’".'),
    q('misheard', 'partial', STARMER, note='"The Labour leader later admitted ..., suggesting he ‘misheard’".'),
    q('As I was walking out of the chamber, I saw Sir Keir and the PM standing near the entrance to the aye lobby.',
      'full', FRANCOIS, para=True, note='Colon intro "told The Sun:". ' + MULTI),
    q('He was puce with anger, and wagging his finger aggressively at the PM, who was telling him to check the record.',
      'full', FRANCOIS, continues=True),
    q('absolute b****cks', 'partial', MATHESON, nth=1),
    q('There was a brief chat and then Keir and I left together. Nothing more to it than that.', 'full', MATHESON,
      note='"He added:": he = Mr Matheson.'),
    q('They had a perfectly reasonable conversation as they often do after PMQs.', 'full',
      who('Labour source', 'A Labour source')),
    q('a bit of a meltdown', 'partial', who('anonymous eyewitness', 'An anonymous eyewitness'),
      note='"told the paper that Sir Keir had ‘a bit of a meltdown’".'),
    q('I have seen the reports but I haven’t seen the Prime Minister since he went to the Chamber so I can’t confirm '
      'or deny that.', 'full',
      who('Allegra Stratton', 'Stratton', 'Mr Johnson’s press secretary Allegra Stratton', 'press secretary')),
    q('complete nonsense', 'partial', STARMER, note='"Sir Keir described Mr Johnson’s remarks ... as ‘complete nonsense’".'),
]

# --- 002 ITV News, UK politics (straight double marks, nested and headline straight singles) ---
CORBYN = who('Jeremy Corbyn', 'Mr Corbyn', 'Corbyn', 'The Labour leader', 'The 69-year-old')
MAY = who('Theresa May', 'Mrs May', 'May', 'the Prime Minister')
ALLEGED = ('The words he is claimed to have said (he denies them), quoted as the allegation: partial with Corbyn '
           'as speaker; could be read as a term (words mentioned, not reported).')
ANNOTATIONS['002_itv-corbyn-stupid-woman.txt'] = [
    q('stupid woman', 'partial', CORBYN, note='Headline, single marks. ' + ALLEGED),
    q('stupid woman', 'partial', CORBYN, nth=1, note='"claims he called Theresa May a "stupid woman"". ' + ALLEGED),
    q("He's going to put a confidence vote. Oh yes he is! Oh no he isn't! I've got some advice... look behind you.",
      'full', MAY, note='Colon intro "Mrs May said:".'),
    q('stupid people', 'partial', CORBYN, note='"said his words were "stupid people"".'),
    q('to those who I believe were seeking to turn a debate about the national crisis facing our country into a '
      'pantomime', 'partial', CORBYN, note='"referring "to those ..."": a fragment the reporter’s sentence completes.'),
    q("did not use the words 'stupid woman' about the Prime Minister, or anyone else", 'partial', CORBYN,
      note="Inner 'stupid woman' is part of the outer span (his own mention of the words)."),
    q("During Prime Minister's Question Time today, I referred to those who I believe were seeking to turn a debate "
      "about the national crisis facing our country into a pantomime as 'stupid people'.", 'full', CORBYN, para=True,
      note='"The 69-year-old continued:" = Corbyn. The paragraph ends with the inner single mark and a full stop; '
           'the outer quote goes on in the next paragraph. ' + MULTI),
    q("Mr Speaker I did not use the words 'stupid woman' about the Prime Minister or anyone else, and am completely "
      "opposed to the use of sexist or misogynist language in absolutely any form at all.", 'full', CORBYN,
      continues=True),
]

# --- 003 Reuters, business/politics (Egypt; curly double marks) ---
ANNOTATIONS['003_reuters-egypt-exports-protests.txt'] = [
    q('The policy to stabilize prices depends on supply and demand. And in order to reduce prices, supply needs to be '
      'increased,', 'full',
      who('Samiha Fawzi Ibrahim', 'Ibrahim', 'Trade Minister Samiha Fawzi Ibrahim', 'trade minister'),
      note='"she said": she = the trade minister of the paragraphs before, although the sentence just before the '
           'quote speaks of "Witnesses". Headline "Egypt exports down 6 percent: trade minister" has no marks.'),
]

# --- 004 Metro, football (curly single marks for speech) ---
POCH = who('Mauricio Pochettino', 'Pochettino', 'The Blues boss', 'Chelsea boss')
ANNOTATIONS['004_metro-pochettino-chelsea-man-utd.txt'] = [
    q('I am disappointed because we didn’t start the game well,', 'full', POCH,
      note='"he said": he = Pochettino, from the paragraph before.'),
    q('The feeling is that they started better than us, showing more energy than us. We couldn’t match the energy. I '
      'think they were better than us and there’s nothing I can say.', 'full', POCH, continues=True, para=True,
      note=MULTI),
    q('The second half we started well but then we conceded and again I think we missed a little bit the energy to be '
      'more aggressive. We had some chances but not enough to get back in the game again. But overall my feeling is '
      'that they were better than us and deserved the three points.', 'full', POCH, continues=True),
    q('I’m not worried because there’s too many circumstances which need to explain why we didn’t perform,', 'full',
      POCH),
    q('To play with Brighton with one less for so long may have affected the energy, and we need to recover too many '
      'players from injury, to have different options and be more competitive.', 'full', POCH, continues=True,
      para=True, note='Follows "said Pochettino" (a photo caption between them is left out). The quote goes on past '
                      'the stored copy. ' + MULTI),
]

# --- 005 football.co.uk (PA copy), football (straight double marks) ---
MOWBRAY = who('Tony Mowbray', 'Mowbray', 'Middlesbrough manager Tony Mowbray')
ANNOTATIONS['005_footballcouk-pa-mowbray-reading.txt'] = [
    q('Right from early on we were under pressure. In the first five minutes we conceded half a dozen corners and it '
      'never got much better. Reading have a lot of intensity in their play and their front two work really hard.',
      'full', MOWBRAY, para=True,
      note='Colon intro. Headline "Mowbray: We were second best" has no marks (a colon label, not a quote). ' + MULTI),
    q("I've been in charge for 19 or 20 games, but it's the first time we have found a performance like that. Even if "
      "we have had bad results we've always been in matches.", 'full', MOWBRAY, continues=True, para=True, note=MULTI),
    q("This was the first time we have been outfought and outplayed. It's not a day for excuses. We must put it behind "
      "us straight away. I would never have thought that we could find that level of performance after the way we "
      "played at Nottingham Forest.", 'full', MOWBRAY, continues=True),
]

# --- 006 KVIA (CNN copy), US politics (curly double marks) ---
KLAIN = who('Ron Klain', 'Klain', 'White House chief of staff Ron Klain')
ANNOTATIONS['006_kvia-cnn-covid-relief-senators.txt'] = [
    q('President Biden and his advisors will continue to engage and consult bipartisan groups of lawmakers, including '
      'today, to make the case why urgent action is needed to get relief to hard-hit communities and families and more '
      'resources to public health officials so we can ramp up vaccinations,', 'full',
      who('White House official', 'one White House official'), note='"one White House official told CNN": unnamed source.'),
    q('enemy', 'partial', KLAIN, note='"Klain said ... that engaging both sides is not the “enemy” of speed"; his word '
                                     '(he says "enemies" below).'),
    q('We’re reaching out to people,', 'full', KLAIN),
    q('I don’t think bipartisanship and speed are enemies of one another. The need is urgent.', 'full', KLAIN,
      continues=True),
]

# --- 007 Ship & Bunker, markets (straight double marks) ---
PETERSEN = who('Ashley Petersen', 'Petersen', 'Ashley Petersen, lead oil market analyst at Stratas Advisors')
ANNOTATIONS['007_shipandbunker-oil-analysts.txt'] = [
    q('If the API [American Petroleum Institute] unexpectedly supplied bullets to oil bulls on Tuesday evening so that '
      'they could fire from all cylinders, the Energy Information Administration flung the door of the ammunition depot '
      'wide open yesterday.', 'full',
      who('Tamas Varga', 'Varga', 'Tamas Varga, senior analyst at PVM Oil Associates'),
      note='"remarked," before the quote; editorial bracket kept.'),
    q('Trade tensions (are) hanging like a dark cloud threatening to rain over oil prices,', 'full',
      who('Jeffrey Halley', 'Halley', 'Jeffrey Halley, senior market analyst at OANDA'),
      note='Colon before the quote and "said Jeffrey Halley, senior market analyst at OANDA" after it (wire style).'),
    q('U.S.-China hope has been the driver this week,', 'full', PETERSEN,
      note='"noted that "...,"": a whole clause quoted entire, so full (could be read as partial).'),
    q("That's what caused the market to stay strong and close higher.", 'full', PETERSEN,
      note='"she added that ...:": she = Petersen; colon intro after a paraphrase, so a new quotation.'),
]

# --- 008 AP (ap.org), Mexico (curly double marks) ---
ANNOTATIONS['008_ap-mexico-protesters-journalists.txt'] = [
    q('not one single representative of the media was injured.', 'full',
      who('Mexico City police department', 'The Mexico City police department', 'police department'),
      note='"The Mexico City police department ... said that “...”": the body that made the statement; a whole '
           'clause, so full (could be read as partial).'),
]
