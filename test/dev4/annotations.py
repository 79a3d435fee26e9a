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


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '003_reuters-egypt-exports-protests.txt': ['sectors’'],
    '009_huffpostuk-zahawi-starmer-misled.txt': ['Sky News’'],
    '010_warringtonguardian-sunak-pmqs-ghey.txt': ['doctors’'],
    '011_onlinekhabar-khatiwada-share-market.txt': ['lawmakers’'],
    '014_premiumtimesng-afcon-belmadi-mahrez.txt': ['Super Eagles’'],
    '015_theweek-spicer-healthcare-bill.txt': ["Senate Republicans'"],
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

# --- 009 HuffPost UK, UK politics (curly double marks) ---
ZAHAWI = who('Nadhim Zahawi', 'Zahawi', 'The education secretary', 'The cabinet minister')
STARMER9 = who('Keir Starmer', 'Starmer', 'the leader of the opposition', 'The leader of the opposition')
JOHNSON = who('Boris Johnson', 'Johnson', 'the prime minister', 'The prime minister')
BURLEY = who('Kay Burley', 'Burley', 'Sky News’ Kay Burley')
ANNOTATIONS['009_huffpostuk-zahawi-starmer-misled.txt'] = [
    q('overexcited', 'partial', ZAHAWI, note='"The education secretary claimed ... when he got “overexcited”".'),
    q('just wanted to play politics', 'partial', ZAHAWI),
    q('He, probably inadvertently because he got overexcited, and started accusing the prime minister.', 'full', ZAHAWI,
      note='Colon intro "The cabinet minister said:"; the quote is ungrammatical as published.'),
    q('Are you suggesting the leader of the opposition has misled parliament?', 'full', BURLEY),
    q('accused the prime minister of something he has no evidence of', 'partial',
      who('David Evenett', 'Sir David Evenett', 'Evenett', 'the Tory MP Sir David Evenett'),
      note='Words of Evenett’s letter ("alleging Starmer “...”"), reported in Zahawi’s account.'),
    q('By accusing him at the despatch box, mistakenly, he should apologise and withdraw,', 'full', ZAHAWI),
    q('The prime minister also accused the BBC of not being critical enough of Putin.', 'full', STARMER9,
      note='"Starmer, ..., said to Johnson during PMQs:".'),
    q('I said nothing of the kind', 'full', JOHNSON, note='"The prime minister replied, “...”,": a whole clause.'),
    q('withdraw what he just said because it has absolutely no basis or foundation in truth', 'partial', JOHNSON,
      note='"called for Starmer to “...”".'),
    q('Pot kettle black', 'partial', BURLEY,
      note='"prompted Burley to say “Pot kettle black”": her whole remark but not a clause, woven into the '
           'sentence; could be read as full.'),
]

# --- 010 Warrington Guardian, UK politics (curly double marks, nested curly singles) ---
STARMER10 = who('Keir Starmer', 'Sir Keir', 'Sir Keir Starmer', 'Starmer', 'The Labour leader',
                'the Leader of the Opposition')
SUNAK = who('Rishi Sunak', 'Mr Sunak', 'Sunak', 'THE Prime Minister', 'the Prime Minister')
ANNOTATIONS['010_warringtonguardian-sunak-pmqs-ghey.txt'] = [
    term('defining a woman', note='The issue Sunak’s jibe was about, named in the reporter’s words; could be read as '
                                  'a partial quote of Sunak (his jibe, past the stored copy, says "defining a woman").'),
    q('Shame.', 'full', who('opposition backbenchers', 'a chorus of opposition backbenchers'),
      note='"calling out: “Shame.”": the whole call, colon intro; one word, but not a fragment of a longer remark.'),
    q('He says he stands by his commitments. He once insisted if he missed his promises, these are the words he used: '
      '‘I am the Prime Minister,’ and then he said: ‘It is on me personally.’', 'full', STARMER10, para=True,
      note='Colon intro "Sir Keir said:". The paragraph ends with the inner closing single mark; the outer quote goes '
           'on. ' + MULTI),
    q('I am the Prime Minister,', 'full', SUNAK,
      note='Nested inside Starmer’s quote: Sunak’s own words as Starmer quotes them ("these are the words he used").'),
    q('It is on me personally.', 'full', SUNAK, note='Nested inside Starmer’s quote ("and then he said:").'),
    q('Today, we learn from his own officials that he is the blocker to any deal to end the doctors’ strikes and every '
      'time he is asked, he blames everyone else.', 'full', STARMER10, continues=True, para=True,
      note='Continues Starmer’s quote ("He says he stands ..."); the two nested Sunak records lie between. ' + MULTI),
    q('So, what exactly did he mean when he said it is on him personally if he doesn’t meet his promise?', 'full',
      STARMER10, continues=True),
    q('We are bringing the waiting lists down for the longest waiters and making progress, but it is a bit rich to hear '
      'about promises from someone who has broken every single promise he was elected on.', 'full', SUNAK, para=True,
      note='Colon intro "Mr Sunak replied:". The quote goes on past the stored copy (after a "READ MORE" link, left '
           'out). ' + MULTI),
]

# --- 011 Onlinekhabar (Nepal), politics/markets (curly double marks, a curly single) ---
KHATIWADA = who('Yuba Raj Khatiwada', 'Khatiwada', 'the minister', 'Minister for Finance, Yuba Raj Khatiwada',
                'Finance Minister')
ANNOTATIONS['011_onlinekhabar-khatiwada-share-market.txt'] = [
    q('The recent trend is short-term. Seeing this, we should not develop a long-term opinion.', 'full', KHATIWADA,
      note='"the minister said, “...”": comma intro.'),
    q('unpopular', 'partial', who('lawmakers', 'a few lawmakers'),
      note='"a few lawmakers had said ... the minister’s ‘unpopular’ image": their word; could be read as a scare quote.'),
    q('Shares are bought considering the present and future financial status of a company. They are traded '
      'considering the government policies and the status of their implementation. A single person does not affect '
      'the share market.', 'full', KHATIWADA),
]

# --- 012 Interfax, business (Belarus/Russia; straight double marks) ---
LUKASHENKO = who('Alexander Lukashenko', 'Lukashenko', 'Belarusian President Alexander Lukashenko')
ANNOTATIONS['012_interfax-lukashenko-uralkali.txt'] = [
    q('There is information that they are $12 billion in deficit and just $2 in surplus. If this is so, then it turns '
      'out that the information they distributed all around the world is bogus. Uralkali is a public company, which is '
      'traded at the London and Moscow exchanges. And distributing bogus reports and information is an international '
      'crime,', 'full', LUKASHENKO),
    q('I have ordered the relevant agencies to contact the London and Moscow exchanges where trading goes in order to '
      'warn them of what is happening in reality so that we do not end up being responsible later,', 'full', LUKASHENKO,
      note='A second quote with its own "Lukashenko said", so not marked as continuing the first.'),
]

# --- 013 Inish Live (Donegal), football (curly double marks for speech, straight singles for partials) ---
MURPHY = who('Darren Murphy', 'Murphy', 'the Harps manager', 'Finn Harps manager Darren Murphy')
ANNOTATIONS['013_inishlive-finn-harps-murphy.txt'] = [
    q('second best', 'partial', MURPHY, note='Straight single marks; the phrase is in his quote below.'),
    q("You can't win a game of football when you only compete for 45 minutes,", 'full', MURPHY,
      note='"the Harps manager said" = Murphy.'),
    q("The first 45 minutes were a non-event. We didn't show up. We were second best. We didn't win first ball. We "
      "didn't win second ball. We didn't really create anything.", 'full', MURPHY, continues=True,
      note='Next paragraph of the same answer, opened afresh after the previous paragraph closed.'),
    q('an honest conversation', 'partial', MURPHY, note='"What Murphy described as \'an honest conversation\'".'),
    q('There was no ranting and raving. We just had an honest conversation at half-time and we just asked for a wee '
      'bit more.', 'full', MURPHY, para=True, note='"He said:": he = Murphy. ' + MULTI),
    q('We got the wee bit more and created some chances. If we had taken anything from Athlone, it would have been the '
      'old smash and grab because we were second best for too long.', 'full', MURPHY, continues=True, para=True,
      note=MULTI),
    q("There are fine lines and it's about taking opportunities when they come along. We created enough but if you "
      "don't take them you'll end up with nothing.", 'full', MURPHY, continues=True),
    q('The positives were that we are still sitting in second and we have had a fantastic start.', 'full', MURPHY,
      para=True, note='"He said:" two paragraphs after Murphy is last named (the paragraph between names other '
                      'players). The quote goes on past the stored copy. ' + MULTI),
]

# --- 014 Premium Times (Nigeria), football (curly double marks) ---
BELMADI = who('Djamel Belmadi', 'Belmadi', 'coach Belmadi', 'the coach', 'Algeria’s coach Djamel Belmadi',
              'Algeria coach')
MAHREZ = who('Riyad Mahrez', 'Mahrez', 'The Manchester City player')
ANNOTATIONS['014_premiumtimesng-afcon-belmadi-mahrez.txt'] = [
    q('The guys made an amazing first half. We deserved to score more,', 'full', BELMADI,
      note='"the coach stated". The headline ("We deserve to score more against Nigeria — Algeria coach") '
           'paraphrases him without marks.'),
    q('In the second half, we had a difficult moment for around 15 minutes where we were under pressure.', 'full',
      BELMADI, continues=True, para=True, note=MULTI),
    q('After the penalty, players showed great attitude, mental strength and come back, until the end. Fighting to '
      'score a goal was great for us,', 'full', BELMADI, continues=True),
    q('It was a very tough game today, (Sunday) especially when we were ahead and they equalised from the penalty.',
      'full', MAHREZ, para=True,
      note='"He said, “...": he = "The Manchester City player" of the sentence before = Riyad Mahrez. ' + MULTI),
    q('At the end, we had this freekick and we scored. We are very happy to be in the final of the AFCON because is '
      'something unbelievable.', 'full', MAHREZ, continues=True),
]

# --- 015 The Week, US politics (straight single and double marks) ---
SPICER = who('Sean Spicer', 'Spicer', 'White House Press Secretary Sean Spicer')
ANNOTATIONS['015_theweek-spicer-healthcare-bill.txt'] = [
    q("i don't know that", 'full', SPICER,
      note="Kicker above the headline, wholly in straight single marks, lower-cased: Spicer's \"I don't know that\" below."),
    q("I don't know that. I know that there was some chatter today. I know the president has been on the phone "
      "extensively with [Senate Majority Leader Mitch McConnell] and with key senators, so I don't know if he's seen "
      "the legislation or not,", 'full', SPICER, note='Editorial bracket kept.'),
    q('discussion draft', 'partial', who('Mitch McConnell', 'McConnell'),
      note='"McConnell ... said Tuesday that he expects to have a "discussion draft"": his words; could be read as a '
           'term (the name of the document).'),
]

# --- 016 unekjc.com, markets (curly double marks, a nested curly single) ---
COMMERZ = who('commodity analysts at Commerzbank AG', 'Commerzbank AG', 'Commerzbank', 'commodity analysts')
ANNOTATIONS['016_unekjc-saudi-purge-oil-prices.txt'] = [
    q('Conflicts within the Middle East are becoming a major influencer on energy markets, and a further surge in [oil] '
      'prices will likely be due to political risk,', 'full',
      who('Hussein Sayed', 'Sayed', 'Hussein Sayed, chief market strategist at trading platform FXTM')),
    q('We have stressed repeatedly that the biggest ‘risk’ to our conservative (oil) price forecast is a '
      'destabilization of the situation in Saudi Arabia,', 'full', COMMERZ,
      note='"commodity analysts at Commerzbank AG wrote in a note to clients": a group as speaker. The inner ‘risk’ '
           'is their own scare quote, part of the outer span.'),
    q('The probability at least of such a scenario increased at the weekend after eleven princes, four ministers and '
      'dozens of former ministers were arrested in Saudi Arabia.', 'full', COMMERZ, continues=True),
    q('While the market remains in place for further gains, the unwinding of the earnings season is likely to slow the '
      'pace of gains as the battle of tax reform lurks in the background,', 'full',
      who('Peter Cardillo', 'Cardillo', 'Peter Cardillo, chief market economist at First Standard Financial')),
    q('The U.S. economy really bottomed out during the summer and has been on a clear upward trend since then,', 'full',
      who('Jon Adams', 'Adams', 'Jon Adams, a Chicago-based senior investment strategist with BMO Global Asset Management'),
      note='"Jon Adams, ... shared with the Bloomberg": name and description after the quote, unusual verb.'),
]

# --- 017 ESPN, football (India; straight double marks) ---
ROCA = who('Albert Roca', 'Roca')
ANNOTATIONS['017_espn-roca-bengaluru-afc-cup.txt'] = [
    q('rusty', 'partial', ROCA, note='"Roca admitted that a "rusty" Bengaluru FC ...".'),
    q('bit too nervous', 'partial', ROCA),
    q('I want to say congratulations to Air Force. I think they were superior,', 'full', ROCA,
      note='"he said": he = Roca, from the paragraph before.'),
    q('The game from the first moment, we saw we were not comfortable on the ball. All of the Air Force players have a '
      'level that we cannot achieve right now. This is the kind of football we have never experienced before.',
      'full', ROCA, continues=True, para=True,
      note='Split from the previous segment by "he said"; the paragraph has no closing mark. (An "Also read" link '
           'after it is left out.) ' + MULTI),
    q('Most of the Iraqi players are stronger. They push and press hard. They did a good balance between attack and '
      'defence. A lot of them have played for the national team. They play at a superior level.', 'full', ROCA,
      continues=True, para=True, note=MULTI),
    q('We have to work towards that. Working hard, we can achieve the same next time and try to win, or have more '
      'opportunities to win.', 'full', ROCA, continues=True),
    q('risky', 'partial', ROCA, note='"Roca revealed that ... his "risky" decision ... "backfired"".'),
    q('backfired', 'partial', ROCA),
    q('The idea was to create more speed on the pitch by putting our fastest players on the pitch and press on them. '
      'But we made a mistake and then we conceded. Our players tried their best to create problems for them. It was '
      'just not our day. It was hard and I have to accept that. In front, there was a team with more experience, they '
      'have a different level and rhythm in their competition.', 'full', ROCA, para=True,
      note='No attribution in or next to the quote: it follows "Roca revealed that ...". ' + MULTI),
    q('We have to take risks, and in the end, even our central defenders tried to score. They (Air Force) have always '
      'shown a lot of experience. We lost a lot of balls. They showed that they are superior, It is a lesson for us '
      'also, If we have to improve and compete at this level, we must upgrade.', 'full', ROCA, continues=True),
]

# --- 018 Channel 4 News FactCheck, UK politics (curly double marks) ---
CORBYN18 = who('Jeremy Corbyn', 'Mr Corbyn', 'Corbyn', 'the Labour leader')
MAY18 = who('Theresa May', 'Mrs May', 'May')
ANNOTATIONS['018_channel4-factcheck-corbyn-vote-leave.txt'] = [
    q('significant evidence', 'partial', who('Electoral Commission', 'the Electoral Commission', 'The Commission'),
      note='"The Commission found “significant evidence”": words of its finding.'),
    q('The transport secretary, the international trade secretary, and now the Brexit secretary, were all members of '
      'the Vote Leave campaign committee. The environment secretary was the co-chair. They’ve been referred to the '
      'police by the Electoral Commission, having refused to cooperate with the Electoral Commission.', 'full',
      CORBYN18, para=True,
      note='Introduced by a paragraph of its own ending in a colon ("Mr Corbyn told the House on Wednesday:"). ' + MULTI),
    q('Will the Prime Minister guarantee that her cabinet ministers will fully cooperate with the police investigation?',
      'full', CORBYN18, continues=True),
    q('Can I say to the right honourable gentleman, I actually question the way in which he put his question. Mr '
      'Speaker, he has made an accusation in this house against members of this House…', 'full', MAY18, para=True,
      note='Introduced by a paragraph of its own ("To which Mrs May replied:"). ' + MULTI),
    q('Mr Speaker, the right honourable gentleman has made an accusation in this House against individual members of '
      'this House and of the government, and I suggest that when he stands up, he reflects on whether or not it was '
      'correct to do so.', 'full', MAY18, continues=True),
    q('I say again to the right honourable gentleman: I think he should stand up, think very carefully about making '
      'accusations about individual members and withdraw [his comments].', 'full', MAY18, continues=True,
      note='"She went on:": the same answer resumed after a bare attribution, so marked as continuing; editorial '
           'bracket kept.'),
]
