"""Hand annotations for test/dev12 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev12 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev11, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- A word quoted as the word a named person used, in a sentence about that word rather than a report of what she
  said ("asked ... to withdraw the word “dodgy”"), is `partial` with that person as speaker, not `term`: it is her
  word, and the text credits it to her; noted.
- A phrase in a headline or standfirst that the body puts in the mouth of a group, with no member quoted saying it
  within the stored copy ("insisting the side 'will stick together and move forward'", England's players), is
  `partial` with that group as speaker (dev10's "Dems", "GOP"); noted.
- A quote that a speaker's own earlier words stand inside, opened with a double mark and closed only by the outer
  single mark ('Like you told my family, "I'm Sly's family now, ... after this.'), gets its own record with the person
  the speaker says spoke them (dev7, dev10), `full`; the outer record runs to the same closing mark.
- A speaker's own thought set in single marks inside his quote ("thinking ‘maybe I should’ve pushed a bit more’")
  gets no record of its own (dev10's imagined words): it is his own speech; noted on the outer record.
- A reason set in quotes in narration with no source named anywhere in the document ("had plunged due to 'cold
  weather and cross-country travel difficulties'") is `partial` with speaker null (dev10's unnamed agent); noted.
- A nickname given in narration with no one quoted using it ("The ‘Iron Lady’ took over the lead") is `term`.
- Two unnamed sources each introduced as "A source" are each named "source"; the note says they may differ.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '000_labourlist-sultana-dodgy-ministers.txt': ['taxpayers’'],
    '010_5gtechnologyworld-ap-blackberry-1q-estimates.txt': ['analysts’'],
    '013_independent-england-players-dismiss-crisis.txt': ['Jones’'],
}

ANNOTATIONS = {}

# --- 000 LabourList, UK politics (Sultana told to moderate language; curly double, curly double inside) ---
SULTANA = who('Zarah Sultana', 'Sultana', 'Labour MP Zarah Sultana', 'the Labour backbencher', 'Labour MP')
LAING = who('Eleanor Laing', 'Dame Eleanor Laing', 'Laing', 'the Deputy Speaker of the Commons', 'the Deputy Speaker')
ANNOTATIONS['000_labourlist-sultana-dodgy-ministers.txt'] = [
    q('moderate', 'partial', LAING,
      note='Headline "Labour MP told to “...” language": the Deputy Speaker\'s "moderate her language" in the body (dev7).'),
    q('dodgy', 'partial', SULTANA, note='Headline "as she calls ministers “...”": her word (dev7).'),
    q('moderate her language', 'partial', LAING,
      note='"told by the Deputy Speaker of the Commons to “...”": Dame Eleanor Laing, named in the next paragraph.'),
    q('dodgy', 'partial', SULTANA, nth=1, note='"she described Conservative ministers ... as “...”".'),
    q('corrupt', 'partial', SULTANA,
      note='"rebuked the Labour backbencher for saying the pair were part of a “...” administration": her word as '
           'reported; her quotes in the copy say "corruption", not "corrupt" (dev7: the body\'s words differ a little).'),
    q('From a dodgy transport secretary to dodgy Leader of the House, who last week tried to rewrite the rules to let '
      'his mate off the hook, this Conservative government is rotten to the core. Is the leader of the House proud of '
      'this shameful record?', 'full', SULTANA, note='"Sultana had said:".'),
    q('dodgy', 'partial', SULTANA, nth=2,
      note='"to withdraw the word “...”": the word she used, credited to her; a mention of her word, not a term (dev12).'),
    q('I don’t think another word suffices [for] the levels of corruption and what we’re seeing from this government.',
      'full', SULTANA, note='"Sultana said:"; the editorial bracket is kept as published.'),
    q('I thought I was already being generous by only calling Tory ministers “dodgy”. The public knows this is true, the '
      'second jobs scandal has exposed that, and MPs shouldn’t be afraid of saying so.', 'full', SULTANA,
      note='"the Labour backbencher said:". The inner curly double “dodgy”, her own word, lies inside the span and gets '
           'no record of its own (dev6, dev7).'),
    q('waters down', 'partial', who('Labour'),
      note='"a government amendment that Labour warned “...” measures": the party as speaker.'),
]

# --- 001 CBC, Canadian politics (Newfoundland and Labrador throne speech; straight double, straight single subheading) ---
BALL = who('Dwight Ball', 'Ball', 'Liberal Leader Dwight Ball', 'The leader of the Official Opposition')
MCCURDY = who('Earle McCurdy', 'McCurdy', 'NDP Leader Earle McCurdy')
ANNOTATIONS['001_cbc-ball-tories-fiscal-mess.txt'] = [
    q('The people of this province are already feeling the impacts of a government that didn\'t manage and didn\'t plan '
      'for our future.', 'full', BALL,
      note='A paragraph wholly in quotes after "Liberal Leader Dwight Ball said ..." (paraphrase), no attribution of its '
           'own: his, a new quotation (dev9).'),
    q('harsh reality', 'partial', BALL, note='"According to Ball, ... the province is facing the "..." of deficit budgets".'),
    q('In keeping with the Tory tradition we know that the upcoming budget will be a deficit budget, one that the finance '
      'minister has said will contain job losses, tax hikes and fee increases,', 'full', BALL, note='"he said": Ball.'),
    q('A budget where people of our province will continue to pay the price for this government\'s poor management and '
      'failure to plan.', 'full', BALL, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
    q('Short on policies', 'partial', MCCURDY,
      note='Subheading in straight single marks, a phrase of McCurdy\'s quote below ("short on policies and specifics") '
           '(dev8).'),
    q('seen the error of their ways', 'partial', MCCURDY, note='"saying the Tories had "..." in cutting the project".'),
    q('I think Gerry Rogers\' hard work presenting petitions day after day in the house has paid off and we\'re glad to '
      'see some mention of action in the area of mental health, but apart from those items it was really long on '
      'platitudes and short on policies and specifics,', 'full', MCCURDY,
      note='"said McCurdy". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 002 InDaily, Australian politics (Government loses House votes; curly double) ---
PYNE = who('Christopher Pyne', 'Pyne', 'Leader of the House Christopher Pyne', 'the Member for Sturt')
KEENAN = who('Michael Keenan', 'Keenan', 'the minister', 'The minister')
ANNOTATIONS['002_indaily-pyne-stuffed-up-lost-votes.txt'] = [
    q('There is no doubt what happened late yesterday afternoon was a stuff-up,', 'full', PYNE,
      note='"a chastened Leader of the House Christopher Pyne told the Nine Network today".'),
    q('It’s a salutary lesson for anyone who went home before the house rose yesterday afternoon.', 'full', PYNE,
      note='A paragraph wholly in quotes after a paragraph of paraphrase ("..., he said"): Pyne\'s, a new quotation '
           '(dev9).'),
    q('It’s a decision that I shouldn’t have taken and obviously I’m sorry that I did,', 'full', KEENAN,
      note='"he told ABC radio": he = Michael Keenan, named in the paragraph before.'),
    q('I accept that,', 'full', KEENAN, note='"the minister said": Keenan.'),
    q('I’ve never missed a division and I won’t be missing any in future.', 'full', KEENAN, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
]

# --- 003 The Citizen (South Africa), South African politics (DA march to Luthuli House; curly single headline, curly double) ---
ANC = who('African National Congress', 'ANC', 'the ANC', 'The ANC')
ANNOTATIONS['003_citizen-anc-da-luthuli-house-gimmicks.txt'] = [
    q('cheap political gimmicks', 'partial', ANC,
      note='Headline "... ‘...’ – ANC": the body gives the phrase unquoted ("The ANC referred to the DA’s antics as cheap '
           'political gimmicks") (dev7).'),
    q('thousands of South Africans', 'partial', who('Democratic Alliance', 'DA', 'The DA'),
      note='"The DA said “...” had lodged their objections".'),
    q('The arrogance of the DA in believing that they are the South African public exposes their own elitism, misplaced '
      'superiority, and their undermining of due process,', 'full', ANC, note='"the ANC said".'),
    q('The Independent Electoral Commission (IEC) is mandated by the Constitution and the law to administer the processes '
      'of submissions and objections to party lists. The Commission received 52 written objections. One objection was '
      'upheld by the IEC and fifty-one overturned.', 'full', ANC, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). ' + MULTI),
    q('A further chance was given to citizens and parties to take these matters to the Electoral Court. By the close of '
      'the deadline, not one ruling of the IEC was taken to the Electoral Court.', 'full', ANC, continues=True),
    q('Marches on each other’s headquarters smack of political immaturity, extreme provocation, and interfering with the '
      'rights of campaigning. We will make a formal complaint to the IEC about this interference with our rights.',
      'full', ANC, para=True,
      note='A paragraph wholly in quotes after a sentence of narration about the ANC: the ANC\'s, a new quotation (dev9). '
           + MULTI),
    q('Nonetheless, the ANC will today receive the memorandum from the DA at its party headquarters by its staff. '
      'Unfortunately, leaders of the ANC are doing real election work, which is to engage with voters on the ground.',
      'full', ANC, continues=True, note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 004 The Hans India (Reuters copy), German politics (coalition talks; straight single headline, straight double) ---
MERKEL = who('Angela Merkel', 'Merkel', 'German Chancellor Angela Merkel')
ANNOTATIONS['004_thehansindia-reuters-merkel-painful-compromise.txt'] = [
    q('painful compromise', 'partial', MERKEL,
      note='Headline in straight single marks: her "painful compromises" in the body (dev7: the words differ a little).'),
    q('painful compromises', 'partial', MERKEL, note='"said she was ready to make "..." to clinch a coalition deal".'),
    q('decision day', 'partial', who('Social Democrats\' leader', 'SPD leader', 'whose leader'),
      note='"the Social Democrats (SPD), whose leader said Tuesday was "..."": the SPD leader, not named in the stored '
           'copy; named by the description the text gives (dev7).'),
    term('grand coalition', note='"renewing their "..."": the name of the coalition form; no one is quoted saying it.'),
    q('Each of us will have to make painful compromises and I am ready for that,', 'full', MERKEL,
      note='"Merkel told reporters."'),
    q('When we see the movements on the stock markets over the last hours, we live in turbulent times and what is '
      'expected of us as popular parties ... is that we form a government for the good of the people, one that brings '
      'stability,', 'full', MERKEL,
      note='"she said": a new paragraph with its own attribution, a new quotation (dev5). The ellipsis is the copy\'s.'),
    q('So we have to come to an agreement tonight. Anything else would be unreasonable for our citizens.', 'full',
      who('Andreas Scheuer', 'Scheuer', 'secretary-general of Merkel\'s Bavarian allies'),
      note='"said there was no possibility ...: "..."". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 005 CBS Los Angeles, US politics (California governor vetoes the budget; straight double) ---
BROWN = who('Jerry Brown', 'Brown', 'Gov. Jerry Brown', 'the governor')
ANNOTATIONS['005_cbslocal-brown-vetoes-state-budget.txt'] = [
    q('Unfortunately, the budget I have received is not a balanced solution,', 'full', BROWN,
      note='"according to Brown": his veto message (next paragraphs).'),
    q('It continues big deficits for years to come and adds billions of dollars in new debt.', 'full', BROWN,
      continues=True, para=True,
      note='Split by "according to Brown, who was scheduled ... this afternoon."; left open at the paragraph end. ' + MULTI),
    q('It also contains legally questionable maneuvers, costly borrowing and unrealistic savings,', 'full', BROWN,
      continues=True,
      note='Opened afresh after the open paragraph; "Brown added" does not start a new quotation when the paragraph '
           'before is left open (dev9).'),
    q('Yet Republicans in the Legislature blocked the right of the people to vote on this honest, balanced budget,',
      'full', BROWN, note='"Brown said", after a paragraph of paraphrase of his veto message: a new quotation.'),
    q('We can and must do better,', 'full', BROWN, note='"Brown said."'),
    q('If they continue to obstruct a vote, we will be forced to pursue deeper and more destructive cuts to schools and '
      'public safety -- a tragedy for which Republicans will bear full responsibility.', 'full', BROWN,
      note='"He added a warning to Republicans:". The next, unfinished paragraph of the stored copy (Dutton\'s partials) '
           'is left out.'),
]

# --- 006 Mortgage Strategy, business/economy (Blanchflower on the inflation target; curly double, curly single inside) ---
BLANCHFLOWER = who('David Blanchflower', 'Blanchflower', 'Professor Blanchflower', 'Economist Professor David Blanchflower')
ANNOTATIONS['006_mortgagestrategy-blanchflower-house-prices-target.txt'] = [
    q('The present institutional framework has been found wanting. While we cannot expect to abolish the business cycle, '
      'the credit crisis has been too costly and reform is required.', 'full', BLANCHFLOWER, para=True,
      note='"Blanchflower says:"; from his Cardiff lecture. ' + MULTI),
    q('The ‘one tool, one target’ approach to monetary policy of using the base rate to target CPI inflation is '
      'inadequate.', 'full', BLANCHFLOWER, continues=True,
      note='The label ‘one tool, one target’ inside the quote gets no record of its own (dev7\'s labels inside a quote).'),
    q('House prices should be included in the target the MPC considers each month.', 'full', BLANCHFLOWER, para=True,
      note='"He adds:": a new quotation. ' + MULTI),
    q('House prices are the most important asset for many households as mortgage lending is secured against them.',
      'full', BLANCHFLOWER, continues=True),
]

# --- 007 Workers Uniting group news (BBC copy), business (Linamar plant closure, Swansea; straight double) ---
LINAMAR = who('Linamar', 'North American-based Linamar', 'Linamar Corporation')
UNITE = who('Unite', 'a union')
ANNOTATIONS['007_workersunitinggroup-bbc-linamar-swansea-closure.txt'] = [
    q('extensive review', 'partial', LINAMAR, note='"It said the decision followed an "..."": it = Linamar.'),
    q('no viable future for the operation', 'partial', LINAMAR, note='"which found "..."": still what Linamar said.'),
    q('devastated', 'partial', UNITE, note='"Unite said workers were "..."".'),
    q('This is a sad time for our members at Linamar, who are devastated as the plant in Swansea closes for business '
      'this week.', 'full', who('Roger Maddison', 'Maddison', 'Unite National officer Roger Maddison'), para=True,
      note='"Unite National officer Roger Maddison said:". ' + MULTI),
    q('It beggars belief that Linamar can find millions of pounds to close the plant in Swansea and move work to Mexico, '
      'yet it could not find that same money to invest in a highly-skilled and committed workforce.', 'full',
      who('Roger Maddison', 'Maddison', 'Unite National officer Roger Maddison'), continues=True, para=True, note=MULTI),
    q('Our members have paid the ultimate price by being dumped on to the industrial scrap heap just for defending the '
      'pay they had fought for over the 40 years the plants has been open.', 'full',
      who('Roger Maddison', 'Maddison', 'Unite National officer Roger Maddison'), continues=True),
]

# --- 008 London Loves Business, business (Debenhams Christmas trading; curly double) ---
DEBENHAMS = who('Debenhams', 'British department chain Debenhams', 'the group')
ANNOTATIONS['008_londonlovesbusiness-debenhams-profit-warning.txt'] = [
    q('highly competitive and volatile', 'partial', DEBENHAMS,
      note='"Describing the business as “...”, ... Debenhams has issued a gloomy update": its statement\'s "volatile and '
           'highly competitive" below (dev7: the words differ a little).'),
    q('the first week of post-Christmas Sale was below expectations despite further markdown investment,', 'full',
      DEBENHAMS,
      note='"But “...” Debenhams said": a whole clause quoted entire with its own punctuation, lower case because the '
           'reporter\'s sentence runs into it (dev10).'),
    q('The UK trading environment has continued to be volatile and highly competitive with weaker demand in some more '
      'discretionary areas,', 'full', DEBENHAMS, continues=True,
      note='"Debenhams said, adding: “...,” it said": the same statement, split by its attribution (dev5).'),
    q('The market has been challenging and particularly promotional in some of our key seasonal categories and we have '
      'responded in order to remain competitive for our customers, which has impacted our profit performance. '
      'Nevertheless, we are seeing positive early signs from the changes we have made as part of our Debenhams Redesigned '
      'strategy. The market dynamics we have seen have reinforced our view that we need to move even faster to implement '
      'the cultural and organisational changes needed to ensure Debenhams is in the best possible shape for today’s '
      'fast-changing retail environment.', 'full',
      who('Sergio Bucher', 'Bucher', 'chief executive of Debenhams'), note='"Sergio Bucher, chief executive ..., said:".'),
]

# --- 009 BBC, business (Sainsbury's sales fall, Davis's last figures; straight double) ---
DAVIS = who('Peter Davis', 'Sir Peter Davis', 'Sir Peter', 'chief executive Sir Peter Davis')
ANNOTATIONS['009_bbc-sainsbury-like-for-like-fall-davis.txt'] = [
    q("There was a significant increase in price competition as the food retail market place reacted in anticipation of "
      "Morrison's acquisition of Safeway,", 'full', who("Sainsbury's", 'J Sainsbury', 'the company'),
      note='"it said": it = the company ("the company said" in the paragraph before).'),
    q("It's been a tough year for Sainsbury's,", 'full', DAVIS, note='"said Sir Peter."'),
    q('When our modernisation programme is behind us we will be in a position to invest more in price and quality in '
      'order to drive sales growth.', 'full', DAVIS, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
]

# --- 010 AP (5G Technology World copy), business (BlackBerry first-quarter results; curly double) ---
CHEN = who('John Chen', 'Chen', 'CEO John Chen')
GILLIS = who('Colin Gillis', 'Gillis', 'an analyst at BGC Partners')
ANNOTATIONS['010_5gtechnologyworld-ap-blackberry-1q-estimates.txt'] = [
    q('We are getting very close to making money or at least break even on hardware. Not quite there yet, but close,',
      'full', CHEN, note='"Chen said on a conference call with analysts."'),
    q('He’s doing exactly what John Chen should be doing. He’s right sizing the business to fit demand. He is focused in '
      'the areas where he is still relevant. He’s cut partnerships to shore up weaknesses,', 'full', GILLIS,
      note='"said Colin Gillis, an analyst at BGC Partners."'),
    q('If they can get this business where they are selling a million phones a month they’ll be a nice little niche. It '
      'will be a nice little profitable business.', 'full', GILLIS, continues=True, note='Split by "said Colin Gillis, ...".'),
    q('People stay with BlackBerry because they’re enterprise users, there’s high productivity and security. I would say '
      '80 percent of that 50 million is this perfect base for us,', 'full', CHEN,
      note='"Chen said." The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 011 Reuters (shilavet blog copy), sport (football, Southampton 2 Crystal Palace 0; straight double) ---
LAMBERT = who('Rickie Lambert', 'Lambert', 'the England centre forward', 'the England striker')
ANNOTATIONS['011_shilavet-reuters-southampton-strikers-lambert.txt'] = [
    q('I was desperate to get on the scoresheet sooner rather than later,', 'full', LAMBERT,
      note='"the England centre forward told reporters": Lambert.'),
    q('I am over the moon.', 'full', LAMBERT, continues=True, para=True,
      note='Split by "the England centre forward told reporters."; left open at the paragraph end. ' + MULTI),
    q('We knew if we kept going, kept passing around the box, we would get chances and those chances would go in.',
      'full', LAMBERT, continues=True),
    q('Dani did fantastically for his goal and it has given him the confidence he needs,', 'full', LAMBERT,
      note='"said the England striker": Lambert, after a sentence of narration; a new quotation.'),
    q("To be fourth ... it's very nice, very nice ... let's try to stay there,", 'full', LAMBERT, note='"said Lambert."'),
    q("It's a hard league. I won't be too fussed if I don't score 15 like last season so long as the lads do their stuff.",
      'full', LAMBERT, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
]

# --- 012 swimmerscomunity blog, sport (swimming, World Championships final day; curly double, curly single nickname) ---
WELLBROCK = who('Florian Wellbrock', 'Wellbrock', 'The German')
HOSSZU = who('Katinka Hosszu', 'Hosszu', 'The ‘Iron Lady’')
ANNOTATIONS['012_swimmerscomunity-wellbrock-hosszu-gwangju.txt'] = [
    q('Of course, for me it’s a big thing. I’m now the first swimmer ever who became world champion in open water and in '
      'the pool', 'full', WELLBROCK, note='"He said:": he = Wellbrock; closed with no full stop as published.'),
    q('I expected a medal, but not gold. My strategy was to follow Paltrinieri as long as I can. During the last 50 I only '
      'thought: keep your head down, keep fast.', 'full', WELLBROCK, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). ' + MULTI),
    q('It was mentally not easy for me after the 800 (he was 17th) – but we found the reason with my coach Bernd '
      'Berkhahn.', 'full', WELLBROCK, continues=True, para=True,
      note='The bracketed insertion "(he was 17th)" is inside the quote as published. ' + MULTI),
    q('I felt well the last days in the pool, that’s why i was quite confident for the race.', 'full', WELLBROCK,
      continues=True),
    term('Iron Lady', note='"The ‘...’ took over the lead": a nickname in narration; no one is quoted using it (dev12).'),
    q('Very good obviously. For me going into a 400IM the last day of a world champs – it is not what you are thinking '
      'about – oh my God this is my ninth gold medal or my fifth 400IM gold. It’s not something that gets you going.',
      'full', HOSSZU, para=True,
      note='"She said:": she = Hosszu. The last whole paragraph of the stored copy; the quote goes on in the unfinished '
           'next paragraph, left out (dev7). ' + MULTI),
]

# --- 013 The Independent, sport (rugby union, England after the Six Nations defeat; straight single standfirst, curly double) ---
PLAYERS = who('England players', 'England’s players', 'the side')
ROBSHAW = who('Chris Robshaw', 'Robshaw')
ANNOTATIONS['013_independent-england-players-dismiss-crisis.txt'] = [
    q('will stick together and move forward', 'partial', PLAYERS,
      note='Standfirst in straight single marks, repeated in the body in curly double marks: "England’s players ... '
           'insisting the side “...”"; no one player is quoted with these words in the stored copy (Robshaw\'s "We have to '
           'stick together" is close) (dev12).'),
    q('will stick together and move forward', 'partial', PLAYERS, nth=1, note='The body\'s copy of the standfirst phrase.'),
    q('It hurts massively – there’s no denying that and there’s no getting away from it,', 'full', ROBSHAW,
      note='"Chris Robshaw said."'),
    q('But for us it’s all about what we do next. It’s about how we respond to this. We have to stick together. We’re not '
      'a million miles away. We’ve not suddenly become a bad team overnight. We’ve just slipped off a little bit and there '
      'are areas we need to improve on.', 'full', ROBSHAW, continues=True, para=True,
      note='Split by "Chris Robshaw said."; left open at the paragraph end. ' + MULTI),
    q('It’s a tough one really. I don’t really know how to put my finger on it or explain it. Confidence is such a '
      'massive thing in sport. I wouldn’t say we lack confidence but we probably don’t have that swagger we had two years '
      'ago. We need to find a way to get that back.', 'full', ROBSHAW, continues=True, para=True,
      note='The last whole paragraph of the stored copy; the quote goes on in the unfinished next paragraph, left out '
           '(dev7). ' + MULTI),
]

# --- 014 Crash.net (copy at an IP address), sport (Formula One, Sainz's first pole; curly single headline, curly double) ---
SAINZ = who('Carlos Sainz', 'Sainz', 'The Ferrari driver')
ANNOTATIONS['014_crash-sainz-first-pole-terrible-feeling.txt'] = [
    q('terrible', 'partial', SAINZ,
      note='Headline "after ‘...’ feeling": his "I felt terrible out there!" over the radio (dev7).'),
    q('came as a bit of a surprise', 'partial', SAINZ,
      note='Standfirst "Carlos Sainz admits his maiden F1 pole ... “...”": his words; the quote is not in the stored copy.'),
    q('terrible', 'partial', SAINZ, nth=1, note='Standfirst "he had a “...” feeling".'),
    q("No way! Holy s***! I didn't expect that one. I felt terrible out there! How did I do P1?", 'full', SAINZ,
      note='"saying over team radio:"; a straight apostrophe inside a curly quote as published.'),
    q('You kept it together, like a smooth operator.', 'full', who('race engineer', 'His race engineer'),
      note='"His race engineer responded:": unnamed; the description the text gives (dev7).'),
    q('amazing', 'partial', SAINZ, note='"Sainz said his Q3 laps did not feel “...”": his "It didn’t feel amazing" below.'),
    q('emotional', 'partial', SAINZ, note='"described his maiden pole as an “...” moment".'),
    q('Honestly I had no idea where I was going to qualify because the conditions were so changeable that I didn’t even '
      'know what was the lap time to beat in Q3,', 'full', SAINZ, note='"Sainz explained."'),
    q('I didn’t know what lap time I had to do on that lap to go pole. It didn’t feel amazing because I did a small '
      'mistake in Turn 3 which threw me out of line into Turn 4. Then I remember going through the high speed and '
      'thinking ‘maybe I should’ve pushed a bit more’.', 'full', SAINZ, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). His own thought in single '
           'marks inside gets no record of its own (dev12). The last whole paragraph of the stored copy; the quote goes '
           'on in the unfinished next paragraph, left out (dev7). ' + MULTI),
]

# --- 015 Halesowen News, health (ambulances queue at Worcestershire Royal; curly double, straight openers) ---
HOPKINS = who('Matthew Hopkins', 'Hopkins', 'Mr Hopkins', 'chief executive of the Worcestershire Acute Hospitals NHS Trust',
              'a statement from Mr Hopkins')
PINFIELD = who('Peter Pinfield', 'Pinfield', 'chairman of Healthwatch Worcestershire')
ANNOTATIONS['015_halesowennews-worcestershire-royal-ambulance-apology.txt'] = [
    q('When we get things wrong we should acknowledge it and apologise to patients who experienced long waits for urgent '
      'care. Please accept my apologies.', 'full', HOPKINS, para=True,
      note='"Mr Hopkins wrote:": his tweet. ' + MULTI),
    q('Our clinical and managerial teams across #Worcestershire are working to improve your experience and outcomes ASAP.',
      'full', HOPKINS, continues=True,
      note='Opened with a straight mark and closed with a curly one: one quotation (dev9).'),
    q('Demand on our emergency department at Worcestershire Royal Hospital remains high and the last few days have been '
      'particularly busy. Staff in our emergency departments are continuing to work very hard to ensure that our patients '
      'get the best, safest care possible.', 'full', HOPKINS, para=True,
      note='"After the tweet, a statement from Mr Hopkins said:": a new quotation; the statement the text makes his '
           '(dev11). ' + MULTI),
    q('Despite their efforts, and the efforts of GPs, community staff and social care, we know that some patients are '
      'still waiting longer to be seen in our emergency departments than we would want, and on behalf of the trust and '
      'all of our partners across the county, I think it’s only right that we apologise for this.', 'full', HOPKINS,
      continues=True, para=True, note='Opened with a straight mark (dev9). ' + MULTI),
    q('Patients can also do their bit by choosing their health services wisely, and only attending A&E if they really need '
      'to.', 'full', HOPKINS, continues=True),
    q('Matthew Hopkins has shown it’s time to stop making excuses, and to get on with trying to make things better.',
      'full', PINFIELD, para=True, note='"Peter Pinfield, chairman of Healthwatch Worcestershire ..., said:". ' + MULTI),
    q('People have been pleased by his honesty. But I want to see no ambulances queuing outside. This needs to end.',
      'full', PINFIELD, continues=True, para=True, note=MULTI),
    q('It is difficult for patients waiting there for hours, and the ambulances can’t leave.', 'full', PINFIELD,
      continues=True),
]

# --- 016 Hawaii News Now (KHNL), science (Gemini telescope images a possible planet; straight double) ---
LAFRENIERE = who('David Lafrenière', 'Lafrenière', 'Dr. David Lafrenière')
ANNOTATIONS['016_hawaiinewsnow-mauna-kea-unknown-planet.txt'] = [
    q('This is the first time we have directly seen a planetary mass object in a likely orbit around a star like our Sun,',
      'full', LAFRENIERE, note='"said Dr. David Lafrenière, in a newsletter from the Gemini Observatory web page": written.'),
    q('If we confirm that this object is indeed gravitationally tied to the star, it will be a major step forward,',
      'full', LAFRENIERE, note='"he said": a new paragraph with its own attribution, a new quotation (dev5).'),
    q('Of course it would be premature to say that the object is definitely orbiting this star, but the evidence is '
      'extremely compelling. This will be a very intensely studied object for the next few years!', 'full', LAFRENIERE,
      note='"said Lafrenière." The photo credits after it are left out.'),
]

# --- 017 Daily Mail (CNN/Daily Mail story file), courts (teenage gunman jailed, Manchester; curly single) ---
KELLY = who('Gary Kelly', 'DC Gary Kelly', 'Kelly')
ANNOTATIONS['017_dailymail-maden-gunman-iphone-jailed.txt'] = [
    q('just a hard working person', 'partial', who('Marcel Maden', 'Maden'),
      note='"Maden, who claims on his Facebook page to be ‘...’": his written claim.'),
    q('When we examined the phone, we found images of Maden wearing a polo shirt that had a unique pattern across the '
      'chest area.', 'full', KELLY, para=True,
      note='"DC Gary Kelly of Greater Manchester Police said after the case:". Hard-wrapped in the story file; the line '
           'breaks joined (see SOURCES.md). ' + MULTI),
    q('When we examined further photos on Maden\'s phone, we discovered the same t-shirt was being worn on each occasion.',
      'full', KELLY, continues=True, para=True, note=MULTI),
    q('That, alongside him having the same physical appearance and wearing the same watch as Maden as well as the '
      'photographer holding the same iPhone was enough evidence to put him behind bars.', 'full', KELLY, continues=True,
      para=True, note='A photo caption between this and the paragraph before is left out. ' + MULTI),
    q('Thankfully, these dangerous weapons have now been taken off our streets and I would ask anyone who may have '
      'information as to where guns and ammunition may be stored to contact us.', 'full', KELLY, continues=True,
      para=True, note='Its opening also stands as a pull quote earlier in the story file, left out. ' + MULTI),
    q('I would like to stress that the information you supply to us will be treated with the strictest of confidence.',
      'full', KELLY, continues=True),
]

# --- 018 Daily Mail (CNN/Daily Mail story file), local/human interest (Seahawks fan's Super Bowl tickets; straight single) ---
MIKE = who('Mike Harris', 'Harris', 'The loyal son', 'her generous son')
ANNOTATIONS['018_dailymail-seahawks-mom-super-bowl-tickets.txt'] = [
    q('I knew she was going to cry but I didnâ€™t know that there would be the total disbelief that it was happening, '
      'just because we talked about it and we hoped to do it,', 'full', MIKE,
      note='"he said": he = Mike Harris. "didnâ€™t" is the story file\'s mis-decoded apostrophe, kept as stored.'),
    q('It blew me away. I had tears running down my face.', 'full', MIKE, continues=True, note='Split by "he said."'),
    q('cold weather and cross-country travel difficulties', 'partial', None,
      note='"the price of tickets ... had plunged due to \'...\'": a reason in quotes with no source named anywhere in '
           'the document (dev10, dev12); could be read as Mike Harris\'s words, as it is what he noticed.'),
    q('Thirty years after she skipped their welcome home for my sake, I was able to return the favor in the biggest way I '
      'could ever think of,', 'full', MIKE, note='"Mike Harris said, according to Parent Herald."'),
    q("I'm excited to go see the game, but there was nothing more meaningful than to see my mom's reaction that I've "
      "shared in the video.", 'full', MIKE, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). The photo captions after '
           'it, one quoting him, are left out.'),
]

# --- 019 Daily Mail (CNN/Daily Mail story file), culture/entertainment (Stallone's nephew on Sage's death; straight single) ---
EDD = who('Edd Filiti', 'Edd', 'Filiti', 'Sylvester Stallone\'s nephew')
SLY = who('Sylvester Stallone', 'Sylvester', 'Stallone')
BERRY = who('Mark Berry', 'Berry', 'Girls and Corpses snapper Mark Berry', 'a photographer')
ANNOTATIONS['019_dailymail-stallone-nephew-facebook-sage.txt'] = [
    q('What did he do wrong, say happy birthday?', 'full', EDD, note='"Edd wrote": his Facebook posting.'),
    q('Neither you [Stallone\'s wife Jennifer Flavin] or he could return a phone call, which is all he wanted, his father.',
      'full', EDD, continues=True, para=True,
      note='Split by "Edd wrote."; the editorial bracket is kept as published. ' + MULTI),
    q('I know you don\'t care what happened, but you\'ll care when you’re squirming under the burning magnifying glass of '
      'public opinion. You people make me f****** sick.', 'full', EDD, continues=True),
    q('Jennifer Flavin, you won. You tore this family apart and got your trophy, Congrats!', 'full', EDD, para=True,
      note='"Edd said:": a new quotation after a paragraph of narration. ' + MULTI),
    q('Like you told my family, "I\'m Sly\'s family now, he doesn\'t [need] you anymore. Lets see how much he needs you '
      'after this.', 'full', EDD, continues=True,
      note='The inner quote opened with a straight double mark is never closed but by the outer single mark; it has its '
           'own record (dev12).'),
    q('I\'m Sly\'s family now, he doesn\'t [need] you anymore. Lets see how much he needs you after this.', 'full',
      who('Jennifer Flavin', 'Flavin', 'Stallone\'s wife Jennifer Flavin'),
      note='Words Edd says Flavin told his family, quoted inside his own quote (dev7, dev10); opened with a straight double '
           'mark and closed by the outer straight single mark (dev12). An allegation: as Edd reports them.'),
    q('I made a mistake. It is a very emotional time and I vented my feelings,', 'full', EDD,
      note='"he explained": to the New York Post ("telling the New York Post" in the paragraph before).'),
    q('I was feeling raw and emotional and I never meant for my feeling to become public.', 'full', EDD, continues=True,
      para=True, note='Split by "he explained."; left open at the paragraph end. ' + MULTI),
    q('I took the post down minutes later. I never meant to insult my uncle. I have my own issues with him, but that '
      'should never be said on Facebook. I want to recant my words.', 'full', EDD, continues=True),
    q('Sasha has been inconsolable. She’s totally devastated. Her children are her life.', 'full', who('source', 'A source'),
      note='"A source said:": unnamed (dev7).'),
    q('Detectives from the LAPD are in the process of going through evidence recovered from Sage\'s house and will be '
      'contacting the doctors that prescribed the medications found there.', 'full', who('source', 'A source'),
      para=True,
      note='"A source told RadarOnline:": unnamed; may or may not be the source quoted before (dev12). ' + MULTI),
    q('There was more than one doctor that Sage was seeing in the days leading up to his death.', 'full',
      who('source', 'A source'), continues=True, para=True, note=MULTI),
    q('Cops want to establish a timeline of events leading up to Sage\'s death and they want to know what his medical '
      'history was.', 'full', who('source', 'A source'), continues=True),
    q('people to respect my talented son\'s memory and feel compassion for his loving mother Sasha,', 'partial', SLY,
      note='"Sylvester issued a statement asking \'...\'": his written statement.'),
    q('the speculation and questionable reporting.', 'partial', SLY,
      note='"and for the media to stop \'...\'"; the full stop inside the marks.'),
    q('When a parent loses a child there is no greater pain. This agonizing loss will be felt for the rest of our lives.',
      'full', SLY, para=True, note='"He added:": the same statement, a new quotation after the partials. ' + MULTI),
    q('Sage was our first child and the center of our universe and I am humbly begging for all to have my son\'s memory '
      'and soul left in peace.', 'full', SLY, continues=True),
    q('I saw nothing to suggest that he was in a suicidal mood. He was telling me about how he wanted to shoot a film, he '
      'seemed hopeful for the future and making work plans.', 'full', BERRY, para=True,
      note='"Girls and Corpses snapper Mark Berry told RadarOnline:". ' + MULTI),
    q('My impression was that he was a very talented character who seemed under the influence of a pharmaceutical '
      'medication, he wasn’t a wreck but he was just a little spaced out.', 'full', BERRY, continues=True, para=True,
      note=MULTI),
    q('I wasn’t entirely shocked when I heard (of his death), my initial thought was that he had an accidental overdose, '
      'or that his body just packed up.', 'full', BERRY, continues=True,
      note='The bracket is inside the quote as published. The photo captions after it are left out.'),
]
