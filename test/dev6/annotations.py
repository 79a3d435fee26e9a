"""Hand annotations for test/dev6 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev6 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions used here (the guideline leaves them open; the first seven are dev5's, kept unchanged):
- A whole clause (subject and verb, normally 4+ words) quoted entire, with its own closing punctuation
  inside the marks, is `full` even after "said that" / "noted that"; a fragment that the reporter's
  sentence completes (a predicate, a noun phrase, a word) is `partial`.
- `continues` joins the segments of one quotation: paragraphs of a multi-paragraph quote (also when each
  paragraph is opened afresh after the previous one closed), and a quote split by "he said". A new quote
  after a sentence of the reporter's paraphrase ("She added that ...:") starts a new quotation
  (continues=False); so does a new paragraph that carries its own attribution ("..., he added").
- Words a person is alleged to have said, quoted as the allegation, are `partial` with that person as
  speaker; noted in each case.
- A headline or subheading wholly in quotes that repeats someone's words is `full` when it is the
  person's whole remark standing alone (even a short one such as "Nice one mate"), while the same words
  woven into a sentence ("replied "nice one mate" as he was led down") are `partial` unless they are a
  whole clause.
- A headline or subheading with a quoted phrase inside it ("two 'linked to criminal feud' arrested") is
  `partial` with the speaker the body text gives for those words.
- Two people named together as the source ("detectives X and Y said the pair "made no reply"") give a
  speaker naming both; each surname is an alias.
- A quote given on behalf of someone (a barrister reading out a police chief's interview) has the
  original speaker; noted.
New in dev6:
- A statement's words quoted as "..., the statement says" have the body that issued the statement as
  speaker, also when the statement is itself reporting what its officers said ("The deputies said they
  heard "...," the statement says"); noted.
- A speaker who reports someone else's words inside their own quote ("(Parker said) whip it in ...,"
  Bryan told Sky Sports; "I told him, 'You need to ...'") is the speaker of the whole span; the inner
  quote gets no record of its own when it is the same speaker's earlier words.
- Analyst ratings ("add", "buy") and technical names quoted as names ("recurring slope lineae") are
  `term`.
- Issues and phrases that a crowd is said to have cited ("the "systemic racism" that divides the city",
  cited during public comment) are `partial` with the description the text gives as speaker.
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
}

ANNOTATIONS = {}

# --- 001 Reuters, US politics (straight double marks) ---
ANNOTATIONS['001_reuters-mcconnell-less-drama.txt'] = [
    q('We could do with a little less drama from the White House on a lot of things so we can focus on our agenda, '
      'which is deregulation, tax reform and repealing and replacing Obamacare,', 'full',
      who('Mitch McConnell', 'McConnell', 'Senate Majority Leader Mitch McConnell', 'the top Senate Republican'),
      note='"the top Senate Republican said in an interview": a description after the quote; named McConnell in the '
           'paragraph before.'),
]

# --- 002 AP (digestwire copy), US crime/police (curly double marks) ---
VANVICKLE = who('Brian VanVickle', 'VanVickle', 'Ogle County Sheriff Brian VanVickle')
ANNOTATIONS['002_digestwire-ap-dixon-deputies-shot.txt'] = [
    q('Immediately upon entering the house, our deputies received fire from inside the house,', 'full', VANVICKLE,
      note='"he said": he = VanVickle, the subject of the paragraph before.'),
    q('is in good condition.', 'partial', VANVICKLE,
      note='"responded to shouted questions by saying everyone injured “...”": a predicate completed by the '
           'sentence; the full stop is inside the mark as published.'),
]

# --- 003 ABC13 (KTRK), US local crime (straight double marks) ---
KENNERLY = who('Raymond Kennerly', 'Kennerly', 'Normangee resident Raymond Kennerly')
ANNOTATIONS['003_abc13-normangee-police-chief-arrested.txt'] = [
    q('very sad, not only for the city but him and his family.', 'partial',
      who('Gary Dawkins', 'Dawkins', 'Normangee Mayor Gary Dawkins', 'the mayor'),
      note='"described the situation as "..."": completed by the sentence.'),
    q("It's just crazy. This world's crazy,", 'full', KENNERLY,
      note='Quote first, "said Normangee resident Raymond Kennerly" after it.'),
    q('good guy', 'partial', KENNERLY,
      note='"He said he knows the chief, who he described as a "good guy"": he = Kennerly.'),
]

# --- 004 The Herald (Rock Hill), US local crime (curly double marks) ---
LCSO = who('Lancaster County Sheriff’s Office', 'the sheriff’s office', 'the statement',
           'Lancaster County Sheriff’s Office statement')
FAILE = who('Barry Faile', 'Faile', 'Lancaster County Sheriff Barry Faile')
ANNOTATIONS['004_heraldonline-lancaster-apartment-standoff.txt'] = [
    q('continued to speak in a loud, aggressive and threatening tone,', 'partial', LCSO,
      note='"the statement says": the statement is the Lancaster County Sheriff’s Office\'s (paragraph 2).'),
    q('what sounded like the action of a firearm being operated inside the apartment,', 'partial', LCSO,
      note='"The deputies said they heard “...,” the statement says": the statement\'s words reporting the '
           'deputies\' account; could be read as "deputies".'),
    q('We had a long night last night,', 'full', FAILE),
    q('Based upon the report we received and the information we gathered after we arrived, it was imperative that '
      'we talk to the man inside the apartment to ensure that he was OK and that no one else was in the apartment '
      'who was in harm’s way. The incident was resolved without force and no one was hurt.', 'full', FAILE,
      continues=True, note='Split from the previous segment by "Lancaster County Sheriff Barry Faile said."'),
]

# --- 005 C-VILLE Weekly (Charlottesville), US local politics (curly double marks) ---
BELLAMY = who('Wes Bellamy', 'Bellamy', 'vice mayor')
LONG = who('Paul Long', 'Long', 'Paul Long, a former City Council candidate')
SIGNER = who('Mike Signer', 'Signer', 'Mayor Mike Signer', 'Newly elected Mayor Mike Signer')
ANNOTATIONS['005_cville-signer-council-meeting.txt'] = [
    q('systemic racism', 'partial', who('public comment', 'speakers during public comment'),
      note='"one issue cited during public comment, along with the “systemic racism” that divides the city": the '
           'words of unnamed speakers at the meeting; could be read as a term (scare quotes).'),
    q('You’re absolutely right,', 'full', BELLAMY, note='"said Bellamy of the latter".'),
    q('We’re prepared to deal with that.', 'full', BELLAMY, continues=True),
    q('when you start out with no transparency.', 'partial',
      who('Jeff Fogel', 'Fogel', 'Civil rights attorney Jeff Fogel'),
      note='"He said it was hard to believe Signer’s support of transparency “...”": he = Fogel.'),
    q('I’m very cynical about this council.', 'full', LONG, note='"He, too, ... said, “...”": he = Paul Long.'),
    q('You’re in the pocket of big business.', 'full', LONG,
      note='A second remark, with its own "Long said", after narration: a new quotation.'),
    q('This is not proper procedure,', 'full', SIGNER, note='"Signer said repeatedly".'),
    q('You’re a lawyer. You know parliamentary procedure.', 'full', SIGNER, continues=True),
]

# --- 006 flatreader.com, US politics (curly double marks) ---
ANNOTATIONS['006_flatreader-leavitt-thune-meeting.txt'] = [
    q('The president has been working hand in hand with Senate Majority Leader Thune and also the Speaker of the '
      'House Mike Johnson, both of whom will be at the White House today to meet with the president yet again, I '
      'believe they were here this morning, actually,', 'full',
      who('Karoline Leavitt', 'Leavitt', 'White House Press Secretary Karoline Leavitt')),
    q("Teams are obviously in close contact (and) coordination, as always, but we're continuing to move through "
      "vote-a-rama in the Senate as we work to move this bill one step closer to the president's desk,", 'full',
      who('Ryan Wrasse', 'Wrasse', 'communications director for Thune'),
      note='"Wrasse said in a post on X": written words; "(and)" as published.'),
]

# --- 007 CityNews Toronto (AP copy), US crime/police (curly double marks) ---
ANNOTATIONS['007_citynews-ap-chesterfield-deputies-hoax.txt'] = [
    q('former deputies', 'partial', who('state agents', 'A statement from state agents', 'State Law Enforcement Division'),
      note='"A statement from state agents called the three men arrested “...”": the statement\'s words for them; '
           'the agents are of the State Law Enforcement Division named earlier.'),
]

# --- 008 Sportstar (Reuters copy), sport (football; curly double marks, straight single inside) ---
BRYAN = who('Joe Bryan', 'Bryan', 'the fullback', 'The 26-year-old defender', "Fulham's two-goal playoff hero Joe Bryan")
PARKER = who('Scott Parker', 'Parker', 'manager Scott Parker', 'Former Fulham captain Parker')
ANNOTATIONS['008_sportstar-reuters-fulham-playoff-bryan.txt'] = [
    q("(Parker said) whip it in the near post, because the keeper comes ridiculously far off his line. That's something "
      "we practised this week,", 'full', BRYAN,
      note='"Bryan told Sky Sports": Bryan reporting Parker\'s instruction; "(Parker said)" is the paper\'s bracket. '
           'The speaker of the span is Bryan.'),
    q("We looked at Raya's positioning from free kicks, he's very, very aggressive, he's very aggressive in his "
      "starting position,", 'full', PARKER, note='"Parker explained".'),
    q("I told him (Bryan), 'You need to keep an eye on his positioning, and I want you to commit to it, I want you to "
      "commit to the shot', and it's worked,", 'full', PARKER,
      note='"he added" in a new paragraph: a new quotation. The inner straight single quote is Parker\'s own words '
           'to Bryan, so no record of its own.'),
    q("I'm quite fit, you know! In lockdown all we could do was run. That's all I've been doing, running, and it's "
      "paid off today,", 'full', BRYAN,
      note='"he said beaming": he = "The 26-year-old defender" (Bryan) of the paragraph before.'),
    q("I'm the one that fronts it up, I'm the one that everyone sees but behind the scenes is a support network that "
      "keeps you going ... I'm very proud of my team,", 'full', PARKER,
      note='"he said": he = "Former Fulham captain Parker, 39" of the paragraph before.'),
]

# --- 009 Oldham Athletic (club site), sport (football; straight double marks) ---
JOHNSON = who('Lee Johnson', 'Johnson', 'Manager Lee Johnson', 'the manager', 'the gaffer')
ANNOTATIONS['009_oldhamathletic-johnson-bove-winner.txt'] = [
    q("I'm delighted for young Jordan because it's probably come out the blue for him. He probably wasn't expecting to "
      "get on the bench, let alone play but he is a natural goalscorer and he's proven that in the youth team.",
      'full', JOHNSON, para=True, note='"He said:": he = the manager, Lee Johnson. ' + MULTI),
    q('The question is can he step up, but he definitely showed energy. I thought he pressed well and got himself in '
      "great positions so that's a good habit to have if things fall for you.", 'full', JOHNSON, continues=True),
    q('Winning and a clean sheet is a good habit to have. I was really pleased with the back four tonight and '
      'delighted to go through. It was a tough game and a real slog. Both sides were committed and with the likes of '
      'Forte and Poleon to come in, we will have that pace to stretch teams,', 'full', JOHNSON,
      note='"the gaffer commented": a new quotation after the reporter\'s paraphrase.'),
    q("It was a good tactical game and they played it well. I was pleased with the defence and the midfield because I "
      "can't really remember Rachubka having a save to make so we limited them. I'm trying to keep the back four solid "
      "because we've been doing a lot of work on it and it's paying off at the moment.", 'full', JOHNSON,
      continues=True, note='A paragraph wholly in quotes with no attribution of its own, opened afresh after the '
                           'previous one closed: the same remarks.'),
]
