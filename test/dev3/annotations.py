"""Hand annotations for test/dev3 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev3 is held out.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '005_irishtimes-doherty-fianna-fail-trusted.txt': ['Fianna Fáil’'],
    '013_tnp-afp-solskjaer-wolves.txt': ["their '"],
    '021_eadt-braintree-murder-inquiry.txt': ["emergency services'"],
}

ANNOTATIONS = {}

# --- 001 Scottish Daily Mail, football (curly single marks) ---
LASLEY = who('Keith Lasley', 'Lasley', 'captain Keith Lasley')
ANNOTATIONS['001_scottishdailymail-motherwell-lasley.txt'] = [
    q('Top six is a no-go if we can’t keep ball out the net better', 'full', LASLEY,
      note='Headline wholly in quotes. The stored opening does not say whose words they are; Lasley is the only '
           'person quoted in it, so he is the likely speaker (it could be manager Mark McGhee later in the article).'),
    q('Of course, we are extremely disappointed with the performance,', 'full', LASLEY),
    q('First and foremost, the result takes care of itself but the performance from us was poor.', 'full', LASLEY,
      continues=True, para=True, note=MULTI),
    q('When you come to a place like this and perform like that, there is only ever going to be one outcome.', 'full',
      LASLEY, continues=True, para=True, note=MULTI),
    q('All credit to Aberdeen, they played well and have a lot of good players but we were poor. There were a lot of '
      'individual errors, myself included, and we never quite got into the game. We were poor and we got punished.',
      'full', LASLEY, continues=True),
]

# --- 002 Daily Mail, crime (straight single marks) ---
TRIBUTE = who('one tribute', 'One tribute')
NEIGHBOUR = who('neighbour', 'A neighbour', "A neighbour, who doesn't wish to be named")
ANNOTATIONS['002_dailymail-wisbech-pensioner.txt'] = [
    q('RIP Pat will be missed', 'full', TRIBUTE,
      note='Written words on a tribute left outside the house ("One tribute read"); its writer is not named.'),
    q('Treasured memories. Lots of love', 'full', TRIBUTE, continues=True,
      note='Second message on the same tribute; not a clause, but the whole written message, not a fragment.'),
    q('The neighbour that found Pat is very shaken. No-one can believe it.', 'full', NEIGHBOUR, para=True, note=MULTI),
    q('Pat was the loveliest man and was the first one to welcome us when we first moved in.', 'full', NEIGHBOUR,
      continues=True, para=True, note=MULTI),
    q("You can ask anyone here and they'll all say the same thing - he was the kindest person you could meet.", 'full',
      NEIGHBOUR, continues=True),
]

# --- 003 Daily Mail, health/charity (curly single marks) ---
PA_SPOKESMAN = who('spokesman', 'a spokesman', 'The Patients Association', 'Patients Association')
ANNOTATIONS['003_dailymail-patients-association-appeal.txt'] = [
    term('thank you', note='The paper’s own thanks to its readers, quoted as a phrase; nobody else’s words.'),
    q('We are absolutely astounded at the generosity of Daily Mail readers,', 'full', PA_SPOKESMAN,
      note='"said a spokesman": spokesman of the Patients Association, which the same paragraph names.'),
    q('To know that so many people want to support our work has really inspired us all.', 'full', PA_SPOKESMAN,
      continues=True),
]

# --- 004 BBC News, court (straight double marks, single-quoted subheading) ---
BARRASS = who('Leighton Barrass', 'Barrass', 'Mr Barrass', '20-year-old Mr Barrass')
ANNOTATIONS['004_bbc-sunderland-stabbing-trial.txt'] = [
    q("didn't deliberately stab him", 'partial', BARRASS, note='"A man accused of fatally knifing a teenager" = Barrass, named in the next paragraph.'),
    q('scare', 'partial', BARRASS),
    q('came into contact with Connor Brown when he fell on to us', 'partial', BARRASS,
      note='Woven into the reporter’s sentence ("told the jury the knife ..."), so partial although a clause.'),
    q('Really sorry', 'partial', BARRASS, note='Subheading in single quotes, a fragment of his "I\'m really sorry" below.'),
    q("I'm really sorry. It was never supposed to happen.", 'full', BARRASS),
    q('only went in once', 'partial', BARRASS),
    q('would stab any one of them', 'partial', BARRASS, note='What the trial heard he was saying in the alley.'),
    q('stop him carrying out his threat', 'partial', None,
      note='"jurors heard": the words of whoever gave that evidence; the text names nobody.'),
]

# --- 005 The Irish Times, politics (straight and curly double marks) ---
DOHERTY = who('Regina Doherty', 'Ms Doherty', 'Doherty', 'Minister for Social Protection Regina Doherty', 'the Minister')
ANNOTATIONS['005_irishtimes-doherty-fianna-fail-trusted.txt'] = [
    q("can't be trusted", 'partial', DOHERTY),
    q("The reason it didn't appear in the budget negotiations, and I can categorically tell you that it didn't, was "
      "because of the volume of money that it will cost to actually address this,", 'full', DOHERTY),
    term('Morning Ireland', note='Radio programme title.'),
    q('Given that Fianna Fáil took credit for everything that was in the Social Welfare Bill, you might ask them why '
      'they didn’t get what they asked for. So I’ll just leave it at that and people can make up their own minds as to '
      'whether they did raise it or they didn’t.', 'full', DOHERTY, para=True,
      note='No attribution in the quote: follows "Ms Doherty told the radio station ..." and a subheading. ' + MULTI),
    q('I’m saying Fianna Fáil can’t be trusted. They can’t be trusted with the economy. They can’t be trusted with the '
      'sincerity of actually saying something that people can believe in.', 'full', DOHERTY, continues=True),
]

# --- 006 BreakingNews.ie, politics (curly double marks) ---
DONOHOE = who('Paschal Donohoe', 'Mr Donohoe', 'Donohoe', 'The Finance Minister')
ANNOTATIONS['006_breakingnews-donohoe-coveney-texts.txt'] = [
    q('he and the Government could have dealt with it differently', 'partial', DONOHOE,
      note='Donohoe said that Coveney "had acknowledged that ..."; the words speak of Coveney in the third person, '
           'so they are Donohoe’s report of the acknowledgement (could be read as Simon Coveney’s).'),
    q('I keep most of the messages that come through to me. Sometimes, I do delete texts if they come through and I’ve '
      'dealt with them quickly.', 'full', DONOHOE),
    q('I don’t like to be in a position that my phone is always full of text messages that I have to respond back to.',
      'full', DONOHOE, continues=True, para=True,
      note='The previous paragraph closed its quote; this one opens a further paragraph of the same answer. ' + MULTI),
    q('I do keep many of the text messages that come through.', 'full', DONOHOE, continues=True),
    q('I believe it is exceptionally important that Cabinet confidentially is protected.', 'full', DONOHOE),
    q('should not happen', 'partial', DONOHOE),
]

# --- 007 The Sydney Morning Herald, court (straight double marks) ---
BOULTEN = who('Phillip Boulten', 'Mr Boulten', 'Boulten', 'The defence barrister, Phillip Boulten, SC', 'The defence barrister')
ABRAHAM = who('Wendy Abraham', 'Wendy Abraham, QC')
ANNOTATIONS['007_smh-terror-case-gag.txt'] = [
    q('covert', 'partial', None,
      note='"a Sydney court was told": a word from the case put to the court; the text names no speaker.'),
    q('hollow', 'partial', BOULTEN),
    q('baseless', 'partial', BOULTEN),
    q('unworthy of the DPP', 'partial', BOULTEN),
    q('catastrophic', 'partial', who('police and politicians'),
      note='From the "public statements made on Tuesday by police and politicians"; could be read as a scare quote.'),
    q('systematically inviting media on the raids, briefing them, making press statements to them [and] orchestrating a '
      'media campaign', 'partial', BOULTEN, note='Woven into "police had been ..."; editorial bracket [and] kept.'),
    q('approaching witnesses', 'partial', ABRAHAM, note='"she said": Wendy Abraham, QC, from the sentence before.'),
]

# --- 008 The Sydney Morning Herald, police/courts (doubled straight apostrophes as quotation marks) ---
ANNOTATIONS['008_smh-taser-magistrate-media.txt'] = [
    q('tweaked', 'partial', who('David Heilpern', 'Mr Heilpern', 'Heilpern', 'a Local Court magistrate, David Heilpern'),
      note="Marks are doubled straight apostrophes ''…'' (the paper's typesetting of double quotes). The word of the "
           "magistrate's finding."),
    q('This was an attempt to intimidate a judicial officer and … what magistrates of the Local Court have come to '
      'expect if they criticise police,', 'full', who('one member of the judiciary', 'member of the judiciary'),
      note="Doubled straight apostrophes ''…'' as marks; unnamed source."),
]

# --- 009 The Advertiser (adelaidenow), court (curly double marks) ---
PROSECUTORS = who('police prosecutors', 'police')
COUNSEL = who('Counsel for the youth', 'counsel for the youth')
ANNOTATIONS['009_adelaidenow-boy-terror-charges-suppression.txt'] = [
    q('prejudice ongoing investigations', 'partial', PROSECUTORS,
      note='"they claimed": they = the police prosecutors of the paragraph before, citing a confidential affidavit.'),
    q('the specific wording', 'partial', PROSECUTORS, note='"they said": still the police prosecutors.'),
    q('unfair', 'partial', COUNSEL, note='"They said": they = Counsel for the youth, from the paragraph before.'),
    q('those who know the family', 'partial', COUNSEL),
    q('Does it need to be reported over and over?', 'full', COUNSEL,
      note='"they asked": pronoun speaker, three paragraphs after Counsel for the youth is named.'),
]

# --- 010 TV Tonight (Australia), court/media (curly double marks and doubled curly singles ‘‘…’’) ---
HOUGHTON = who('Will Houghton', 'Houghton', 'Houghton QC', 'Will Houghton, QC')
LASRY = who('Lex Lasry', 'Justice Lasry', 'Justice Lex Lasry', 'Lasry')
DOUBLED = 'Marks are doubled curly single quotes ‘‘…’’ used as double quotation marks.'
ANNOTATIONS['010_tvtonight-mitchell-off-script-apology.txt'] = [
    term('off script', note='Headline: the phrase in scare quotes, attributed to nobody.'),
    term('off script', nth=1, note='The phrase in scare quotes again; attributed to nobody.'),
    q('not part of the script', 'partial', HOUGHTON, note=DOUBLED),
    q('sincere and genuine apology.', 'partial', HOUGHTON),
    q('bleeding obvious', 'partial', LASRY, note=DOUBLED),
    q('This is thumbing one’s nose at the court, isn’t it?', 'full', LASRY, note=DOUBLED),
    q('The action is not in contempt of the court, but it almost is. The very thing we talked about not happening is '
      'exactly what occurred,', 'full', LASRY, note='"he said": Justice Lasry, from the paragraph before.'),
    q('He recognises your honour that he shouldn’t have used those words. That was regrettable and unfortunate and we '
      'have apologised for that,', 'full', HOUGHTON),
]

# --- 011 South Wales Argus, court (straight double marks) ---
HOPKINS = who('Stephen Hopkins', 'Judge Hopkins', 'Judge Stephen Hopkins QC', 'Judge Hopkins QC', 'Hopkins')
ANNOTATIONS['011_southwalesargus-contempt-judge-abuse.txt'] = [
    q('tirade of foul-mouthed abuse', 'partial', HOPKINS,
      note='Opening sentence, before the judge is named: the same words are his below ("Judge Hopkins branded the ...").'),
    q('utterly inappropriate', 'partial', who('Claire Pickthall', 'Pickthall', 'Claire Pickthall, defending'),
      note='"She said he recognised his behaviour was ...": the defence barrister’s words for her client’s view.'),
    q('tirade of foul-mouthed abuse', 'partial', HOPKINS, nth=1),
    q('affront to the dignity of the court.', 'partial', HOPKINS),
    q('fend for themselves', 'partial', HOPKINS, note='"he said" at the sentence end: the judge.'),
]

# --- 012 Bournemouth Daily Echo, football (curly double marks, one paragraph a line) ---
HUBBARD = who('Micky Hubbard', 'Hubbard', 'stand-in manager Micky Hubbard')
ANNOTATIONS['012_bournemouthecho-poole-town-kings-langley.txt'] = [
    q('It was a difficult day, but I don’t want to make excuses. A lot of things have happened and not gone our way, and '
      'we’ve carried it onto the pitch.', 'full', HUBBARD, para=True, note='Colon intro "Hubbard stated:". ' + MULTI),
    q('Everyone was sort of feeling sorry for themselves, when really, we had more than enough out there to deal with '
      'what was going on.', 'full', HUBBARD, continues=True, para=True, note=MULTI),
    q('We started off bad – when you start off like that, you’re up against it and it’s an uphill climb from there.',
      'full', HUBBARD, continues=True, para=True, note=MULTI),
    q('Unfortunately, we never really recovered from that.', 'full', HUBBARD, continues=True),
    q('Obviously the red card doesn’t help matters. I felt we were getting on top, and then suddenly we’re down to 10 men,',
      'full', HUBBARD),
    q('I felt we were on top with 10 men in the second half, and then (Mark) Childs makes as a mistake, which was '
      'uncharacteristic.', 'full', HUBBARD, continues=True, para=True, note=MULTI),
    q('Two people who we rely on made mistakes, and that cost us. Corby and Childsy, they’re two of our most reliable '
      'players, but it was a bad day at the office all around.', 'full', HUBBARD, continues=True),
]

# --- 013 The New Paper (Singapore), AFP football copy (straight double marks) ---
OLE = who('Ole Gunnar Solskjaer', 'Solskjaer', 'Ole', "United's interim manager", 'the 46-year-old',
          'United boss Solskjaer')
ANNOTATIONS['013_tnp-afp-solskjaer-wolves.txt'] = [
    q("Today was the poorest performance we've had since I've been here,", 'full', OLE),
    q('It was a big step backwards.', 'full', OLE, continues=True, para=True, note=MULTI),
    q('There was a lack of urgency going forward and a lack of forward passing and a lack of regains.', 'full', OLE,
      continues=True, para=True, note=MULTI),
    q("We felt too comfortable in possession and we never put their 'keeper under pressure or their defenders under "
      "pressure.", 'full', OLE, continues=True, note="'keeper is an elision, not a mark."),
    q("We're in a great position in the league, we've got the Champions League,", 'full', OLE,
      note='"he said": the 46-year-old of the paragraph before = Solskjaer.'),
    q("You can't sulk for too long.", 'full', OLE, continues=True, para=True, note=MULTI),
    q("We've got so much to play for. Man United in April and May always find their form.", 'full', OLE,
      continues=True, para=True, note=MULTI),
    q("We can't wait for the challenge when Barcelona come.", 'full', OLE, continues=True),
]

# --- 014 WFFT (CNN copy), US politics (straight double marks) ---
DURBIN = who('Dick Durbin', 'Durbin', 'Illinois Sen. Dick Durbin', 'Sen. Dick Durbin',
             'the second-ranking Democrat in the chamber')
ANNOTATIONS['014_wfft-cnn-senators-helsinki-fallout.txt'] = [
    q('far-ranging', 'partial', DURBIN, note='"according to Illinois Sen. Dick Durbin".'),
    q('There are many options,', 'full', DURBIN),
    q('Many of us feel we need to go beyond a statement of the obvious -- that we stand behind the professionals at the '
      'Department of Justice and intelligence community and the Department of Defense. We think the Senate has to act '
      'immediately to do something. At a minimum to have a public hearing to get to the bottom of what happened in '
      'Helsinki.', 'full', DURBIN, continues=True),
]

# --- 015 Utah Public Radio (NPR copy), US politics (straight double marks, single-quoted headline) ---
MCCONNELL = who('Mitch McConnell', 'McConnell', 'Senate Majority Leader Mitch McConnell',
                'presumptive Senate Majority Leader Mitch McConnell')
ANNOTATIONS['015_upr-npr-mcconnell-senate-fixed.txt'] = [
    q('Senate Needs To Be Fixed,', 'partial', MCCONNELL,
      note='Headline in single quotes: his "needs to be fixed" (below) with its subject, in title case.'),
    q('needs to be fixed', 'partial', MCCONNELL),
    q('the veto pen is a pretty powerful tool,', 'full', MCCONNELL, note='A whole clause introduced by "Saying".'),
    q('to fight all the time', 'partial', MCCONNELL),
    q('protected', 'partial', MCCONNELL, note='"He adds that": he = McConnell.'),
    q('The immediate concern in the health area,', 'partial', MCCONNELL,
      note='A fragment that the reporter completes ("..., McConnell says, is the Ebola crisis").'),
    q('acrimonious', 'partial', who('reporter', 'a reporter'),
      note='The reporter’s word in a question to McConnell, who rejects it.'),
    q('a number of things that have stacked up.', 'partial', MCCONNELL),
]

# --- 016 Norwich Evening News, crime (straight double marks, unnamed speakers) ---
MAN75 = who('75-year-old man', 'a 75-year-old man who lives in the area but who wanted to remain anonymous',
            'The man', 'The neighbour')
MAN54 = who('man, 54', 'Another man, 54', 'Another man, 54, who also wanted to remain anonymous')
_75 = ["It's come as a shock, a real shock.",
       'I was shocked and angry when I found out - I hope they catch whoever did it.',
       'He was always passing here on the way to the shop.',
       'He was one of the best.',
       "I've known him since he was a little lad.",
       "I've been up here 59 years and I've known his mum and dad ever since they lived there.",
       'His parents died four or five years ago.',
       "I haven't got a bad word about him at all - he was ever such a nice guy.",
       'He was always willing to help people.',
       'He used to ask people what they wanted and go get it from the shop.',
       'He would always stop and talk to people and have a yap to you.']
ANNOTATIONS['016_eveningnews24-norwich-murder-tributes.txt'] = [
    *[q(t, 'full', MAN75, continues=i > 0, para=True,
        note=('Colon intro "He said:" after the anonymous 75-year-old is introduced. ' if i == 0 else '') + MULTI)
      for i, t in enumerate(_75)],
    q('He was no trouble to anyone.', 'full', MAN75, continues=True),
    q('if he wanted to go', 'partial', MAN75, note='The man’s words about outings with the victim; attribution by context.'),
    q('He used to bet on the horses.', 'full', MAN75, para=True, note='"The neighbour said:" = the 75-year-old. ' + MULTI),
    q('He would give you a tip he had picked out but it would never win.', 'full', MAN75, continues=True),
    q('kept himself to himself', 'partial', MAN54),
    q('He seemed quiet.', 'full', MAN54, para=True, note='"He said:": he = Another man, 54. ' + MULTI),
    q('He used to ride his bike and would say hello as he rode past and that was it.', 'full', MAN54, continues=True),
]

# --- 017 The Northern Echo, crime (straight double marks, one paragraph a line) ---
TANSEY = who('Alan Tansey', 'Tansey', 'Concrete worker Alan Tansey, 50')
STRIDIRON = who('Hannah Stridiron', 'Stridiron')
SANDERSON = who('Kelsie Sanderson', 'Sanderson', 'Shop assistant Kelsie Sanderson, 23')
ANNOTATIONS['017_northernecho-castletown-murder-inquiry.txt'] = [
    q('quiet and friendly', 'partial', who('neighbours'), note='"was described by neighbours as a ..."'),
    q('They kept themselves to themselves, but I saw the dad coming down the street last week with a can of beer.',
      'full', TANSEY, para=True, note='Colon intro. ' + MULTI),
    q('They were close because they were always together. I live next door and the noise of the police coming on '
      'Saturday morning woke me up.', 'full', TANSEY, continues=True, para=True, note=MULTI),
    q("None of the other neighbours called them, and there was no noise, so I don't how they knew to come.", 'full',
      TANSEY, continues=True, para=True, note=MULTI),
    q('I was looking out the window and I saw someone come out with a blanket or coat on his head with his hands cuffed '
      'behind his back.', 'full', TANSEY, continues=True, para=True, note=MULTI),
    q("I still can't believe it.", 'full', TANSEY, continues=True),
    q('I am a very light sleeper and I heard doors slamming, so I looked outside. The forensic officers had their white '
      'suits on and I realised it must be something serious.', 'full', STRIDIRON, para=True,
      note='"She said:": she = Hannah Stridiron, named in the sentence before. ' + MULTI),
    q('They were a nice couple of people and very sociable. They would always say hello.', 'full', STRIDIRON,
      continues=True, para=True, note=MULTI),
    q('You would see them go by with cans of beer. That was their life.', 'full', STRIDIRON, continues=True),
    q('I was shocked when I woke and looked at the window and saw all the police and then heard what had happened.',
      'full', SANDERSON, para=True, note=MULTI),
    q("You don't expect something like this to happen on your own doorstep.", 'full', SANDERSON, continues=True,
      para=True, note=MULTI),
    q('They are a quiet family and never bothered anyone. They seemed very nice and were always together.', 'full',
      SANDERSON, continues=True),
]

# --- 018 Shropshire Star, crime (straight double marks, an unclosed inner single mark) ---
MEYRICK = who('Carole Meyrick', 'Meyrick', 'Good friend Carole Meyrick, 63', 'the part time Tesco employee')
STILA = who('Amanda Stila', 'Stila', 'Neighbour and young mum Amanda Stila, 31')
ANNOTATIONS['018_shropshirestar-leegomery-neighbour-tributes.txt'] = [
    q('He was lovely, I used to speak to him in the garden and we always used to have a chat.', 'full', MEYRICK,
      para=True, note='Colon intro. ' + MULTI),
    q('It is a dreadful thing, you just do not expect this kind of thing in this area, it is a really quiet place to live.',
      'full', MEYRICK, continues=True),
    q('looking forward to his retirement', 'partial', MEYRICK, note='"she said" at the sentence end.'),
    q('really good neighbour', 'partial', MEYRICK),
    q('I last saw him when I went to the local shops and he offered me a lift home. I said no, but I wish I had said yes,',
      'full', MEYRICK, note='"added the part time Tesco employee": a description of Carole Meyrick.'),
    q('I knew him for quite a while and considered him a good friend, and always used to have a chat with him, he always '
      'used to pop his head out and say what he was doing,', 'full', MEYRICK),
    q("He was very polite, kept birds, and loved it around here. It was quite a shock and you don't expect it around here.",
      'full', MEYRICK, continues=True),
    q('He was a nice neighbour,', 'full', STILA,
      note='"she said": she = Amanda Stila of the paragraph before.'),
    q('We would take in packages for him and he would take in packaged from us. He would always say hello, how are you.',
      'full', STILA, continues=True, para=True, note=MULTI),
    q("It is a tragic thing and I can't believe it has happened. I woke up so many times last night thinking about it. "
      "It is good to see the police around to help us feel safe.", 'full', STILA, continues=True, para=True, note=MULTI),
    q("I would wake up and look out of the window and see the police cars with their lights on, and think 'thank God",
      'full', STILA, continues=True,
      note="The inner 'thank God (her own thought) opens with a single mark that is never closed; the double mark "
           "after it closes the outer quote. No separate record for the inner span: it is her own words."),
    q('never really had any problems', 'partial', STILA),
]

# --- 019 Sporting Life, football (straight double marks) ---
GUARDIOLA = who('Pep Guardiola', 'Guardiola')
PELLEGRINI = who('Manuel Pellegrini', 'Pellegrini')
ANNOTATIONS['019_sportinglife-premier-league-manager-reaction.txt'] = [
    q('Was it the perfect start? In terms of result, yes. Performance, no!', 'full', GUARDIOLA),
    q("In the first half we were sloppy in our passing. But that's normal. It's the first game, away, it was hot, the "
      "rhythm was not there.", 'full', GUARDIOLA, continues=True, para=True, note=MULTI),
    q("The second half was better, more calm, extra passes, and after 3-0 the game was over. I cannot deny I'm so "
      "delighted for 5-0.", 'full', GUARDIOLA, continues=True),
    q("After what happened against Tottenham in the (Champions League) quarter-finals, we scored in 95th minute and we "
      "were there, 60,000 people were jumping, dancing, and one second later we'd lost because it was offside, I'm used "
      "to these situations. Nothing will be comparable to that.", 'full', GUARDIOLA, para=True,
      note='"He said:": he = Guardiola. ' + MULTI),
    q("Saying that we have to be strong. After 3-0 the game is almost over, but at 2-0, 10 minutes later Ederson had to "
      "make an incredible save, and we'd have played the last 15 minutes at 2-1. So when that happens, after "
      "celebrating, you have to refocus.", 'full', GUARDIOLA, continues=True),
    q("In the first 45 minutes we played well, we didn't ever feel on the bench that City could score.", 'full',
      PELLEGRINI, para=True,
      note='No attribution in the text: the speaker is given only by the subheading "Manuel Pellegrini" above. '
           'The quote goes on past the stored copy. ' + MULTI),
]

# --- 020 Dungannon murder (PA-style copy, Northern Ireland), crime (curly double marks, unnamed speakers) ---
NI_NEIGHBOUR = who('neighbour', 'One neighbour', 'One neighbour, who didn’t wish to be named')
POST = who('one social media post', 'social media post')
RESIDENT = who('resident', 'Another')
STEVENSON = who('Peter Stevenson', 'Stevenson', 'PSNI Superintendent Peter Stevenson', 'Superintendent Peter Stevenson')
_psni = ['Cordons remain in place… and local residents will continue to see an increased visible police presence in '
         'the area.',
         'We want to reassure you that our officers will be doing everything in their power to conduct a thorough '
         'investigation into what has happened, and we would urge members of the public not to speculate.',
         'We understand that Corrainey Park residents and the wider Dungannon community have been left shocked and '
         'saddened by what has happened.']
ANNOTATIONS['020_dungannon-murder-neighbours-psni.txt'] = [
    q('a quiet gentleman', 'partial', None,
      note='"has been remembered as": by people in the estate, not named or described more closely.'),
    q('a beautiful soul', 'partial', POST,
      note='Echoes the social media post quoted below ("A beautiful soul was snatched away ..."); could be read as '
           'unattributed.'),
    q('so so kind and always full of smiles and joy', 'partial', NI_NEIGHBOUR),
    q('He never forgot to say hello… and welcomed me as soon as I moved in with an extra black bin and everything. The '
      'estate will be so different.', 'full', NI_NEIGHBOUR, note='"She added:": the neighbour of the paragraph before.'),
    q('We don’t know much apart from the fact that the wee man is dead. It’s so very, very sad.', 'full',
      who('local', 'Another local')),
    q('didn’t feel safe', 'partial', who('residents in the estate', 'Residents in the estate', 'Residents')),
    q('The town needs to come together now more than ever.', 'full', who('woman', 'one woman')),
    q('such a shock', 'partial', RESIDENT, note='"Another said": another resident of the estate.'),
    q('can’t think straight', 'partial', RESIDENT),
    q('A beautiful soul was snatched away last night,', 'full', POST),
    q('Our thoughts are with this man’s family and friends as they struggle to come to terms with what has happened, '
      'and they have our full sympathy.', 'full', STEVENSON, para=True,
      note='"He added:": he = PSNI Superintendent Peter Stevenson. ' + MULTI),
    *[q(t, 'full', STEVENSON, continues=True, para=True, note=MULTI) for t in _psni],
    q('Our officers, who will be in the area, are here to offer support. Please speak with them.', 'full', STEVENSON,
      continues=True),
]

# --- 021 East Anglian Daily Times, crime (curly double marks) ---
BIBBY = who('Harry Bibby', 'Bibby', 'Friend and neighbour Harry Bibby, 86')
ANNOTATIONS['021_eadt-braintree-murder-inquiry.txt'] = [
    q('private man', 'partial', who('neighbours', 'Residents of quiet Bunyan Road'),
      note='"described by neighbours as a friendly but ..."'),
    q('private man', 'partial', who('neighbours', 'Those living in the area'), nth=1,
      note='"They described Michael as a ...": they = those living in the area.'),
    q('very upset', 'partial', BIBBY,
      note='His state in the reporter\'s sentence, in quotes as his own words; could be read as a scare quote.'),
    q('He was a very private man who kept himself to himself. It is very upsetting.', 'full', BIBBY),
]
