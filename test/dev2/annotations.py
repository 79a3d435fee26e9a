"""Hand annotations for test/dev2 (GUIDELINE.md), made from the article text alone.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once), unterminated.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)


APOSTROPHES = {
    '001_cbssports-browns-rudolph.txt': ["the teams'"],
    '005_sciencealert-europa-water-vapour.txt': ["other planets'"],
    '012_huffpostuk-telegraph-mutineers.txt': ['Prime Ministers’'],
    '014_pressgazette-binley-telegraph.txt': ['into MPs’'],
    '003_sportsnet-davis-cup-finals.txt': ['Nick Kyrgios’'],
}

ANNOTATIONS = {}

# --- 001 CBS Sports, NFL (straight marks) ---
RICHARDSON = who('Sheldon Richardson', 'Richardson', 'Browns DL Sheldon Richardson')
HEYWARD = who('Cam Heyward', 'Heyward', 'Steelers defensive captain Cam Heyward')
ANNOTATIONS['001_cbssports-browns-rudolph.txt'] = [
    q("can't antagonize a fight and then claim bullying. … You get what's coming to you. He was protecting himself. "
      "I don't blame him. Guy keeps rushing me, even with the helmet off, he's asking for it. Just leave it at that.",
      'full', RICHARDSON,
      note='Opens woven into the reporter\'s sentence (said that Rudolph "can\'t ...") but runs on as several whole '
           'sentences, so full; attribution "Richardson, via USA Today, said".'),
    q('The most important thing is we lost that game,', 'full', HEYWARD),
    q("I know it got overshadowed by a lot of things, but as a defense, we didn't play well. We were on the field too much. "
      "That's our fault. They drove the ball and had a lot of success. You've got to learn from that. I'm not going to hide away from that.",
      'full', HEYWARD, continues=True),
    q("I like the fact that we lost to them, so we get another shot to play them. I don't care who we lose to, if they're in "
      "our division, we get our shot [again],", 'full', HEYWARD, note='Editorial bracket [again] kept.'),
    q("We've got to right the ship. I know we get them at home, and we're thinking we have this great aura at Heinz Field, "
      "but we've got to put in the work. Only way that game means anything is if we win this game, so our focus has got to "
      "be on Cincinnati right now.", 'full', HEYWARD, continues=True),
]

# --- 002 Los Angeles Times, business (curly marks) ---
MAYER = who('Kevin Mayer', 'Mayer', 'Walt Disney Co. executive Kevin Mayer',
            'Disney’s chairman of direct-to-consumer and international')
ANNOTATIONS['002_latimes-disney-plus-launch.txt'] = [
    term('Star Wars,', note='Film title; comma inside the marks (US style).'),
    term('Mary Poppins', note='Film title.'),
    term('Bambi.', note='Film title; full stop inside the marks.'),
    q('We had some issues ... we had some customer service issues that didn’t make me feel good,', 'full', MAYER,
      note='Speaker given as "Mayer, Disney’s chairman ..., said".'),
    q('patched', 'partial', MAYER, note='One word of Mayer’s woven into the reporter’s sentence ("Mayer said, and ...").'),
    q('We’ve never had demand that we saw that day, and continue to see ', 'full', MAYER,
      note='Source has a space before the closing mark and no comma.'),
    q('We will see the industry shake out a bit,', 'full', MAYER),
    q('Not everyone will succeed.', 'full', MAYER, continues=True),
    q('There will be a time ... when the pay-TV numbers are low enough,', 'full', MAYER),
    q('We want to serve consumers the way they wish to be served.', 'full', MAYER, continues=True),
    q('Operating is a lot different than a strategy role,', 'full', MAYER),
    q(' I love what I’m doing.', 'full', MAYER, continues=True, note='Source has a space after the opening mark.'),
]

# --- 003 Sportsnet (AP), tennis (straight marks) ---
LOPEZ = who('Feliciano Lopez', 'Lopez')
NADAL = who('Rafael Nadal', 'Nadal', 'The top-ranked Nadal')
OPELKA = who('Reilly Opelka', 'Opelka')
MAHUT = who('Nicolas Mahut', 'Mahut')
SCHWARTZMAN = who('Diego Schwartzman', 'Schwartzman', 'the 14th-ranked Schwartzman')
BUBLIK = who('Alexander Bublik', 'Bublik')
ANNOTATIONS['003_sportsnet-davis-cup-finals.txt'] = [
    q('It was a difficult situation for us,', 'full', LOPEZ),
    q('We needed this win, otherwise we could be close to being out of the tournament. Now we are in a good position to advance.',
      'full', LOPEZ, continues=True),
    term('Caja Magica', note='Name of the venue.'),
    q('The format makes things very difficult because every mistake puts you in a position that you don’t want to be,',
      'full', NADAL),
    q('And losing that first match, we were under pressure.', 'full', NADAL, continues=True),
    q('Came down to a few points,', 'full', OPELKA),
    q('Thought I did my part, played well, served well, and I put myself in a position to win. He was just too good.',
      'full', OPELKA, continues=True),
    q('We know we’ve arrived late from London, but the captain had a lot of confidence in our team,', 'full', MAHUT),
    q('There was a lot of intensity in the win but we’re really happy today. This was a really difficult tie.',
      'full', MAHUT, continues=True),
    q('It’s the end of the season but I think I played one of the best matches for sure of the year, maybe in my career,',
      'full', SCHWARTZMAN),
    q('I think Guido helped me a lot to be more confident in this match and I played unreal tennis.',
      'full', SCHWARTZMAN, continues=True),
    q('I almost died there,', 'full', BUBLIK, note='Four words; a whole clause, so full.'),
]

# --- 004 VentureBeat (Reuters), business (curly marks) ---
WEWORK_SPOKESPERSON = who('WeWork spokesperson', 'a WeWork spokesperson', 'WeWork')
CLAURE = who('Marcelo Claure', 'Claure', 'executive chair Marcelo Claure')
ANNOTATIONS['004_venturebeat-reuters-wework-nyag.txt'] = [
    q('We received an inquiry from the office of the New York State Attorney General and are cooperating in the matter,',
      'full', WEWORK_SPOKESPERSON, note='"said a WeWork spokesperson when contacted by Reuters".'),
    term('We', note='The word as a trademark.'),
    term('We.', note='The word as a trademark; full stop inside the marks.'),
    q('We are going to eliminate and scale back certain functions and responsibilities,', 'full', CLAURE,
      note='"added Claure, who is also an executive at SoftBank"; Claure is named in earlier paragraphs.'),
]

# --- 005 ScienceAlert (Futurism), science (straight marks) ---
PAGANINI = who('Lucas Paganini', 'Paganini', 'lead researcher and NASA planetary scientist Lucas Paganini')
PAGANINI_TEAM = who('Paganini and his team', 'Lucas Paganini', 'Paganini', 'the NASA team')
MANDELL = who('Avi Mandell', 'Mandell', 'Goddard planetary scientist Avi Mandell')
ANNOTATIONS['005_sciencealert-europa-water-vapour.txt'] = [
    q("While scientists have not yet detected liquid water directly, we've found the next best thing: water in vapor form,",
      'full', PAGANINI, note='"said in a NASA statement".'),
    q('We suggest that the outgassing of water vapour on Europa occurs at lower levels than previously estimated, with only '
      'rare localized events of stronger activity,', 'full', PAGANINI_TEAM,
      note='Written, not said: "Paganini and his team wrote in the paper". Paganini is the named lead author.'),
    q('We performed diligent safety checks to remove possible contaminants in ground-based observations,', 'full', MANDELL),
    q("But, eventually, we'll have to get closer to Europa to see what's really going on.", 'full', MANDELL, continues=True),
]

# --- 006 The Hill, politics (curly marks; straight apostrophes) ---
NOEM = who('Kristi Noem', 'Noem', 'South Dakota Gov. Kristi Noem', 'Gov. Kristi Noem')
ANNOTATIONS['006_thehill-noem-meth-campaign.txt'] = [
    term('Meth, we’re on it.', note='The campaign slogan ("with the slogan"), not reported speech.'),
    q('Meth is IN SD. Twitter can make a joke of it, but when it comes down to it - Meth is a serious problem in SD. '
      'We are here to Get. It. OUT,', 'full', NOEM, note='A tweet: "Noem tweeted Monday night".'),
    q('needs to be a dinner table conversation,', 'partial', NOEM,
      note='Woven into "Noem later tweeted that the state’s meth epidemic ...".'),
    q('we need everyone on it.', 'full', NOEM, note='"adding" after the partial; a whole clause of the same tweet.'),
    q('I’m on meth.', 'full', who('a series of South Dakotans', 'South Dakotans'),
      note='Said by the people in a campaign video ("declaring"); a whole clause, so full.'),
    q('South Dakota: if we were any higher, we’d be North Dakota,', 'full', who('one user', 'one Twitter user'),
      note='"one user quipped" (a Twitter user).'),
]

# --- 008 The New York Times, opinion, politics (curly marks) ---
TRUMP = who('President Trump', 'Trump', 'the president')
ANNOTATIONS['008_nytimes-opinion-trump-elections.txt'] = [
    q('Governor @MattBevin has done a wonderful job for the people of Kentucky!', 'full', TRUMP,
      note='Tweet; "Trump tweeted" follows. The document never gives a first name.'),
    q('Matt has my Complete and Total Endorsement, and always has. GET OUT and VOTE on November 5th for your GREAT Governor, '
      '@MattBevin!', 'full', TRUMP, continues=True),
    q('Virginia, with all of the massive amount of defense and other work I brought to you, and with everything planned, '
      'go out and vote Republican today,', 'full', TRUMP, note='"he said" = Trump, subject of the previous sentence.'),
    q('The people of this country aren’t buying', 'partial', TRUMP,
      note='His words run on into the reporter’s "impeachment", so a fragment woven into the sentence.'),
    q('You see it because we’re going up and they’re going down.', 'full', TRUMP, continues=True),
    q('You gotta give me a big win please,', 'full', TRUMP, note='"he said later".'),
    q('Please.', 'full', TRUMP, continues=True, note='One word, but the second segment of the same utterance.'),
    q('President Trump’s actions were wrong and he should be impeached by the House and removed from office by the Senate.',
      'full', who('Fifty-one percent', 'ABC News poll', 'A new ABC News poll'),
      note='Poll statement that 51% of respondents "say" (ABC News poll). Ambiguous: the wording is the pollster’s.'),
    q('committed impeachable offenses during his conversation with the president of Ukraine.', 'partial',
      who('most Americans', 'Reuters poll', 'A similarly fresh Reuters poll'),
      note='Wording of the Reuters poll question woven into the sentence; ambiguous between the poll and respondents.'),
]

# --- 009 Reuters, US news (headline with straight single marks; curly double in the body) ---
FAMILY = who('family of the Oregon college massacre suspect', "Oregon gunman's family", 'the suspect’s family',
             'The family of the Oregon college massacre suspect', 'the statement')
ANNOTATIONS['009_reuters-oregon-gunman-family.txt'] = [
    q('shocked and deeply saddened', 'partial', FAMILY,
      note='Headline, straight single marks, repeating words of the family’s statement quoted in the body.'),
    q('We are shocked and deeply saddened by the horrific events that unfolded on Thursday, October 1. Our thoughts, our '
      'hearts and our prayers go out to all of the families of those who died and were injured,', 'full', FAMILY,
      note='"said the statement" -> the family that issued it (via a spokesperson).'),
]

# --- 010 HuffPost UK, British politics (straight single standfirst; curly double in the body) ---
MAIL = who('Daily Mail', 'the Daily Mail', 'the newspaper', 'the paper')
MAIL_SPOKESPERSON = who('spokesperson for the Daily Mail', 'A spokesperson for the Daily Mail', 'Daily Mail')
MACFARLANE = who('Julia MacFarlane', 'MacFarlane', 'BBC World journalist Julia MacFarlane')
CRITICS = who('Critics')
ANNOTATIONS['010_huffpostuk-mail-brexit-rebels.txt'] = [
    q("It's akin to placing a large wanted poster on their front page.", 'full', MACFARLANE,
      note='Standfirst under the headline in straight single marks; it repeats, in other words, MacFarlane’s comparison '
           'quoted in the body ("placing a large ‘wanted’ poster on their front page"). No attribution of its own.'),
    q('self-consumed malcontents', 'partial', MAIL, note='The Mail’s front page words ("slammed 11 Tory rebels as").'),
    q('Proud of yourselves?', 'full', MAIL,
      note='Front-page headline, but reported as the paper speaking ("asking:"), so full rather than term.'),
    q('their leader, party and 17.4 million Brexit voters', 'partial', MAIL, note='"According to the newspaper".'),
    q('Marxist in No.10', 'partial', MAIL, note='Closed by a double prime (″), not a quotation mark: mismatched marks.'),
    q('truly a victim of bullying', 'partial', MAIL, note='From the Mail’s comment piece ("the paper also questioned").'),
    q('tears of remorse for threatening wanton treachery?', 'partial', MAIL),
    q('outrageous and irresponsible', 'partial', CRITICS),
    q('bullying', 'partial', CRITICS, note='"calling the treatment ... “bullying”": the critics’ word.'),
    q('preposterous', 'partial', MAIL_SPOKESPERSON),
    q('Is it now being suggested that because the Mail supports the British public’s decision to leave the EU it should '
      'be forbidden to report debates in Parliament?', 'full', MAIL_SPOKESPERSON,
      note='Paragraph of its own with no attribution; it follows the spokesperson’s “preposterous”.'),
    q('placing a large ‘wanted’ poster on their front page', 'partial', MACFARLANE,
      note='Nested ‘wanted’ is a scare quote inside her words: part of this span, no record of its own.'),
    q('Only last year an MP was murdered for her beliefs by a deranged extremist,', 'full', MACFARLANE,
      note='"she wrote on Twitter".'),
    q('Whipping up hatred in this way is dangerous and has consequences.', 'full', MACFARLANE, continues=True),
]

# --- 011 RT, British politics (curly; single ‘…’ in the headline and for a label) ---
SOUBRY = who('Anna Soubry', 'Soubry', 'Conservative MP Anna Soubry', 'a pro-Remain Tory')
BAKER = who('Steve Baker', 'Baker', 'Brexit Minister Steve Baker')
TELEGRAPH = who('The Telegraph', 'the paper', 'Telegraph', 'the pro-Remain Telegraph')
ANNOTATIONS['011_rt-telegraph-brexit-mutineers.txt'] = [
    q('bullying', 'partial', SOUBRY, note='Headline word in single curly marks; repeats Soubry’s “blatant piece of bullying”.'),
    q('blatant piece of bullying', 'partial', SOUBRY, nth=0, note='"Conservative MP Anna Soubry says" at the end of the sentence.'),
    term('mutineers,', note='The Telegraph’s label for the MPs.'),
    q('attempts to divide our party.', 'partial', BAKER),
    q('The Brexit mutineers,', 'full', TELEGRAPH, note='First segment of a quote split by "the paper writes".'),
    q('are understood to have had a ‘stormy’ meeting with the whips earlier this week. They are braced to come under '
      'intense pressure to reverse their opposition before a key parliamentary vote next week.', 'full', TELEGRAPH,
      continues=True, note='Nested ‘stormy’ is the paper’s own scare quote; no separate record.'),
    term('mutiny,', note='Word used as a term ("is not “mutiny,” but representative democracy").'),
    q('vying for a place in the gutter alongside the Daily Mail.', 'partial', who('Others', 'Twitter users'),
      note='"Others tweeted that ...".'),
    q('serves to divide the Tory party further, making Brexit harder to get through the house.', 'partial',
      who('Another Twitter user', 'Twitter user')),
    term('Named and shamed', note='Label in single curly marks, not attributed speech.'),
    q('blatant piece of bullying', 'partial', SOUBRY, nth=1),
    q('badge of honor.', 'partial', SOUBRY),
    q('The bullying begins. We want a good Brexit not a hard ideologically driven Brexit. #StandUpForDemocracy.', 'full',
      SOUBRY, note='Colon intro: "She tweeted alongside a picture of the story:".'),
]

# --- 012 HuffPost UK, British politics (curly double, single ‘…’ for partial speech) ---
SOUBRY12 = who('Anna Soubry', 'Soubry', 'Ardent Remain campaigner Soubry', 'the Broxtowe MP')
ANNOTATIONS['012_huffpostuk-telegraph-mutineers.txt'] = [
    term('Brexit mutineers', note='The Telegraph’s label ("dubbed some Conservative MPs").'),
    q('a blatant piece of bullying', 'partial', SOUBRY12),
    q('a badge of honour', 'partial', SOUBRY12, note='Speaker given as "the Broxtowe MP".'),
    q('We want a good Brexit, not a hard, ideologically driven Brexit,', 'full', SOUBRY12, note='"she tweeted".'),
    q('outraged', 'partial', SOUBRY12, note='Her word for her colleagues ("claiming some of her colleagues were").'),
    q('I thought we wanted a culture of respect.', 'full', who('Nicky Morgan', 'Morgan', 'Former education minister Morgan'),
      note='Colon intro: "Morgan added:".'),
    term('mutineer', note='Label in single curly marks.'),
    q('bring it on', 'partial', who('Heidi Allen', 'Allen', 'MP Heidi Allen'), note='Single-quote speech (British style).'),
    q('raising questions', 'partial', who('Sarah Wollaston', 'Wollaston', 'Totnes MP Sarah Wollaston'),
      note='Single-quote speech (British style); "tweeted that".'),
    q('media attempts to divide', 'partial', who('Steve Baker', 'Baker', 'current Brexit minister Steve Baker')),
    q('There is of course a lively debate going on in this place...and there are strong views held on different sides of '
      'the argument, on both sides of this House.', 'full', who('Theresa May', 'May'), unterminated=True,
      note='Colon intro "She told the Commons:". No closing mark: the stored copy ends here (the quote goes on in the next '
           'paragraph of the page), so the span runs to the paragraph end.'),
]

# --- 013 Evening Standard, British politics (straight double marks) ---
DORRIES = who('Nadine Dorries', 'Dorries', 'Ms Dorries', 'the outspoken Mid-Bedfordshire MP')
ANNOTATIONS['013_standard-cameron-dorries-witch-hunt.txt'] = [
    q('McCarthy-style witch-hunt', 'partial', DORRIES, note='"after she claimed that MPs were victims of a".'),
    q('completely unbearable', 'partial', DORRIES),
    q('Of course MPs are concerned but, frankly, MPs ought to be concerned about what their constituents think and ought '
      'to be worrying about the people who put us where we are.', 'full', who('David Cameron', 'Cameron', 'Mr Cameron'),
      note='Colon intro: "Mr Cameron told the BBC:".'),
    q('completely wacky', 'partial', who('one senior source', 'senior source')),
    q('to destabilise the main parties', 'partial', DORRIES),
    q('jealousy', 'partial', who('Anthony Steen', 'Steen', 'Mr Steen', 'Tory MP Anthony Steen'),
      note='"claiming that he was the victim of “jealousy”": his word.'),
    term('duck island', note='The claimed-for item, named in quotes; not speech.'),
]

# --- 014 Press Gazette, British media/politics (curly marks) ---
BINLEY = who('Brian Binley', 'Binley', 'Northampton South MP Brian Binley', 'A Tory MP', 'the MP')
ANNOTATIONS['014_pressgazette-binley-telegraph.txt'] = [
    q('doing the reputation of British journalism a lot of damage', 'partial', BINLEY),
    term('Tory claims £57,000 to rent flat from own company', note='Headline of the Telegraph story ("a story headed:").'),
    q('they were going to run a story about me whatever I said', 'full', BINLEY,
      note='A whole clause after "said", no comma; full like gold-dev’s “that intelligence ... must remain secure,”.'),
    q('Sadly, such is now the Telegraph’s thirst and hunger for making mischief that it has long since abandoned the idea '
      'of fair and honest reporting,', 'full', BINLEY, note='"he wrote" (in the Independent).'),
    q('This has gone too far, and it is about time someone stood up to them. They have taken it upon themselves to become '
      'judge and jury, without any thought to seeking the truth before they publish.', 'full', BINLEY,
      note='Colon intro: "Binley added:".'),
]

# --- 015 BuzzFeed News UK, British politics (straight marks, nested straight singles) ---
MASTERTON = who('Paul Masterton', "one MP pictured on the paper's front page", 'Masterton', 'Tory MP Paul Masterton')
DAILY_TELEGRAPH = who('Daily Telegraph', 'the Telegraph', 'The newspaper', 'the story')
ANNOTATIONS['015_buzzfeeduk-tories-telegraph-mutineers.txt'] = [
    term('Brexit Mutineers', note='Headline; the Telegraph’s label.'),
    q("Other than looking like an incredibly disappointing line-up for the new series of I'm A Celebrity, [it] simply "
      "shows a fundamental misunderstanding of the issue,", 'full', MASTERTON,
      note='Pull quote under the headline: "said one MP pictured on the paper\'s front page". The last paragraph names '
           'him: Paul Masterton, "also featured on the front page", said it showed a "fundamental misunderstanding".'),
    term('The Brexit mutineers', note='The Telegraph front page headline ("Headlined").'),
    q('threatening to block', 'partial', DAILY_TELEGRAPH, note='The story’s words.'),
    q("giving rise to accusations of a 'mutiny' that threatens to wipe out the prime minister’s majority and plunge the "
      "party into crisis", 'partial', DAILY_TELEGRAPH,
      note="\"The newspaper claims\". Nested straight 'mutiny' is the paper's scare quote: part of this span."),
    q("We're just doing our jobs. I'm voting to 'take back control' for parliament, not for a tiny handful of government "
      "insiders to railroad any change they like to legislation without scrutiny.", 'full',
      who('Sarah Wollaston', 'Wollaston', 'chair of the liaison committee Sarah Wollaston'),
      note='Colon intro: "Sarah Wollaston told BuzzFeed News:".'),
    term('take back control', note="Nested in Wollaston's words: the Leave campaign slogan, recorded as its own term."),
    q('fundamental misunderstanding', 'partial', MASTERTON, note='"told us that the story demonstrated a".'),
]

# --- 016 Heavy, US news (curly marks; an unclosed inner single mark) ---
CERVERA = who('James A. Cervera', 'Cervera', 'Virginia Beach Police Chief James A. Cervera')
ANNOTATIONS['016_heavy-virginia-beach-shooting.txt'] = [
    q('We’re going to say his name once and then he will forever be ‘the suspect,', 'full', CERVERA,
      note='The inner ‘ opens "the suspect" and is never closed (mismatched marks); the outer ” closes the quote.'),
    q('We’re going to show that Virginia beach is a city of resolve and dedication,', 'full',
      who('Bobby Dyer', 'Dyer', 'Virginia Beach Mayor Bobby Dyer')),
    q('Indiscriminately', 'partial', CERVERA,
      note='Subheading in single curly marks repeating Cervera’s “indiscriminately fire” below.'),
    q('because that’s what police officers do,', 'partial', CERVERA,
      note='A clause woven into the reporter’s sentence ("after he was shot “because ...,” Cervera said").'),
    q('indiscriminately fire', 'partial', CERVERA, note='"said Cervera" at the end of a long sentence.'),
    q('He was saved by his vest,', 'full', CERVERA),
]

# --- 007 Vox, environment/politics (curly marks; a nested pair of quotes) ---
APTE = who('Joshua Apte', 'Apte', 'Josh Apte', 'a professor of environmental engineering at the University of Texas Austin')
PRAKASH = who('Aseem Prakash', 'Prakash',
              'founding director of the Center for Environmental Politics at the University of Washington')
ANNOTATIONS['007_vox-delhi-air-pollution.txt'] = [
    term('severe', note='Name of an air-quality category ("likely to reach “severe” or “emergency” levels").'),
    term('emergency', note='Name of an air-quality category.'),
    q('gas chamber.', 'partial', who('Arvind Kejriwal', 'Kejriwal', 'Delhi’s Chief Minister Arvind Kejriwal'),
      note='His tweet’s words ("turned to Twitter ... to describe his city as a").'),
    q('It’s like you’re pouring a whole lot of stuff off into a sink that’s plugged up,', 'full', APTE),
    q('It overflows with spectacular consequences.', 'full', APTE, continues=True),
    q('I’m actually a Delhiite, and I was born and raised in Delhi, and I never experienced this pollution,', 'full', PRAKASH,
      note='"said Aseem Prakash, founding director ..." after the quote.'),
    q('The [severe] pollution has started really in 2010. The question is what happened in 2009?', 'full', PRAKASH,
      continues=True, note='Editorial bracket [severe] kept.'),
    q('This is mainly due to the change in wind direction from north-westerly to south-easterly, which allowed Delhi’s air '
      'to slightly improve,', 'full',
      who('Kurinji Selvaraj', 'Selvaraj',
          'a research analyst at the Delhi-based Council on Energy, Environment and Water think tank'),
      note='"told CBS News".'),
    q('Part of the challenge is that there’s a character of ‘Oh no, you first,’ ‘No, you first,’', 'full', APTE,
      note='Contains two nested single-quoted phrases, recorded separately as terms.'),
    term('Oh no, you first,', note='Nested in Apte’s quote: an imagined exchange naming an attitude, not anyone’s reported '
                                   'words; judged a term.'),
    term('No, you first,', note='Nested, as the previous record.'),
    q('No one sector wants to sign up for regulations that would lead to sharp cuts in their emissions when other sectors '
      'are not necessarily sharing equal portions of the blame.', 'full', APTE, continues=True),
    q('People will be up in revolt, they’ll stop trains, there will be riots, and nobody wants to get into this hassle,',
      'full', PRAKASH),
    q('It’s actually a very, very noisy and well-functioning democracy, and there are too many veto points.', 'full',
      PRAKASH, continues=True),
    q('The beauty of China is that if they want something to be done, they can do it,', 'full', PRAKASH),
    q('Nothing stands between the decision and the implementation.', 'full', PRAKASH, continues=True),
    q('If one steps back and says, what is the largest contributor to pollution, the single largest contributor is fossil '
      'fuels,', 'full', PRAKASH),
    q('The problem can be solved,', 'full', PRAKASH),
    q('But what you need is political will and a bit of imagination.', 'full', PRAKASH, continues=True),
]

# --- 017 Polygraph.info (VOA), fact check, politics (curly, some straight; quoted subheadings) ---
MINISTRIES = who('Russian and Syrian defense ministries', 'the Russian and Syrian defense ministries',
                 'Russian Defense Ministry')
LAMRANI = who('Omar Lamrani', 'Lamrani', 'a senior military analyst at Stratfor')
SIMPSON = who('Charles Simpson', 'Simpson',
              'program administrator for the Refugees in Towns Project at Tufts University’s Feinstein International Center')
CAMP_SOURCE = who('source inside the Rukban camp', 'the source', 'a Syrian refugee',
                  "A VOA Extremism Watch Desk reporter Nisan Ahmado's source inside the Rukban camp")
ROBERTSON = who('Sean Robertson', 'Robertson', 'Cmdr. Sean Robertson', 'a spokesperson for Inherent Resolve',
                'the U.S. commander')
ANNOTATIONS['017_polygraph-voa-al-tanf-rukban.txt'] = [
    q('bandit formations', 'partial', MINISTRIES, note='From their joint statement ("accused U.S. forces ... of controlling").'),
    q('patently false,', 'partial', who('The Pentagon', 'Pentagon'), note='"The Pentagon rejected these accusations as".'),
    term('de-confliction zone', note='Name of the zone.'),
    q('U.S.-controlled bandit formations', 'partial', MINISTRIES,
      note='Subheading repeating the ministries’ claim quoted in the first paragraph.'),
    q('fairly secular by regional standards and has been at the forefront of the fight against ISIS.', 'partial', LAMRANI,
      note='Straight marks; woven after "told Business Insider ... that MaT was".'),
    q('certainly absurd.', 'partial', LAMRANI),
    q('I can say with confidence that the U.S. most certainly does not ‘control’ any actors there directly,', 'full', SIMPSON,
      note='Nested ‘control’ is a scare quote echoing the ministries; part of this span.'),
    q('From my interviews, it appears all U.S. interventions in the region are indirect and sparse.', 'full', SIMPSON,
      continues=True),
    q('… prevent the evacuation of the Syrian civilians from the Rubkan camp', 'partial', MINISTRIES,
      note='Subheading quoting the ministries’ claim (the article’s subject); begins with an ellipsis.'),
    q('absolutely not true.', 'partial', CAMP_SOURCE),
    q('Not the U.S. nor any of the U.S.-backed rebels in area 55 are preventing civilians from leaving the camp,', 'full',
      CAMP_SOURCE, note='"the source said".'),
    q('Many people are afraid to return to the Syrian regime areas because they are afraid of retribution. They want a safe '
      'road to areas in northwest Syria.', 'full', CAMP_SOURCE, continues=True),
    q('is patently false,', 'partial', ROBERTSON),
    q('the United States is not preventing people from leaving Rukban.', 'full', ROBERTSON,
      note='A whole clause after "and that"; full, like gold-dev’s “that intelligence ... must remain secure,”.'),
    q('Rukban is another example of the Assad regime’s consistent practice, with Russian support, of facilitating the '
      'suffering of its own people while using the situation as a propaganda tool to deflect the blame for its own '
      'inhumane behavior,', 'full', ROBERTSON),
    q('The (refugees) must not be forced to make decisions under threat of starvation or severe deprivation because Russia '
      'and the [Syrian] Regime are blocking them from access to food and other basic needs. The regime must take '
      'responsibility for its choice to starve its own people and the pressure must continue for Damascus to allow the U.N. '
      'to deliver aid.', 'full', ROBERTSON, note='Colon intro with a pronoun: "He added:". Brackets kept.'),
    q('working in particular with the International Coalition Forces, who have said they need to undertake a security '
      'assessment before providing the necessary guarantees to enter the camp, as well as the Government of Syria to '
      'ensure U.N. access to the shelters in Homs.', 'partial',
      who('Farhan Aziz Haq', 'Haq', 'United Nations spokesman Farhan Aziz Haq'),
      note='Long, but a phrase woven into "told Polygraph.info that the U.N. is".'),
    q('Although Berm [Rukban] residents have not been permitted to cross into Jordan, their proximity to the border and '
      'Jordanian-U.S. joint military border security operations and air patrols provide a modicum of protection to '
      'civilians against Russian airstrikes and other military activities in the region,', 'full', SIMPSON),
    q('This is a motivation for residents to stay in Rukban, rather than returning to say, Palmyra.', 'full', SIMPSON,
      continues=True),
    q('The United States does not support forced or coerced relocations, including forcing people to move because they '
      'are hungry. As a principle, we support informed, safe, voluntary, and dignified movements of internally displaced '
      'persons within Syria.', 'full', ROBERTSON, note='Colon intro: "Robertson, the U.S. commander, said:".'),
]
