"""Hand annotations for test/dev6 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev6 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
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


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '014_nbcbayarea-kerr-blames-himself.txt': ["Warriors'"],
    '015_cnet-analog-devices-lowered-expectations.txt': ["Analog Devices'"],
    '018_repaydown-reuters-astrazeneca-soriot.txt': ['The Times’'],
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

# --- 010 Mid-day (PTI copy), sport (cricket; straight double marks) ---
SEHWAG = who('Virender Sehwag', 'Sehwag', "India's stand-in captain Virender Sehwag", 'the dejected Indian skipper',
             'The Delhi batsman')
ANNOTATIONS['010_midday-pti-sehwag-dropped-catches.txt'] = [
    q('The bowlers did well. If we had taken catches, we could have probably taken seven or eight wickets today,',
      'full', SEHWAG),
    q("If we had taken Taylor's catch (when he had made four) it would have been 25 for four,", 'full', SEHWAG,
      continues=True,
      note='Split from the previous segment by "Sehwag said."; "added the dejected Indian skipper" after it. The '
           'bracket is inside the quote as published.'),
    q("This happens in cricket. Some days you catch everything and some days you don't. But we have to improve our "
      "fielding, especially with our catching,", 'full', SEHWAG,
      note='A new quotation after the reporter\'s paraphrase ("Sehwag said such things happen but ...").'),
    q('Dhoni had spasms in his back. He went for MRI. He seems to be okay now,', 'full', SEHWAG,
      note='"said Sehwag" after a sentence of paraphrase: a new quotation.'),
]

# --- 011 Scroll.in, sport (cricket; curly double marks) ---
MITHALI = who('Mithali Raj', 'Mithali', 'Raj', 'Indian captain Mithali Raj', 'the Indian captain', 'the ODI captain')
ANNOTATIONS['011_scroll-mithali-raj-day-night-test.txt'] = [
    q('tricky', 'partial', MITHALI,
      note='"said that it was a “tricky” call": her word (she says "It was a little tricky" below).'),
    q('It was a little tricky as to when we could declare. Getting eight wickets in 15 overs was a bit of a stretch,',
      'full', MITHALI, note='"Mithali said": her first name alone.'),
    q('Against the best sides, definitely yes. (Against) Australia this is the best game we’ve played. But in 2014, with '
      'eight debutants winning a Test in England against England, who had just won the Ashes. That was also very '
      'close. That was pretty great. The girls really put up a great show,', 'full', MITHALI,
      note='"she replied asked about her personal favourite": she = Mithali, named two paragraphs before.'),
    q('Well...My goal is the World Cup. Let’s come to that once I finish playing the World Cup.', 'full', MITHALI,
      note='"Raj, who is also the ODI captain, said “...”": no comma before the opening mark.'),
    q('It would have been nice if we had a couple of days more with the pink ball. But the response after one session, '
      'they understand how to fit into a format given the leagues and exposure they have,', 'full', MITHALI,
      note='Attributed twice: "she said," before and "the Indian captain said" after.'),
    q('If we could have kept them under 270, it would have been a different match altogether. We didn’t execute as '
      'well as we should have and there were eight chances,', 'full',
      who('Matthew Mott', 'Mott', 'Australian coach Matthew Mott'),
      note='"he said": he = Australian coach Matthew Mott of the paragraph before.'),
]

# --- 012 Outlook India (Opta-style copy), sport (NBA; straight double marks) ---
VOGEL = who('Frank Vogel', 'Vogel', 'Suns coach Vogel')
BEAL = who('Bradley Beal', 'Beal')
BOOKER = who('Devin Booker', 'Booker')
SOCHAN = who('Jeremy Sochan', 'Sochan')
ANNOTATIONS['012_outlookindia-vogel-suns-spurs.txt'] = [
    q('unacceptable', 'partial', VOGEL, note='"hit out at the Phoenix Suns for an "unacceptable" defeat": his word below.'),
    q("It's just unacceptable to lose that game,", 'full', VOGEL),
    q("For our guys, we all said the right things. We all did the right preparation. But we didn't play with the "
      "necessary focus in this position throughout, I would say, the first half.", 'full', VOGEL, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own (an "Advertisement" line between them is '
           'left out): the same remarks.'),
    q("It's disappointment.", 'full', BEAL, para=True, note='"Bradley Beal added:". ' + MULTI),
    q("We came in here and laid an egg. We thought it was going to be easy with no Wemby. Just got our a** kicked.",
      'full', BEAL, continues=True, para=True, note='Asterisks as published. ' + MULTI),
    q("They came out aggressive, just like the coach told us they would, and we didn't respond. Well, we did, but we "
      "didn't withstand their punches.", 'full', BEAL, continues=True),
    q("I'm not into disrespecting our opponents,", 'full', BOOKER),
    q("These guys are NBA guys. There are some talented young players over there. We weren't unprepared. We knew what "
      "to expect.", 'full', BOOKER, continues=True, note='A paragraph with no attribution of its own: the same remarks.'),
    q('I was confident,', 'full', SOCHAN),
    q("Even at the start, I was asking for the ball, I had my hands up. I felt like a couple of the last games the ball "
      "hasn't going in for me from the 3-point line. But no matter what, I believe in myself.", 'full', SOCHAN,
      continues=True, note='"hasn\'t going in" as published.'),
    q("We like our chances against anybody. We don't worry about the schedule,", 'full', VOGEL,
      note='"he said": he = Vogel ("Vogel dismissed those concerns").'),
]

# --- 013 The Independent, sport (rugby union; straight single headline marks, straight double in the text) ---
LANCASTER = who('Stuart Lancaster', 'Lancaster', 'The head coach')
ANNOTATIONS['013_independent-lancaster-france-defeat.txt'] = [
    q("The bounce of ball didn't go our way,", 'full', LANCASTER,
      note='Headline "\'...,\' says Stuart Lancaster": his remark standing alone; the body has "Perhaps the bounce of the '
           'ball didn\'t go our way" (the headline\'s wording differs).'),
    q('We are disappointed to get back into the game from 16-3 down and then to lose. I am very proud of the effort and '
      'skills our players put in and a lot of them were performing here for the first time.', 'full', LANCASTER,
      note='"He said:": he = "The head coach", Stuart Lancaster.'),
    q('It was a great performance in lots of ways, and there are real positives to be taken from the game and we are '
      'very proud of the players,', 'full', LANCASTER, note='"said Lancaster": a new quotation after narration.'),
    q('Games are not won or lost in one moment and it was a true Test match between two great teams, and we have to '
      'get those little moments right. The positives far outweigh the negatives from that performance.', 'full',
      LANCASTER, continues=True, para=True,
      note='Opened afresh after the previous paragraph\'s quote closed, no attribution of its own: the same '
           'remarks. ' + MULTI),
    q("The final French try was very disappointing to concede, but credit to France for scoring from their own half. "
      "Perhaps the bounce of the ball didn't go our way and also losing a winger so early didn't help. Maybe the ball "
      "didn't bounce into Danny Care's hands either! We can't rely on the bounce of the ball in matches.", 'full',
      LANCASTER, continues=True, para=True, note=MULTI),
    q('There were five of our pack making a first start in France and I thought they did extremely well, making '
      'numerous line breaks, and the list of good performances goes on and on. We have learnt a lot from this game '
      'and dominated the middle third and we clawed our way back.', 'full', LANCASTER, continues=True),
]

# --- 014 NBC Bay Area (NBC Sports Bay Area), sport (NBA; straight double marks) ---
KERR = who('Steve Kerr', 'Kerr', 'Warriors coach Steve Kerr')
ANNOTATIONS['014_nbcbayarea-kerr-blames-himself.txt'] = [
    q("It's always hard,", 'full', KERR, note='One sentence split by "Kerr told NBC Sports Bay Area on Tuesday afternoon,".'),
    q('when you know you could have done a better job of putting guys in position to win.', 'full', KERR,
      continues=True, note='The rest of the sentence begun in the previous segment, so full as a segment of it.'),
    q('Our guys put in the effort to win that game tonight,', 'full', KERR),
    q("But we were not prepared well enough to finish a game like that. It's a combination of just being really, "
      "really young and, as a coaching staff, focusing on a whole lot of things, trying to bring this young group "
      "along.", 'full', KERR, continues=True, para=True,
      note='Split from the previous segment by "Kerr said in his post-practice news conference." ' + MULTI),
    q('And, frankly, needing to put more time in on situational stuff. Late-game execution and that kind of stuff.',
      'full', KERR, continues=True, note='No verb of its own, but a paragraph of the same quotation.'),
]

# --- 015 CNET, business (markets; straight double marks) ---
ANNOTATIONS['015_cnet-analog-devices-lowered-expectations.txt'] = [
    term('add', note='"upgraded the stock from "add" to "buy."": the name of a broker rating.'),
    term('buy.', note='A broker rating; the full stop is inside the closing mark as published.'),
    q('The guidance was not dramatically bad, compared to others,', 'full',
      who('John Geraghty', 'Geraghty', 'an analyst with Gerard Klauer Mattison'),
      note='Quote first, "said John Geraghty, an analyst with Gerard Klauer Mattison".'),
    q('It was better than I expected.', 'full',
      who('John Geraghty', 'Geraghty', 'an analyst with Gerard Klauer Mattison'), continues=True),
    q("It's just a two-quarter slowdown, and then it's back to the races,", 'full',
      who('Eric Ross', 'Ross', 'Eric Ross, analyst with Thomas Weisel Partners'),
      note='"Eric Ross, ..., agreed. "...," he said."'),
]

# --- 016 Reuters (greenbkk blog copy), business (straight double marks) ---
CHAMBERS = who('John Chambers', 'Chambers', 'Cisco Systems Inc Chief Executive John Chambers', 'Cisco CEO')
ANNOTATIONS['016_greenbkk-reuters-cisco-chambers-apology.txt'] = [
    q('I hate being unpredictable, and this clearly was a disappointment for us,', 'full', CHAMBERS,
      note='"he told an annual meeting of shareholders": he = Chambers, named in the paragraph before.'),
    q("I am sorry ... I'm really disappointed,", 'full', CHAMBERS,
      note='A new paragraph with its own "he said": a new quotation. Ellipsis as published.'),
    q("I consider both transparency and consistency very important. We won't surprise you very often, and I apologize "
      "that we did.", 'full', CHAMBERS, continues=True),
    q('great', 'partial', CHAMBERS, note='"He said U.S. federal spending was "great"": he = Chambers.'),
]

# --- 017 Business Recorder (Reuters copy), business (straight double marks) ---
TERIUM = who('Peter Terium', 'Terium', 'CEO Peter Terium', 'its chief executive')
ANNOTATIONS['017_brecorder-rwe-terium-strategy.txt'] = [
    q("Things are going in the right direction. We just have to make sure (our strategy) isn't overshadowed by "
      "political decisions,", 'full', TERIUM,
      note='"CEO Peter Terium told reporters": he is "its chief executive" of the paragraph before. The bracket is '
           'inside the quote as published.'),
    q('absolutely dramatic', 'partial', TERIUM, note='"Terium called the share price decline "...", but added ...".'),
    q('The market is right but unfortunately it sometimes exaggerates,', 'full', TERIUM,
      note='"he said" after the reporter\'s paraphrase: a new quotation.'),
]

# --- 018 Reuters (repaydown copy), business (curly double marks) ---
ANNOTATIONS['018_repaydown-reuters-astrazeneca-soriot.txt'] = [
    q('We do not comment on market rumours. We have regulatory obligations and were there any truth in a rumour that '
      'could significantly impact our share price we would make an announcement.', 'full',
      who('AstraZeneca', 'The company', 'the drugmaker'),
      note='"The company ... later issued a statement saying: “...”": the company\'s statement.'),
    q('Pascal has got a lot of years ahead of him and he works as hard and as intensely as he did when I first met him '
      'in 2012.', 'full',
      who('Mene Pangalos', 'Pangalos',
          'Mene Pangalos, the long-time biopharmaceuticals head of research at AstraZeneca'),
      note='"In it, Pangalos was quoted as saying:": his words as the Times quoted them.'),
]

# --- 019 mindbodygreen, science (straight double marks, one curly opener closed by a straight mark) ---
MEYER = who('Michael Meyer', 'Meyer', 'lead scientist for NASA’s Mars Exploration Program')
ANNOTATIONS['019_mindbodygreen-nasa-mars-water.txt'] = [
    q("The discovery we're talking about today is most exciting because it suggests it would be possible for life to "
      "be there today,", 'full',
      who('John Grunsfeld', 'Grunsfeld', 'the Associate Administrator for the Science Mission Directorate at NASA'),
      note='Quote first, "said John Grunsfeld, the Associate Administrator ... at NASA".'),
    q('Mars is not the dry arid planet thought of in the past,', 'full',
      who('Jim Green', 'Green', "NASA's Planetary Science Division Director")),
    q("Today we're going to announce that liquid water has been found on Mars.", 'full',
      who('Jim Green', 'Green', "NASA's Planetary Science Division Director"), continues=True,
      note='Split by "said Jim Green, ...". The sentence after the closing mark is the writer\'s own.'),
    q('It took multiple spacecraft over several years to solve this mystery,', 'full', MEYER,
      note='"explained Michael Meyer, lead scientist for ...".'),
    term('recurring slope lineae',
         note='Opened with a curly “ and closed with a straight ": the name of the phenomenon, quoted as a name '
              '(then glossed with the next quote). Could be read as partial with Meyer ("he said, was confirmation '
              'that ...").'),
    q('dark streaks that form in late spring, grow through the summer and disappear in the fall', 'partial', MEYER,
      note='"The key ..., he said, was confirmation that ... or the "..." are actually ... water-related": he = '
           'Meyer; the words may be NASA\'s description rather than his own.'),
]

# --- 020 UC Riverside release (plawiuk blog copy), science (curly double marks) ---
GOMEZ = who('James Gomez', 'Gomez', 'UCR doctoral student and lead author of the study')
ANNOTATIONS['020_plawiuk-ucr-plant-pollution-study.txt'] = [
    q('We are not looking at human emissions of air pollution, because we can change what we emit,', 'full', GOMEZ,
      note='Quote first, "said James Gomez, UCR doctoral student and lead author of the study".'),
    q('We can switch to electric cars. But that may not change air pollution from plants or dust.', 'full', GOMEZ,
      continues=True),
    q('The smell of a just-mowed lawn, or the sweetness of a ripe strawberry, those are BVOCs. Plants are constantly '
      'emitting them,', 'full', GOMEZ),
]
