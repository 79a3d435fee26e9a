"""Hand annotations for test/dev7 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev7 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev6, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- An inner quote that is another person's words inside a speaker's quote (Mills: "He [the journalist]
  said: 'I hear you've had ...', and I said: 'Why would you know this?' ...") gets a record of its own
  with that other person as speaker (kind as fits), besides the outer record; the speaker's own words
  inside (her 'Why would you know this?') and titles or labels inside ('We Can Work It Out', 'heard
  messages', the 'outers') get none, as they lie inside the outer span.
- An unnamed source is named by the description the text gives ("minister", "Government source"), the
  other descriptions of the same person as aliases ("The minister", "The politician").
- A quoted word or phrase in a headline, standfirst or opening sentence ("branded a "sore loser"",
  "'appalling' lack of discipline") is `partial` with the speaker the body makes the source, also when the
  body's own words differ a little ("appalled"); noted.
- A multi-paragraph quote still open at the last paragraph of the stored copy (the copy is cut there) is
  recorded to that paragraph's end with para=True, as the convention for an open paragraph; noted.
- Under a subheading that names a second person ("Tory MP James Sunderland 'enthused' by Truss' speech"),
  "the MP" / "he" in the section that follows is that person, not the one quoted before; noted.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '002_lbc-clifton-brown-tory-discipline.txt': ["Liz Truss'", "by Truss'", "Ms Truss'"],
    '006_pressreader-express-jenkin-shut-up.txt': ['12 months’'],
    '012_politicshome-braverman-fake-news.txt': ["Mr Davis'"],
    '016_bbc-huntley-police-think-i-did-it.txt': ["girls'", "Wells'"],
}

ANNOTATIONS = {}

# --- 001 The Independent, UK media (phone hacking; straight double marks, straight single inside) ---
MILLS = who('Heather Mills', 'Mills', 'Ms Mills', "Sir Paul McCartney's ex-wife")
MORGAN = who('Piers Morgan', 'Morgan', 'Mr Morgan', 'The former editor of the Daily Mirror')
ANNOTATIONS['001_independent-mills-morgan-voicemail.txt'] = [
    q('quoting verbatim', 'partial', MILLS,
      note='"said she received a call ... "...” voicemails": her words (she says "he started quoting verbatim the '
           'messages" below).'),
    q("At one stage I was played a tape of a message Paul had left for Heather on her mobile phone. It was "
      "heartbreaking. The couple had clearly had a tiff, Heather had fled to India and Paul was pleading with her to "
      "come back. He sounded lonely, miserable and desperate and even sang 'We Can Work It Out' into the answer "
      "phone.", 'full', MORGAN,
      note='"Mr Morgan wrote:": written words. The song title in single marks inside gets no record of its own.'),
    q('There was absolutely no honest way that Piers Morgan could have obtained that tape that he has so proudly '
      'bragged about unless they had gone into my voice messages.', 'full', MILLS),
    q("He [the journalist] said: 'I hear you've had a big argument with your boyfriend', and I said: 'Why would you "
      "know this?' And he started quoting verbatim the messages from my machine,", 'full', MILLS,
      note='"she said" after the quote; she = Ms Mills of the paragraph before. "[the journalist]" is the paper\'s '
           'bracket. Her own words to him (\'Why would you know this?\') get no record of their own.'),
    q("I hear you've had a big argument with your boyfriend", 'full',
      who('Mirror Group journalist', 'the journalist', 'a journalist', 'an executive at Mirror Group Newspapers'),
      note="Nested inside Mills's quote: the journalist's words as she reports them (\"He [the journalist] said:\")."),
    q("I wondered why [my messages] had already been listened to when it said 'heard messages'. And he started "
      "laughing and I said: 'Why are you laughing?' I said: 'You've obviously hacked my phone and if you do anything "
      "with this story... I'll go to the police'.", 'full', MILLS, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own, after "she said": the same remarks. The inner '
           'single-quoted words are the phone\'s label and her own words, so no records of their own.'),
]

# --- 002 LBC, UK politics (straight double marks, straight single in the standfirst and subheading) ---
CLIFTON_BROWN = who('Sir Geoffrey Clifton-Brown', 'Clifton-Brown', 'Sir Geoffrey', 'MP for the Cotswolds', 'a Tory MP')
SUNDERLAND = who('James Sunderland', 'Sunderland', 'Tory MP James Sunderland', 'the MP')
ANNOTATIONS['002_lbc-clifton-brown-tory-discipline.txt'] = [
    q('appalling', 'partial', CLIFTON_BROWN,
      note='Standfirst: "such an \'appalling\' lack of discipline, a Tory MP has told ...": the Tory MP is Sir Geoffrey '
           '(the body has "I\'ve just been appalled").'),
    q("I'm a former whip and I've just been appalled this week by the lack of discipline in the party,", 'full',
      CLIFTON_BROWN, note='"he said": he = Sir Geoffrey Clifton-Brown of the paragraph before.'),
    q("And if we're not united as a party, we can't expect the public to believe in us.", 'full', CLIFTON_BROWN,
      continues=True, para=True, note=MULTI),
    q("So I think somehow we've got to find a way of actually all speaking with one voice, or at least voicing our "
      "concerns in private rather than doing it in public.", 'full', CLIFTON_BROWN, continues=True),
    q("Divided parties don't win elections.", 'full', CLIFTON_BROWN, para=True,
      note='"Sir Geoffrey said:" after narration: a new quotation. ' + MULTI),
    q("So I think actually we have to come together, we've got to support Liz Truss, we've got to hope that the "
      "measures she's proposing work.", 'full', CLIFTON_BROWN, continues=True),
    q('enthused', 'partial', SUNDERLAND,
      note='Subheading "Tory MP James Sunderland \'enthused\' by Truss\' speech": his word for himself, presumably; '
           'could be read as a term.'),
    q('difficult week', 'partial', SUNDERLAND,
      note='"the MP conceded it had been a "..."": the MP = James Sunderland, named only in the subheading above; '
           'could be misread as Sir Geoffrey, the speaker of the section before.'),
    q('It has been a difficult week,', 'full', SUNDERLAND, note='"he said": he = the MP, Sunderland.'),
    q('I think what she achieved in her speech today was to send the party away a little bit calmer and a little bit '
      'more united behind her vision, and thank goodness we are getting a bit of a vision now from a prime minister.',
      'full', SUNDERLAND, continues=True, para=True,
      note='Opened afresh with no attribution of its own: the same remarks. The last paragraph of the stored copy (a '
           '"Read more" link follows); the quote goes on past the cut. ' + MULTI),
]

# --- 003 inkl (Guardian house style), UK politics (curly double marks) ---
MITCHELL = who('Andrew Mitchell', 'Mitchell', 'The international development minister', 'a cabinet minister')
ANNOTATIONS['003_inkl-guardian-mitchell-doom-gloom.txt'] = [
    q('excess of doom and gloom', 'partial', MITCHELL,
      note='Opening sentence: "..., a cabinet minister has said": the minister is Andrew Mitchell (next paragraph).'),
    q('get behind', 'partial', MITCHELL),
    q('self-indulgent', 'partial', MITCHELL, note='His word ("that sort of self-indulgence") below.'),
    q('mistake', 'partial', MITCHELL, note='"He said ... but said that it would be a “...” if they were".'),
    q('All this stuff about … people sort of preening themselves on stage, showing off their colourful feathers, I '
      'don’t think it’s happening. As you’re about to go into battle you don’t start arguing the toss with the '
      'commanding officer,', 'full', MITCHELL, note='"he said". The ellipsis is in the quote as published.'),
    q('You get on with preparing to win that battle. I don’t think that the Tory party in the country or in parliament '
      'would tolerate that sort of self-indulgence at a time we need for our country and our party to win the next '
      'election.', 'full', MITCHELL, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('healthy debate', 'partial', MITCHELL),
    q('In the end there has to be an esprit de corps in the party which says we are going into battle, we don’t argue '
      'with the commander in chief. We get behind them and we win that battle,', 'full', MITCHELL),
    q('Maybe, but I don’t think we should allow ourselves to be reminded,', 'full', MITCHELL),
]

# --- 004 Evening Standard, UK politics (curly double marks, curly single in the headline and inside) ---
MINISTER = who('minister', 'A minister', 'The minister', 'The politician')
ANNOTATIONS['004_standard-minister-thick-eu-letter.txt'] = [
    q('thick', 'partial', MINISTER, note='Headline "... are ‘...’, says minister": an unnamed minister.'),
    q('thick', 'partial', MINISTER, nth=1, note='"A minister today said ... were “...”": an unnamed minister.'),
    q('A number of the 90 are the ‘outers’ who want the UK to leave the EU no matter what. Others are hoping they will '
      'be able to push the Prime Minister into a tougher position.', 'full', MINISTER, para=True,
      note='"The  minister told the Standard:" (double space as published). The ‘outers’ inside is the minister\'s '
           'own label, no record of its own. ' + MULTI),
    q('But there are also the thick, who won’t have grasped exactly what it was they were signing or will have been '
      'told by colleagues the letter was something other than it was. It’s fair to say that it might also have been '
      'used as a  surrogate for some who were still upset over same-sex marriage.', 'full', MINISTER, continues=True),
    q('unrealistic', 'partial', who('ministers'),
      note='"but ministers dismissed it as “...”": unnamed ministers, not necessarily the minister quoted above.'),
]

# --- 005 BBC Sport Scotland (boostrank copy), sport (football; straight single headline marks, straight double) ---
ROBERTSON = who('Andy Robertson', 'Robertson', 'Scotland captain Andy Robertson', 'the 31-year-old')
ANNOTATIONS['005_boostrank-bbc-scotland-heroes-jota.txt'] = [
    q("I couldn't get Jota out my head", 'full', ROBERTSON,
      note='Headline wholly in quotes: Robertson\'s remark standing alone (the body has "out of my head").'),
    q("I've hid it well, but today I've been in bits,", 'full', ROBERTSON,
      note='"the 31-year-old said": a description only; Robertson is named in the sentence before.'),
    q("I know the age I'm at, this could be my last chance to go to the World Cup.", 'full', ROBERTSON,
      continues=True, para=True, note='Split from the previous segment by "the 31-year-old said." ' + MULTI),
    q("I couldn't get my mate Diogo Jota out of my head today. We spoke so much about going to the World Cup because "
      "he missed the last one with Portugal and I did with Scotland. I know he'll be smiling over me today.", 'full',
      ROBERTSON, continues=True, para=True, note=MULTI),
    q("I'm so glad it's ended up this way. This group of boys, this group of staff - it's the best group I've been "
      "involved in.", 'full', ROBERTSON, continues=True, para=True,
      note='The last paragraph of the stored copy; the quote goes on past the cut. ' + MULTI),
]

# --- 006 Daily Express (PressReader), UK politics (curly double marks) ---
JENKIN = who('Bernard Jenkin', 'Jenkin', 'Mr Jenkin', 'Veteran backbencher Bernard Jenkin', 'a senior MP')
ANNOTATIONS['006_pressreader-express-jenkin-shut-up.txt'] = [
    q('shut up', 'partial', JENKIN,
      note='"told to “...” by a senior MP": the senior MP is Bernard Jenkin (next paragraph; "should shut up" below).'),
    q('a cancer gnawing at the heart of the Conservative Party', 'partial',
      who('Lord Heseltine', 'Heseltine', 'former Cabinet minister Lord Heseltine'),
      note='"with former Cabinet minister Lord Heseltine claiming that Brexit had become “...”".'),
    q('rocking the boat', 'partial', JENKIN),
    q('In six or 12 months’ time if we have another general election it will be the fault of those MPs in my party '
      'who are trying to capitalise on this situation to reverse the decision of last year’s referendum,', 'full',
      JENKIN, note='"he said": he = Mr Jenkin of the paragraph before.'),
    q('Avidly pro-European colleagues who have never really accepted the referendum result, people like Lord '
      'Heseltine and George Osborne, should shut up,', 'full', JENKIN,
      note='A new paragraph with its own attribution ("said Mr Jenkin, who ..."): a new quotation.'),
    q('100 per cent support', 'partial', JENKIN),
    q('to give the Government a chance to recover its poise and control the agenda', 'partial', JENKIN),
    q('Let’s get real here and remind the Conservative Party that the danger is if you carry on rocking the boat, you '
      'three or five people, you will end up with Corbyn in Downing Street.', 'full', JENKIN, para=True,
      note='"He added:": he = Mr Jenkin. ' + MULTI),
    q('He smells power because of the disarray that’s following this election.', 'full', JENKIN, continues=True),
]

# --- 007 The Scotsman (PA copy), UK politics (curly double marks, curly single) ---
FRANCOIS = who('Mark Francois', 'Francois', 'Mr Francois', 'The Brexiteer backbencher',
               'The member of the European Research Group (ERG) of Tory Eurosceptics', 'A Tory MP')
BAKER = who('Steve Baker', 'Baker', 'ERG Deputy Chair Steve Baker')
ANNOTATIONS['007_scotsman-francois-up-yours.txt'] = [
    q('up yours', 'partial', FRANCOIS, note='Headline "Tory MP tells Chancellor ‘...’": the Tory MP is Mark Francois.'),
    q('up yours', 'partial', FRANCOIS, nth=1, note='"A Tory MP told the Chancellor “...”": Mark Francois.'),
    q('hardman', 'partial', BAKER,
      note='"another described himself as a ‘...’": another = Steve Baker, named only in the last paragraph ("described '
           'himself as a ‘Brexit hardman’"). Could be read as a term.'),
    q('attempted to stop us leaving the European Union', 'partial', FRANCOIS),
    q('This evening was an attempted coup in the House of Commons by MPs against the people was defeated.', 'full',
      FRANCOIS, para=True, note='"Mr Francois told the BBC:". Grammar as published. ' + MULTI),
    q('A number of members of the Cabinet led by Philip Hammond, utterly in cahoots with backbenchers across the house, '
      'attempted to stop us leaving the European Union.', 'full', FRANCOIS, continues=True),
    q('If you’re listening Mr Hammond, my fraternal message to you is: ‘Up yours’.', 'full', FRANCOIS,
      note='"The member of the European Research Group (ERG) of Tory Eurosceptics added:": a description of Francois. '
           'A new paragraph with its own attribution: a new quotation. The inner ‘Up yours’ is his own, no record.'),
    q('so awful to hear the vindictive and insulting language used by Mark Francois about the Chancellor who is doing '
      'a good job in government', 'partial', who('Margot James', 'James', 'Fellow Conservative MP Margot James'),
      note='"tweeted that it was “...”": written words.'),
    q('Enough of this bullshit, the British people by the largest majority in UK poll history voted to leave the EU - '
      'just do it and move in to a better future...', 'full', who('Henry Smith', 'Smith', 'Tory MP Henry Smith'),
      note='"tweeting:": written words.'),
    q('Brexit hardman', 'partial', BAKER, note='"described himself as a ‘...’ on Sky News".'),
]

# --- 008 Daily Express (express.co.uk, CDN copy), UK politics (straight single headline, curly double) ---
SOUBRY = who('Anna Soubry', 'Soubry', 'Ms Soubry', 'ANNA SOUBRY', 'The Conservative MP', 'Remainer Anna Soubry')
LILLEY = who('Peter Lilley', 'Lilley', 'Mr Lilley', 'fellow Tory MP Peter Lilley')
ANNOTATIONS['008_express-lilley-soubry-sore-loser.txt'] = [
    q('SORE LOSER', 'partial', LILLEY,
      note='Headline "\'...\' Remainer Anna Soubry blasted by fellow Tory MP": the words the lead says she was branded '
           'with; the fellow Tory MP is Peter Lilley. Not said in his own quoted words in the stored copy.'),
    q('sore loser', 'partial', LILLEY,
      note='"was slapped down and branded a “...”": by Lilley (headline, third paragraph).'),
    q('Remain voters who are reluctant to admit they have lost', 'partial', LILLEY),
    q('We accept the result of the EU referendum and we are leaving the EU.', 'full', SOUBRY),
    q('We don’t want a running commentary but we do want parliament to at least debate the terms [of Brexit].',
      'full', SOUBRY, para=True,
      note='"she added" after a sentence of narration: a new quotation. The bracket is the paper\'s. ' + MULTI),
    q('Notably of course whether or not we are going to stay a member of the single market.', 'full', SOUBRY,
      continues=True, para=True, note='Photo captions between the paragraphs left out. ' + MULTI),
    q('Every Conservative MP was elected on a manifesto commitment to remain, and in fact, grow the single market.',
      'full', SOUBRY, continues=True, para=True, note=MULTI),
    q('Our real concern seems to be a rush to a hard Brexit and the voice of business and the voice of parliament are '
      'being completely lost in that rush.', 'full', SOUBRY, continues=True),
    q('What Anna Soubry called for was not a debate on any motion but the opportunity to discuss. That will happen.',
      'full', LILLEY, para=True, note='"He said:": he = Mr Lilley of the paragraph before. ' + MULTI),
    q('She has got her moment of publicity but it’s asking for something that is going to happen anyway.', 'full',
      LILLEY, continues=True, note='A caption and a pull quote between the paragraphs left out.'),
]

# --- 009 Evening Standard (ES Sport), sport (football; straight double marks, straight single subheading) ---
MCLEISH = who('Alex McLeish', 'McLeish', 'The former Rangers, Motherwell and Hibernian boss', 'the new Scotland boss')
ANNOTATIONS['009_standard-mcleish-scotland-manager.txt'] = [
    q('a marvellous opportunity and a massive challenge', 'partial', MCLEISH,
      note='"insisted he was accepting "..."".'),
    q("To say I'm thrilled is an understatement,", 'full', MCLEISH,
      note='"he declared": he = "The former Rangers, Motherwell and Hibernian boss" of the paragraph before.'),
    q('To be manager of your home nation is a very proud day indeed for Alex McLeish, my family and friends.', 'full',
      MCLEISH, continues=True, note='Split by "he declared."; he speaks of himself by name.'),
    q('massive experience', 'partial', MCLEISH, note='"They both bring "..." to the job, McLeish said."'),
    q('I would love to have as smooth a transition as possible, and continue the good work that Walter Smith has done.',
      'full', MCLEISH, para=True, note=MULTI),
    q('Walter has raised hopes of the nation fantastically well and we hope to continue that trend.', 'full', MCLEISH,
      continues=True),
    q('We have to keep the Tartan Army happy', 'full', MCLEISH,
      note='Subheading wholly in quotes: his remark standing alone (not found in the stored body).'),
    q("I don't think age is a barrier to be coach of the national team.", 'full', MCLEISH),
    q("It's a day of pride and I hope to get as much out of the job as possible. I hope to enjoy it and we hope to "
      "bring some success to Scotland and continue the progress.", 'full', MCLEISH, para=True,
      note='"He added:" in a new paragraph: a new quotation. ' + MULTI),
    q("I think you go into any job and there's a challenge ahead of you.", 'full', MCLEISH, continues=True, para=True,
      note='The last paragraph of the stored copy; the quote goes on past the cut. ' + MULTI),
]

# --- 010 The Daily Telegraph (PressReader), UK politics and media (curly double marks, curly single headline) ---
MACLEAN = who('Rachel Maclean', 'Maclean', 'Ms Maclean', 'the minister for safeguarding', 'a minister')
GOV_SOURCE = who('Government source', 'a Government source')
ANNOTATIONS['010_pressreader-telegraph-sky-boycott.txt'] = [
    term('gotcha', note='Headline "over ‘...’ interview": a label for the interview, no one\'s reported words.'),
    term('gotcha', nth=1, note='"a cost of living “...” interview": the same label.'),
    q('make sure that people are able to protect themselves better, whether that is by taking on more hours or moving '
      'to a better-paid job', 'partial', MACLEAN, note='"she said that the Government should “...”": she = Ms Maclean.'),
    q('It may be right for some people, they may be able to access additional hours, but, of course, it is not going '
      'to work for people who are already in three jobs.', 'full', MACLEAN,
      note='"She added:": she = Ms Maclean (Kay Burley, the other woman named, is not the subject).'),
    q('needs to get in the real world', 'partial', who('one voter in Wigan', 'voter in Wigan'),
      note='"one voter in Wigan, who said the minister “...”": an unnamed voter.'),
    q('long-term', 'partial', who('Downing Street', 'No 10'),
      note='"Downing Street feels Ms Burley did not make it clear enough that the minister was referring to a “...” '
           'strategy": No 10\'s characterisation of her remark; could be read as a term.'),
    q('She quite clearly gave a forwardlooking, long-term solution, and then Kay Burley packaged it up and started '
      'throwing it to members of the public in Wigan as if it was a short-term solution, which was naughty,', 'full',
      GOV_SOURCE, note='Quote first, "a Government source said" after it; "She" inside is Maclean, not the speaker. '
                       '"forwardlooking" as published.'),
    q('We gave her Brandon Lewis the next day, and she’s still going for Rachel through Brandon. We gave her Liz Truss, '
      'and she’s still going for Rachel through Liz.', 'full', GOV_SOURCE, continues=True,
      note='Split from the previous segment by "a Government source said."'),
]

# --- 011 indy100 (The Independent), UK politics and media (straight double marks, straight single) ---
COFFEY = who('Therese Coffey', 'Coffey', 'Work and Pension Secretary Therese Coffey')
RIDGE = who('Sophy Ridge', 'Ridge')
ANNOTATIONS['011_indy100-coffey-ridge-interview.txt'] = [
    q("doesn't understand her answers", 'partial', RIDGE,
      note='Headline "Sophy Ridge tells Tory MP that she \'...\'": Ridge\'s words put in the third person.'),
    q("It's been suggested there was a discussion, a referral to Pet (propriety and ethics) - which happens with all "
      "ministerial appointments, there's an element of a bit of vetting that goes on - but ultimately the decision is "
      "that of the Prime Minister.", 'full', COFFEY, note='"Coffey said:". The bracket is inside the quote as published.'),
    q("Sorry, I'm still not really clear,", 'full', RIDGE, note='"said Ridge": interviewer and guest alternate.'),
    q("Why don't you ask? I get that perhaps it's easier to come on to one of these programmes and say 'I don't know' "
      "but surely you must ask to try and find out. That's the first thing that most people would do.", 'full', RIDGE,
      note='"an exasperated Ridge replied" with no colon or comma before the mark. The inner \'I don\'t know\' is a '
           'hypothetical answer in Ridge\'s own words, no record of its own.'),
    q("As I've just laid out, it's been suggested that things were referred when somebody rang the prime minister, "
      "particularly on Friday he agreed with the chief whip that the whip should be suspended.", 'full', COFFEY,
      note='"Coffey replied:".'),
]

# --- 012 PoliticsHome, UK politics (straight double marks, straight single) ---
BRAVERMAN = who('Suella Braverman', 'Braverman', 'Ms Braverman', 'Brexit minister Suella Braverman', 'the Brexit minister')
ANNOTATIONS['012_politicshome-braverman-fake-news.txt'] = [
    q('fake news', 'partial', BRAVERMAN, note='Headline "Brexit minister brands quit rumours \'...\'": Braverman.'),
    q('proof', 'partial', BRAVERMAN, note='Headline "challenges journalist to provide \'...\'".'),
    q('fake news', 'partial', BRAVERMAN, nth=1, note='"branding the claims "..."".'),
    q('proof', 'partial', BRAVERMAN, nth=1, note='"demanding "..." from a reporter".'),
    q('love to see the proof', 'partial', BRAVERMAN, note='"saying she would "..." she ever spoke to journalists".'),
    q("I didn't resign. I mean, there was a lot of news about me allegedly resigning, a very good example, to quote the "
      "American President of 'fake news'.", 'full', BRAVERMAN, para=True,
      note='"she told the Daily Politics:": she = Ms Braverman. ' + MULTI),
    q('fake news', 'partial', who('Donald Trump', 'Trump', 'US President Donald Trump', 'the American President'),
      nth=2, note='Nested inside Braverman\'s quote: "to quote the American President of \'...\'": his phrase, quoted '
                  'by her as his; could be read as a term.'),
    q("But I didn't resign. And I didn't resign because I'm supporting the position of the Government, I'm supporting "
      "the Prime Minister and I want to deliver a really good Brexit.", 'full', BRAVERMAN, continues=True),
    q("Well, I think when your Secretary of State, David Davis, with whom I've worked very closely, and Steve Baker, "
      "make a really important decision about their careers for very personal reasons, you don't just carry on in "
      "oblivion to that happening - of course you look around you and you see what's happening.", 'full', BRAVERMAN,
      para=True, note='"Ms Braverman said:" after the reporter\'s question: a new quotation. ' + MULTI),
    q("But at the end of the day I'm very confident in the programme that we've adopted.", 'full', BRAVERMAN,
      continues=True),
]

# --- 013 Aberdeen FC (club site), sport (football; curly double marks) ---
GLASS = who('Stephen Glass', 'Glass', 'Aberdeen manager Stephen Glass')
ANNOTATIONS['013_afc-glass-scott-brown.txt'] = [
    q('I was really pleased to see how keen he was to get it done.', 'full', GLASS,
      note='Headline wholly in quotes with no attribution; the body\'s only speaker is Glass (not in the stored body).'),
    q('I know what Scott brings.', 'full', GLASS, para=True,
      note='No verb of saying anywhere: "Aberdeen manager Stephen Glass ... spoke to RedTV about ..." in the paragraph '
           'before, then paragraph after paragraph of his words. ' + MULTI),
    q('I thought it was really important that we add to the coaching staff someone that was taking their first steps '
      'in coaching, someone who is young and vibrant and can also still help us on the pitch which is really big for '
      'us. He is a leader anyway and he will continue to do that.', 'full', GLASS, continues=True, para=True,
      note=MULTI),
    q('It is a natural progression for him to become a coach. He is part of our team and he is really looking forward '
      'to it. Scott is totally committed to it as well. It was not an easy decision for him to leave a place like '
      'Celtic, so it says a lot for the club and what we are going to be doing at Aberdeen.', 'full', GLASS,
      continues=True, para=True, note=MULTI),
    q('It is the possibility of what we have got here that has attracted him.', 'full', GLASS, continues=True,
      para=True, note=MULTI),
    q('He knows what I want to do with the team. He knows the staff that are here. He knows how ambitious the Chairman '
      'is. And it is something he wants to be a part of.', 'full', GLASS, continues=True, para=True, note=MULTI),
    q('It would have been very easy for him to stay at Celtic. There was a reason why they wanted him to stay around. '
      'He would have been a success, but we wanted that to happen at Aberdeen.', 'full', GLASS, continues=True,
      para=True, note=MULTI),
    q('He wants to be a part of it, and I was very keen for him to be part of it if it was possible so I am delighted '
      'to get it over the line.', 'full', GLASS, continues=True, para=True, note=MULTI),
    q('When it comes to a player-coaching role the training part is probably the easiest bit. He has been coaching as '
      'a player since he was 24, 25 because he is that type of player. And I know having that similar mentality '
      'myself as a player, although I was not as good or won as much! But it is something that is in you, to help '
      'drive people on and he has definitely got that.', 'full', GLASS, continues=True, para=True,
      note='The last paragraph of the stored copy; the quote goes on past the cut. ' + MULTI),
]

# --- 014 The York Press, courts (curly double marks) ---
ANNOTATIONS['014_yorkpress-jury-intimidation-uncle.txt'] = [
    q('I hope you lot are happy with yourselves. I’ve got your faces, I know who you are.', 'full',
      who('Anthony Richardson', 'Richardson'),
      note='"Louise Pryke prosecuting said as ..., Richardson stood up and shouted:": his words, as the prosecutor '
           'recounted them.'),
    q('openly threatening and aggressive to himself and the rest of the jury', 'partial',
      who('foreman of the jury', 'the foreman of the jury'),
      note='"She told the court the foreman of the jury said he ... found those remarks to be “...”": the foreman\'s '
           'words, reported by the prosecutor (she = Louise Pryke).'),
    q('It was an instantaneous outburst, a one-off which he deeply regrets.', 'full',
      who('Julian Tanikal', 'Tanikal', 'Julian Tanikal, representing Richardson'),
      note='"He said:": He = Julian Tanikal, the barrister of the paragraph before, speaking for Richardson; the "He" '
           'of the sentence before it ("He had reacted ...") and the "he" inside the quote are Richardson.'),
]

# --- 015 BBC News, courts (straight double marks, straight single inside) ---
BOY = who('14-year-old boy', 'the boy', 'The teenager', 'the defendant')
ANNOTATIONS['015_bbc-ava-white-trial-interviews.txt'] = [
    q("I'm not bothered.", 'full', BOY,
      note='"he responded:": the boy, who cannot be named, in a police interview played to the court.'),
    q("You've asked me like 100 times.", 'full', BOY, note='"to which he said:".'),
    q('Yeah, you are.', 'full', BOY),
    q('fronted', 'partial', BOY, note='"He claimed his friend had been "..." by a boy with a "..."": his account.'),
    q('big knife', 'partial', BOY),
    q('drunk on the floor', 'partial', BOY),
    q("They made him delete the video and then they were like 'do you want me to stab you up' and that.", 'full', BOY),
    q('do you want me to stab you up', 'full', who('the group'),
      note='Nested inside the boy\'s quote: "they were like \'...\'": the words of the group around "a boy with a "big '
           'knife"", as he reports them ("the group" in the next paragraph).'),
    q('batter', 'partial', who('the group'),
      note='"He said the group also threatened they would "..." him": the group\'s threat as the boy reported it; '
           'could be read as the boy\'s word.'),
]

# --- 016 BBC News, courts (straight double marks, straight single headline) ---
HUNTLEY = who('Ian Huntley', 'Huntley', 'Mr Huntley', 'Soham murder suspect Ian Huntley', 'the caretaker')
ANNOTATIONS['016_bbc-huntley-police-think-i-did-it.txt'] = [
    q('Police think I did it', 'full', HUNTLEY,
      note='Headline "Huntley: \'...\'": his remark as the BBC producer Debbie Tubby told the court of it (the body gives '
           'it in reported speech only).'),
    q('a great sense of guilt, that he could have done more when he met the children', 'partial',
      who('Tim Cleary', 'Cleary', 'Pc Tim Cleary'), note='"Pc Tim Cleary told jurors how Mr Huntley had seemed to have "..."".'),
    q('choking back the tears, his eyes were welling', 'partial',
      who('James McKillop', 'McKillop', 'Mr McKillop', 'Scottish journalist James McKillop', 'the reporter'),
      note='"Mr Huntley had been "..." when ..., Mr McKillop told the court."'),
    q('It was as if they had just dropped off the face of the world', 'full', HUNTLEY,
      note='"the reporter claimed he said": the reporter = McKillop, he = Huntley; words alleged to be Huntley\'s. The '
           'closing mark comes before the comma.'),
]

# --- 017 Daily Mirror (inkl CDN copy), UK politics (straight and curly double marks, mixed in one pair) ---
PATEL = who('Priti Patel', 'Patel', 'Ms Patel', 'Home Secretary Priti Patel', 'The Home Secretary')
ANNOTATIONS['017_mirror-patel-security-briefings.txt'] = [
    q('strongest security advice', 'partial', PATEL),
    q('seriousness of the security', 'partial', PATEL),
    q('Russian troops are seeking to infiltrate and merge with Ukranian forces. Extremists are on the ground in the '
      'region too.', 'full', PATEL, note='"Ukranian" as published.'),
    q('I am sure that if the Opposition want a security briefing from our colleagues, we will happily provide one, but '
      'I am very sceptical about how they treat and respect security advice.', 'full', PATEL,
      note='"She added:": she = Ms Patel.'),
    q('That’s an unwarranted slur on the current opposition and unworthy of a home secretary.', 'full',
      who('Jacqui Smith', 'Smith', 'Former Labour home secretary Jacqui Smith'),
      note='"tweeted:": written words. Opened with a straight mark, closed with a curly one.'),
    q('seeking to infiltrate and merge with Ukrainian forces', 'partial', PATEL,
      note='"Ms Patel told MPs Russian troops are "...”": straight opener, curly closer.'),
    q('extremists on the ground', 'partial', PATEL),
    q('Given this and also Putin’s willingness to do violence on British soil, and in keeping with our approach which '
      'we have retained consistently throughout all emergency evacuations including in Afghanistan, we cannot suspend '
      'any security or biometric checks on people we welcome to our country.', 'full', PATEL, para=True,
      note='"The Home Secretary added:". The last paragraph kept; the quote goes on in a paragraph cut by the stored '
           'copy. ' + MULTI),
]

# --- 018 lordspress.co.uk (GB News copy), UK politics (curly double marks, curly single headline) ---
WHATELY = who('Helen Whately', 'Whately', 'Ms Whately', 'the Shadow Work and Pensions Secretary',
              'The Conservative frontbencher', 'top Tory')
MAHMOOD = who('Shabana Mahmood', 'Mahmood', 'Ms Mahmood', 'the Home Secretary')
ANNOTATIONS['018_lordspress-gbnews-whately-mahmood.txt'] = [
    q('not going far enough', 'partial', WHATELY,
      note='Headline "... by top Tory despite policy ‘...’": Whately ("they\'re going far enough" below).'),
    q('I think the Home Secretary is going to find it incredibly difficult to put some of the things that she’s '
      'talking about into practice.', 'full', WHATELY,
      note='"the Shadow Work and Pensions Secretary stated:": a title only; Whately is named in the sentence before.'),
    q('order and control', 'partial', MAHMOOD,
      note='"unveiled sweeping asylum overhauls ... to restore “...”": the aim in her words, presumably; could be read '
           'as the Home Office\'s.'),
    q('What I am offering is a genuine set of proposals that can fix the broken system that we have and retain public '
      'consent for us having an asylum system at all.', 'full', MAHMOOD,
      note='"Speaking to GB News Political Editor Christopher Hope, she said of the plans:": she = Ms Mahmood, the '
           'subject of the paragraph before, although the same frame ("Speaking to GB News, ...") introduced Whately.'),
    q('I welcome the fact that the Government and the Home Secretary herself is now listening to people on immigration '
      'and the level of unhappiness there is about the scale of immigration and the small boats. It’s taken them over '
      'a year to recognise that they’ve done nothing about it.', 'full', WHATELY, para=True,
      note='"Ms Whately explained:". ' + MULTI),
    q('In fact, the situation has just got worse under them while they’ve been in Government. So they’re listening, '
      'and I welcome any steps that they plan to take to tighten up and stop the boats and control immigration, but '
      'the fact is, I still don’t think that they’re going far enough.', 'full', WHATELY, continues=True),
]

# --- 019 Metro (daily8 copy), sport (football; straight single marks throughout) ---
LINEKER = who('Gary Lineker', 'Lineker', 'England legend Gary Lineker',
              'ex-England, Tottenham and Barcelona striker Lineker')
ANNOTATIONS['019_daily8-metro-lineker-delap.txt'] = [
    q('exciting', 'partial', LINEKER, note='Headline "for \'...\' striker": his "young, exciting centre-forward".'),
    q('missing ingredient', 'partial', LINEKER,
      note='"believes the striker could be the \'...\' for Chelsea": Lineker\'s phrase, presumably (the body has "the '
           'only thing that Chelsea were missing").'),
    q("It's an interesting one. I thought maybe Arsenal would go for him. Perhaps they did? I don't know,", 'full',
      LINEKER, note='Quote first, then "ex-England, Tottenham and Barcelona striker Lineker said"; single marks with '
                    'apostrophes inside.'),
    q('But Chelsea have got their man. We said many times this season that Chelsea also needed back-up for [Nicolas] '
      'Jackson up top, or an alternative.', 'full', LINEKER, continues=True, para=True,
      note='Opened afresh with no attribution of its own: the same remarks. The bracket is the paper\'s. ' + MULTI),
    q("I think he's a young, exciting centre-forward.", 'full', LINEKER, continues=True, para=True, note=MULTI),
    q('I saw someone say they saw a bit of a young Alan Shearer in him. Shearer with a full head of hair!', 'full',
      LINEKER, continues=True, para=True, note=MULTI),
    q("I think that's the only thing that Chelsea were missing really.", 'full', LINEKER, continues=True),
]
