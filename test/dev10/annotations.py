"""Hand annotations for test/dev10 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev10 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev9, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- A nickname that the speaker coins in his own reported speech, with "he said" covering the sentence
  ("Meanwhile, "Party Pete" was "riding the wave ...", he said"), is `partial` with that speaker, not `term`: it
  is the speaker's word, not the reporter's; noted. A label that names a programme or bill and that no one in the
  text is quoted as saying ("a $395 million "law and order" package", its "big, beautiful bill") is `term`.
- Wording quoted as the text of a proposal or definition ("define the term 'woman' as 'an adult human biological
  female'") is `term` (words used as terms), the defined word and its definition alike; noted.
- A clause quoted entire after "said," and beginning in lower case because the reporter's sentence runs on into it
  ("Trudeau said, "you realize that the things that unite us are always far greater ...."") is `full` when it
  carries its own closing punctuation, as dev5's first convention.
- Words that a speaker imagines someone else saying, set in single marks inside his own quote ("to come to talk to us
  and say 'this is the way forward'"), get no record of their own: no one is reported as having said them, so they
  are the speaker's own words (dev6's inner-quote convention); noted on the outer record. A slogan written on a wall
  and quoted inside a speaker's words gets none either (dev7's labels inside a quote).
- A remark that a third person wrote, quoted inside a speaker's quote and opened with a double mark but closed with a
  single one at the paragraph end (Williams: "... a little snippet of what Tobi wrote: "Incoming world record
  holder.'"), gets its own record (dev7's inner quote of another person), `full` as her whole written remark standing
  alone; the outer paragraph is left open by the mismatched mark and continues into the next paragraph, opened afresh.
- A clause quoted as the reason for an official act whose agent the text never names ("not recognised as a world
  record because 'it was wind assisted.'") is `partial` with speaker null, as dev9's passive accusation; noted.
- A quote opened in mid-sentence and never closed, running into further sentences to the paragraph end ("continue to
  run "smoothly, while appraisal drilling ... by the end of the year.") is recorded to the paragraph end with
  unterminated=True, `partial` by its start (dev8); noted.
- A headline's quoted phrase whose source is given only by the group named in the headline ("Dems call budget bill
  'bureaucratic water torture' as GOP 'glad to have the ball in our court'", the body in the stored copy quoting
  neither) is `partial` with that group as speaker ("Dems", "GOP"); noted.
- A quote from a statement of two companies named together ("The companies behind the drug, ZMapp and Kentucky
  BioProcessing ... The companies said in a statement") has a speaker naming both, each name an alias (dev5's two
  named sources); a written handbill is the speaker of its own words ("The handbill said ...: "...""), as a
  statement.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '004_daily8-rnz-luxon-peters-comments.txt': ["Peters'"],
    '018_dailymail-maxwell-killer-day-release.txt': ["Smales brothers'"],
}

ANNOTATIONS = {}

# --- 001 Northumberland Gazette, UK politics (curly single in headline and lead, curly double speech) ---
TREVELYAN = who('Anne-Marie Trevelyan', 'Trevelyan', 'Berwick parliamentary candidate')
JACKSON = who('Peter Jackson', 'Jackson', 'Coun Peter Jackson', 'Conservative Group Leader Coun Peter Jackson')
DICKINSON = who('Scott Dickinson', 'Dickinson', 'A would-be MP', 'Labour’s parliamentary candidate',
                'the county council’s business chairman')
ANNOTATIONS['001_northumberlandgazette-dickinson-fair-deal.txt'] = [
    q('fair deal', 'partial', JACKSON,
      note='Headline "Labour candidate slams Tory ‘...’ comment": the Conservatives\' comment, which the body gives as '
           'Jackson\'s "This Government is giving a fair deal to Northumberland" (dev7). Could be read as the '
           'Conservative politicians\' words generally.'),
    q('out of touch', 'partial', DICKINSON,
      note='"A would-be MP ... has hit back ..., claiming ... the Tories are ‘...’": the would-be MP is Scott '
           'Dickinson, named in the last paragraph of the copy.'),
    q('The fact is at one per cent the proposed funding reduction for Northumberland is the smallest reduction in '
      'the region. It compares to that of Newcastle City Council which will see a 4.9 per cent reduction.', 'full',
      TREVELYAN, para=True, note='"Berwick parliamentary candidate, Anne-Marie Trevelyan, said:". ' + MULTI),
    q('After years of being left to the very bottom of funding for council services and for local schools by '
      'successive Labour governments, local Conservatives have been calling for a better deal for our county and '
      'that rebalancing is now starting to happen. We are seeing a major boost for our roads and our schools.',
      'full', TREVELYAN, continues=True),
    q('This Government is giving a fair deal to Northumberland and the council should be able to deliver sensible '
      'savings while protecting front-line services for local taxpayers.', 'full', JACKSON, para=True,
      note='"Conservative Group Leader Coun Peter Jackson said:". ' + MULTI),
    q('Instead the Labour council’s plan in Northumberland is to hike council tax by the maximum possible amount and '
      'blow £40million of residents’ money on a brand-new white-elephant council headquarters in Ashington.', 'full',
      JACKSON, continues=True,
      note='The next paragraph of the stored copy, Dickinson\'s quote, is unfinished and left out.'),
]

# --- 002 Fox News (test.daily8.com copy), US politics (curly-open/straight-close singles in headline, straight double) ---
DURBIN = who('Richard Durbin', 'Durbin', 'Senate Minority Whip Richard Durbin', 'The number-two Democrat')
SCHUMER = who('Chuck Schumer', 'Schumer', 'Senate Majority Leader Chuck Schumer')
ANNOTATIONS['002_foxnews-dems-budget-bill-reaction.txt'] = [
    q('bureaucratic water torture', 'partial', who('Dems', 'Democrats'),
      note='Headline "Dems call budget bill ‘...\'", opened curly and closed straight; the stored body quotes no one '
           'saying these words, so the group the headline names is the speaker.'),
    q('glad to have the ball in our court', 'partial', who('GOP', 'Republicans'),
      note='Headline "as GOP ‘...\'"; as the one before.'),
    term('big, beautiful bill',
         note='"the House\'s passage of its "..."": the bill\'s nickname; no one in the text is quoted saying it here.'),
    q('Republicans\' reconciliation bill dismantles the American Dream and strips health care, food assistance, and '
      'more away from millions of hardworking Americans,', 'full', DURBIN, note='"..., Durbin ... fumed in a Thursday '
      'statement."'),
    q('Republicans are taking a chainsaw to critical services that American families depend on and using them as a '
      'piggy bank for tax breaks for the ultra-wealthy.', 'full', DURBIN, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same statement.'),
    q('win', 'partial', DURBIN, note='"Durbin ... quipped that billionaires "..."".'),
    q('lose – all thanks to President Donald Trump.', 'partial', DURBIN,
      note='"and American families "..."": the full stop inside the marks.'),
    q('good sense to join Democrats', 'partial', DURBIN, note='"The number-two Democrat urged ...": Durbin.'),
    q('well done', 'partial', who('Roger Marshall and Lindsey Graham', 'Marshall', 'Graham', 'Sens. Roger Marshall',
                                  'Lindsey Graham'),
      note='"Sens. Roger Marshall ... and Lindsey Graham ..., who both offered a "..." verbal back-pat": two named '
           'together (dev5).'),
    q('dead of night', 'partial', SCHUMER),
    q('nobody would notice', 'partial', SCHUMER,
      note='"claimed Republicans hoped "..."": Schumer\'s claim about what Republicans hoped; his words.'),
    q('rotten to the core', 'partial', SCHUMER,
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 003 Australian wire copy (AAP style; amplifyapp.com copy), Australian (South Australian) politics (straight double) ---
TARZIA = who('Vincent Tarzia', 'Tarzia', 'Mr Tarzia', 'Opposition Leader Vincent Tarzia')
ANNOTATIONS['003_aap-tarzia-sa-budget-reply.txt'] = [
    q('arrogant and visionless', 'partial', TARZIA, note='"The budget was "..." and ..., he said": he = Tarzia.'),
    q('spin, debt, broken promises and bad priorities', 'partial', TARZIA, note='The comma outside the marks.'),
    q('The cost of living is crushing, home ownership is slipping out of reach, our health system is under incredible '
      'pressure, crime is spiralling and our regions are in drought, desperate for support,', 'full', TARZIA),
    q('Party Pete', 'partial', TARZIA,
      note='"Meanwhile, "..." was "riding the wave ...", he said in reference to Premier Peter Malinauskas": his '
           'nickname for the Premier, inside his reported speech (dev10). Could be read as a term (a nickname).'),
    q('riding the wave of event after event, often on the taxpayer dime', 'partial', TARZIA),
    q('The likes of Sam Smith, Greg Norman, Katy Perry … that\'s where he\'s most comfortable,', 'full', TARZIA,
      note='The ellipsis is inside the quote as published.'),
    q('We will abolish Labor\'s water bill price hike, we\'ll scrap Labor\'s GP payroll tax grab and we\'ll slash '
      'stamp duty for first homebuyers, including on existing homes,', 'full', TARZIA),
    term('law and order',
         note='"a $395 million "..." package": the name of the Treasurer\'s budget package; no one is quoted saying it.'),
    q('little relief', 'partial', TARZIA,
      note='"Mr Tarzia said the government\'s ... drought package provided "..."". The copy\'s last line, a lone '
           'opening mark of an unfinished paragraph, is left out.'),
]

# --- 004 daily8.com copy of RNZ (via Scoop), New Zealand politics (straight single throughout) ---
LUXON = who('Christopher Luxon', 'Luxon', 'The Prime Minister')
PETERS = who('Winston Peters', 'Peters', 'Deputy Prime Minister Winston Peters', 'the acting prime minister')
ANNOTATIONS['004_daily8-rnz-luxon-peters-comments.txt'] = [
    q('rinsing the biscuit tin with the latest outrage', 'partial', who('Green Party co-leader',
                                                                        'the Green Party co-leader'),
      note='Standfirst "the Green Party co-leader says NZ First is \'...\'": unnamed in the stored copy (the section '
           'that names her is not in it), so the description is the speaker.'),
    term('woman', note='"defining \'...\' in law": the word to be defined.'),
    term('woman', nth=1,
         note='"define the term \'...\' as ...": the word to be defined (dev10: a definition\'s wording is a term).'),
    term('an adult human biological female',
         note='The proposed definition\'s wording, quoted as wording; could be read as NZ First\'s words (partial).'),
    term('man', note='As \'woman\'.'),
    term('adult human biological male', note='As the definition before.'),
    q('You\'re paid for by the taxpayer and sooner or later we\'re going to cut that water off too, because you\'re an '
      'abuse on the taxpayer', 'full', PETERS,
      note='"he accused the broadcaster ...: \'...\'.": he = Peters; the full stop outside the marks.'),
    q('Probably words that I wouldn\'t use, but frankly, I think Winston Peters, after 40 years in public service, and '
      'his mode of communication is well understood.', 'full', LUXON, para=True,
      note='A paragraph wholly in quotes after "But Luxon said he had no intention of doing so.": Luxon\'s, a new '
           'quotation. ' + MULTI),
    q('I just don\'t think it would be any surprise … he has a rather Winston way of communicating with media where '
      'he\'s going to push back on journalists, as is his right to do so.', 'full', LUXON, continues=True, para=True,
      note=MULTI),
    q('With respect to the funding of RNZ, that is a decision taken by Cabinet as part of a Budget process each and '
      'every year and it\'s the same process here.', 'full', LUXON, continues=True,
      note='After the next paragraph, a subheading (\'Useless and unnecessary\', a phrase of the Green co-leader\'s '
           'quote below it) heads a section that the stored copy does not hold; the subheading is left out with it.'),
]

# --- 005 Toronto Sun, Canadian politics (straight double) ---
TRUDEAU = who('Justin Trudeau', 'Trudeau', 'Prime Minister Justin Trudeau', 'The prime minister')
ANNOTATIONS['005_torontosun-trudeau-trump-questions.txt'] = [
    q('Every election .. there are people who swear that if the candidate they don\'t like gets elected, they\'re '
      'moving to Canada,', 'full', TRUDEAU, note='"But did allow this much:" then "..., Trudeau said"; the two-dot '
      'ellipsis as published.'),
    q('If over the past decades that had been the case, we\'d have more people in Canada than the United States right '
      'now, instead of being one-tenth your size.', 'full', TRUDEAU, continues=True,
      note='Split by "Trudeau said during a question period."'),
    q('Canadians ... find it hard to sustain anger and fear for very long. We are an optimistic, hopeful people; we '
      'know and generally like our neighbours.', 'full', TRUDEAU,
      note='A paragraph wholly in quotes after a paragraph of narration about Trudeau: his, a new quotation (dev9).'),
    q('you realize that the things that unite us are always far greater than the things that divide us.', 'full',
      TRUDEAU, note='"Whenever he has the chance ..., Trudeau said, "..."": a whole clause with its own full stop, '
      'opening in lower case as the sentence runs on (dev10).'),
    q('Ultimately, I have confidence in the America electorate and I look forward to working with whomever you elect '
      'come November.', 'full', TRUDEAU, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('I found myself in a situation on stage against the former prime minister, arguing (against this),', 'full',
      TRUDEAU, note='The bracket is inside the quote as published.'),
    q('And yet I stand here as Canadian prime minister.', 'full', TRUDEAU, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remark.'),
]

# --- 006 Channels Television (tag page), Nigerian politics (governorship election appeal; curly double) ---
ADEKUNLE = who('Mubarak Adekunle', 'Adekunle', 'Dr Mubarak Adekunle', 'counsel to the governor')
ANNOTATIONS['006_channelstv-nasarawa-appeal-court.txt'] = [
    q('The Court of Appeal in Makurdi has just delivered its judgement. The court resolved all the five issues against '
      'the appellant.', 'full', ADEKUNLE, para=True, note='"He said,": he = Adekunle. ' + MULTI),
    q('The Tribunal stroke out several paragraphs of their reply to Engineer A. A Sule’s reply. They appealed against '
      'that and the Court of Appeal affirmed it that the Tribunal was very right to have struck out all those '
      'paragraphs.', 'full', ADEKUNLE, continues=True, note='"stroke out" as published.'),
    q('On all the allegations which border on disenfranchisement, cancellation of votes, inflation of votes and '
      'deflation of votes, the Court of Appeal affirmed that the Tribunal was right that they were unable to prove '
      'their allegations,', 'full', ADEKUNLE,
      note='"he added": a new paragraph with its own attribution, a new quotation.'),
    q('Engineer Sule was legally, lawfully and properly returned as Governor of Nasarawa State.', 'full', ADEKUNLE,
      note='"He noted that the court affirmed the verdict of the Tribunal that "..."": a whole clause with its own full '
           'stop after "that". Adekunle\'s words ("Engineer", as he calls Sule above); could be read as the words of '
           'the Tribunal\'s verdict. The next item of the tag page is left out.'),
]

# --- 007 Reuters (fortress-capital-group.com copy), business (curly double) ---
SAPIN = who('Michel Sapin', 'Sapin', 'Finance Minister Michel Sapin')
ANNOTATIONS['007_fortress-reuters-sapin-alstom-offer.txt'] = [
    q('Mitsubishi forming an alliance with Siemens improves Siemens’ offer,', 'full', SAPIN),
    q('I think that GE is also going to improve its offer.', 'full', SAPIN, continues=True,
      note='Split by "Sapin said in an interview broadcast ..."'),
    q('any preference', 'partial', SAPIN, note='"Sapin said he did not have "..." for a bidder".'),
    q('We will not decide for (Alstom) but we will use our weight,', 'full', SAPIN,
      note='"he said": he = Sapin; the bracket is inside the quote as published. The next, unfinished paragraph of '
           'the stored copy is left out.'),
]

# --- 008 AP (themarket.blogspot.com copy), business (straight double) ---
FUERST = who('Tracy Fuerst', 'Fuerst', 'Magna spokeswoman Tracy Fuerst')
ANNOTATIONS['008_themarket-ap-new-process-gear-layoffs.txt'] = [
    q('WE ARE SIMPLY FIGHTING FOR OUR SURVIVAL!', 'full', who('UAW handbill', 'The handbill', 'A UAW handbill'),
      note='"The handbill said in bold capital letters:": the union\'s written handbill as speaker (dev10).'),
    q('experiencing temporary layoffs.', 'partial', FUERST,
      note='"she could only confirm the plant was "..."": the full stop inside the marks.'),
    q('I will not comment on this issue because, (as you know), we are still going through negotiations, and it would '
      'be premature for me comment,', 'full', FUERST, note='"premature for me comment" as published.'),
    q('We have to get a good agreement for the plant,', 'full',
      who('Doug Havens', 'Havens', 'UAW Local 624 President Doug Havens'),
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 009 Sharecast News, business (curly and straight double, mixed within a quote) ---
HAYWARD = who('Toby Hayward', 'Hayward', 'Interim chief executive Toby Hayward')
ANNOTATIONS['009_sharecast-afren-shares-fall.txt'] = [
    q('smoothly, while appraisal drilling in the field of Ogo (OPL 310) has been now delayed to 2015. The Ebok Central '
      'Fault block installation is expected to be completed by the end of the year.', 'partial', who('Afren'),
      unterminated=True,
      note='"Afren said its operations ... continue to run "...": the source never closes the quote (it probably meant '
           'to close it after "smoothly,"); recorded to the paragraph end, partial by its start (dev10).'),
    q('Management remains focused on operational performance, having made good progress on our core development '
      'projects in Nigeria, which are expected to drive significant growth in production and cash flow in the '
      'medium-term.', 'full', HAYWARD, para=True, note='"Interim chief executive Toby Hayward said:". ' + MULTI),
    q('We are moving forward with our play-opening discovery at Ogo, while we continue to de-risk an exciting set of '
      'exploration opportunities across our portfolio.', 'full', HAYWARD, continues=True,
      note='Opened curly, closed straight.'),
    q('inevitably fresh questions on Afren’s vulnerability', 'partial', who('Deutsche Bank'),
      note='"Deutsche Bank said the announcement raises "..."": opened curly, closed straight.'),
    q('sought to draw a line', 'partial', who('Barclays'),
      note='"Barclays was more understanding, saying it believed the company had "..."". The next, unfinished '
           'paragraph of the stored copy is left out.'),
]

# --- 010 Finextra (trade press), business (straight double) ---
ANNOTATIONS['010_finextra-reuters-glocer-memo.txt'] = [
    q('We confidently set a budget that shows Reuters growing our revenues for the first time in four years.', 'full',
      who('Tom Glocer', 'Glocer', 'CEO Tom Glocer'), note='"In the memo ..., Glocer says:": written words.'),
    q('This statement is not meant to imply that revenues will be positive for 2005 as a whole. The 2005 budget is not '
      'yet complete and no revenue guidance has been issued for 2005.', 'full', who('Reuters'),
      note='"But Reuters added that it was not issuing revenue guidance in the memo: "..."": the company\'s words.'),
    q('We selected Bangalore for its well established role as the leading Indian city for locating offshore '
      'operations...We have found a highly talented and motivated workforce to take on the complex work of managing '
      'data on a global basis.', 'full', who('Justin Abel', 'Abel', 'Global Head of Data Operations'),
      note='"Justin Abel, Global Head of Data Operations, Reuters says:"; the ellipsis without spaces as published.'),
]

# --- 011 Fresh Produce Journal (trade press), business (straight single and curly double mixed) ---
TYLER = who('David Tyler', 'Tyler', "Sainsbury's chairman")
GRAY = who('David Gray', 'Gray', 'a retail analyst at Planet Retail')
ANNOTATIONS['011_fpj-sainsburys-fifth-quarter-drop.txt'] = [
    q('remain challenging for the foreseeable future', 'partial', who("Sainsbury's"),
      note='"Sainsbury\'s has warned it expects the market to \'...\'": the company\'s words (its statement).'),
    q('The UK grocery sector has become increasingly challenging in recent months.', 'full', TYLER, para=True,
      note='"David Tyler, Sainsbury\'s chairman, said:", opened curly double. ' + MULTI),
    q('As a result, we have evolved our strategy and believe this will allow us to build on our heritage and past '
      'success, especially as it will be delivered by the most experienced management team in the industry.', 'full',
      TYLER, continues=True,
      note='Opened and closed with straight single marks after a paragraph opened with a curly double one: one '
           'quotation (dev9).'),
    q('As per expectation, Sainsbury’s like-for-like numbers are now converging with its competitors with Q4 '
      'delivering another decline. This shows that even the former golden child of UK grocery is not immune to the '
      'double whammy of industry-wide sagging food volumes and price stagnation – a potent brew which is proving '
      'deadly to mainstream operators.', 'full', GRAY, para=True, note='"He said:": he = Gray. ' + MULTI),
    q('With Tesco showing tentative signs of being ready to embark on the long slog to recovery, the challenges for '
      'Sainsbury’s will grow more daunting. The threat of more Tesco price investments is lurking in the background; '
      'something that could trigger a lengthy flatlining of food prices industry-wide.', 'full', GRAY,
      continues=True, para=True, note=MULTI),
    q('Although these figures are disappointing at best, Sainsbury’s still possesses some strengths, most notably in '
      'convenience where it continues to add one to two stores per week. Like-for-like performance is considerably '
      'better in convenience than big-box, though its growth this time around was insufficient to offset declines '
      'elsewhere.', 'full', GRAY, continues=True, note='Opened curly double, closed straight single.'),
]

# --- 012 The Courier (Dundee), sport (football; curly double) ---
VALAKARI = who('Simo Valakari', 'Valakari', 'Perth boss', 'the Finn')
ANNOTATIONS['012_courier-valakari-st-johnstone-soft.txt'] = [
    q('soft', 'partial', VALAKARI,
      note='"paid the penalty for being "..." ..., according to Perth boss, Simo Valakari": his "We were soft." below.'),
    q('We did not deserve anything, not after the first half,', 'full', VALAKARI),
    q('We were soft.', 'full', VALAKARI, continues=True, para=True,
      note='Split by "said the Finn." ' + MULTI),
    q('A lot of things we have been talking about – we need to be competitive and stay in a match.', 'full', VALAKARI,
      continues=True, para=True, note=MULTI),
    q('But we put ourselves in too big a hole to climb out of – two goals down against a strong defensive side away '
      'from home.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('It wasn’t easy.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('The only thing I asked at half-time was that we show now what kind of team we are – these are the deciding 45 '
      'minutes to show what team we want to be.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('From that perspective, my players showed they have a heart, they have character and put everything into that '
      'second half to come back.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('But these crucial moments and decisions, we cannot get them on our side.', 'full', VALAKARI, continues=True,
      para=True, note=MULTI),
    q('They won’t come by wishing and hoping. We need to play better. Two counter-attack goals – we knew that they '
      'would do that.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('We didn’t track the runners, we lost the ball.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('When you do those things you get punished.', 'full', VALAKARI, continues=True, para=True, note=MULTI),
    q('We are not doubting and we are not giving up. We just need to do many things better.', 'full', VALAKARI,
      continues=True),
    q('I was not angry. I was more sad and realistic.', 'full', VALAKARI, para=True,
      note='After the subheading "Raised voice", "On his half-time team talk, Valakari said:": a new quotation. '
           + MULTI),
    q('Because in this league, if you defend like we did in those moments then you cannot win the games.', 'full',
      VALAKARI, continues=True, para=True, note=MULTI),
    q('No point to be angry.', 'full', VALAKARI, continues=True, para=True,
      note='The last whole paragraph of the stored copy; the quote goes on in the unfinished next paragraph, left out '
           '(dev7). ' + MULTI),
]

# --- 013 Golf Canada (wire copy), sport (golf; curly double) ---
MCILROY = who('Rory McIlroy', 'McIlroy', 'the top-ranked McIlroy')
ANNOTATIONS['013_golfcanada-mcilroy-course-record.txt'] = [
    q('I was little disappointed with not finishing it off the way I wanted to, but still it was a great run,', 'full',
      MCILROY, note='"I was little disappointed" as published.'),
    q('I left it short,', 'full', MCILROY, note='"McIlroy said with a laugh".'),
    q('I knew that there were scores out there to be had – and I got a little more aggressive,', 'full', MCILROY),
    q('I feel like it’s one of these courses I can get on a roll with,', 'full', MCILROY,
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 014 Nexus News (Nigeria), sport (athletics; curly double and single, a mismatched inner pair) ---
WILLIAMS = who('Danielle Williams', 'Williams', 'Jamaica’s Danielle Williams', 'a former world champion')
ANNOTATIONS['014_nexusnews-williams-amusan-foresaw.txt'] = [
    q('it was wind assisted.', 'partial', None,
      note='"was, but, not recognised as a world record because ‘...’": the reason for an official decision whose '
           'maker the text never names; no speaker (dev10). Could be read as a term.'),
    q('I ran the greatest race of my life and so, if I don’t make the final, I am satisfied because I know I gave the '
      'best I had today.', 'full', WILLIAMS, para=True, note='"Williams, a former world champion, ..., said:". ' + MULTI),
    q('The race was wicked. Tobi literally spoke it into existence. Just last night, I was watching on Shanice’s '
      'Instagram … they have a wall that says ‘only the best of athletes’ and on Shanice’s page I saw a little snippet '
      'of what Tobi wrote: “Incoming world record holder.’', 'full', WILLIAMS, continues=True, para=True,
      note='The paragraph ends with a single mark closing the inner quote that a double mark opened; the outer quote '
           'is left open and continues into the next paragraph, opened afresh (dev10). The wall\'s slogan ‘only the best '
           'of athletes’ inside gets no record of its own (dev7). ' + MULTI),
    q('Incoming world record holder.', 'full', who('Tobi Amusan', 'Amusan', 'Tobi'),
      note='Inner quote: what Tobi Amusan wrote, quoted by Williams; her whole written remark standing alone (dev7, '
           'dev10). Opened with a double mark, closed with a single one.'),
    q('To see it unfold today is amazing. I am proud of Tobi. Definitely, she can speak things into existence.',
      'full', WILLIAMS, continues=True),
    q('Tobi is one of my closest friends in the circuit. She was frustrated when she finished fourth in Doha and '
      'Olympics in Japan and almost quit the sport. It was terrible for her.', 'full', WILLIAMS, para=True,
      note='After "Williams added that ...": a new quotation. ' + MULTI),
    q('Her performance today is an inspiration for me because it is not easy to come out strong after all she had gone '
      'through. To see her do this now is amazing,', 'full', WILLIAMS, continues=True,
      note='"she said". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 015 Uncrazed, sport (Formula 1; curly double) ---
VERSTAPPEN = who('Max Verstappen', 'Verstappen')
HORNER = who('Christian Horner', 'Horner', 'Red Bull boss Christian Horner')
ANNOTATIONS['015_uncrazed-hamilton-british-gp-penalty.txt'] = [
    q('predominantly at fault', 'partial', who('race stewards', 'stewards'),
      note='"race stewards issued Hamilton a 10-second penalty after finding the Mercedes driver to be "..."": the '
           'stewards\' finding.'),
    q('amateur', 'partial', HORNER, note='"Speaking to the BBC, Red Bull boss Christian Horner called Hamilton’s '
      'maneuver "..." and "..."".'),
    q('desperate', 'partial', HORNER),
    q('disrespectful and unsportsmanlike', 'partial', VERSTAPPEN,
      note='"In a Tweet ..., Verstappen accused Hamilton of "..." behaviour."'),
    q('The penalty given does not help us and doesn’t do justice to the dangerous move Lewis made on track', 'full',
      VERSTAPPEN,
      note='Follows the partial in the same paragraph with no attribution of its own: the same tweet, a new quotation; '
           'the full stop outside the marks. The site\'s closing line is left out.'),
]

# --- 016 Daily Mail (CNN/Daily Mail story file), health (straight single speech) ---
FCO = who('Foreign and Commonwealth Office', 'FCO', 'The Foreign and Commonwealth Office (FCO)')
ANNOTATIONS['016_dailymail-ebola-favipiravir-pooley.txt'] = [
    q('We are working with our international partners to source remaining doses for the patient.', 'full',
      who('source at the Department of Health', 'A source at the Department of Health'),
      note='An unnamed source, named by the description the text gives (dev7).'),
    q('not seriously unwell', 'partial', who('Health officials'),
      note='"Health officials last night said Mr Pooley was \'...\'".'),
    q('It is important to note that the emergency use of an experimental medicine is a highly unusual situation.',
      'full', who('ZMapp and Kentucky BioProcessing', 'ZMapp', 'Kentucky BioProcessing', 'The companies',
                  'The companies behind the drug'),
      para=True, note='"The companies said in a statement:": the two companies named together in the paragraph before '
                      '(dev10). ' + MULTI),
    q('As a consequence global high-level discussions concerning the policy, ethical, and medical implications of this '
      'exceptional situation have been initiated.', 'full',
      who('ZMapp and Kentucky BioProcessing', 'ZMapp', 'Kentucky BioProcessing', 'The companies',
          'The companies behind the drug'), continues=True),
    q('General medical facilities throughout Sierra Leone are currently under severe strain due to the Ebola outbreak, '
      'and unable to provide the same standard of healthcare as in the UK.', 'full', FCO, para=True,
      note='Travel advice, written; the paragraph before paraphrases it and the quote\'s own attribution ("the FCO '
           'warned") closes the next paragraph: a new quotation. ' + MULTI),
    q('Dedicated healthcare facilities for Ebola are overwhelmed,', 'full', FCO, continues=True,
      note='The paragraph before was left open, so this one continues the quotation (dev9).'),
]

# --- 017 Brightsurf (science news, UC3M research), science/health research (straight double) ---
TRIBO = who('Josep A. Tribo', 'Tribo', "one the study's authors",
            'full professor in the UC3M Department of Business Administration')
ESCRIBANO = who('Álvaro Escribano', 'Escribano', 'another of the researchers',
                'full professor in the UC3M Department of Economics')
ANNOTATIONS['017_brightsurf-research-hospitals-efficient.txt'] = [
    q('Hospitals that can produce more knowledge in terms of scientific publications are also going to be better '
      'hospitals, in both diagnosis and treatment and surgery. As such, they contribute to reducing the patient\'s '
      'average stay in hospitals,', 'full', TRIBO,
      note='Opens after a sentence of narration in the same paragraph; "said one the study\'s authors, Josep A. Tribo" '
           '("one the" as published).'),
    q('Taking into account that approximately 9% of the population is hospitalized over the course of the year, each '
      'day of a hospital stay entails an annual cost of some 660 euros per patient in Spain,', 'full', ESCRIBANO),
    q('Therefore, adopting measures that reduce the duration of hospital stays will greatly reduce health costs.',
      'full', ESCRIBANO, continues=True, note='Split by "explained another of the researchers, Álvaro Escribano, ..."'),
    q('If you reduce or penalize doctors\' research activity, they will be less prepared, which will ultimately lead to '
      'an increase in health care costs.', 'full', TRIBO,
      note='"Tribo added,": a new quotation in the same paragraph. The next, unfinished paragraph of the stored copy '
           'is left out.'),
]

# --- 018 Daily Mail (CNN/Daily Mail story file), crime/courts (straight single speech) ---
PAWSON = who('Niall Pawson', 'Pawson', 'Inspector Niall Pawson')
MAXWELL = who('Paul Maxwell', 'Maxwell')
ANNOTATIONS['018_dailymail-maxwell-killer-day-release.txt'] = [
    q('While we do not believe Paul Maxwell presents a significant threat to the public, he is unlawfully at large and '
      'he needs to be returned to prison.', 'full', PAWSON, para=True,
      note='"Inspector Niall Pawson of Greater Manchester Police said:". ' + MULTI),
    q('I would ask anyone with information about where he currently is, has been or could be heading to contact us in '
      'confidence.', 'full', PAWSON, continues=True),
    q('cowardice', 'partial', MAXWELL,
      note='"In a handwritten note he read out ..., he ... apologised to the family of Mr Smales for his \'...\'": '
           'Maxwell\'s written words.'),
    q('She has done much to me help and realise my full potential as a human being,', 'full', MAXWELL,
      note='"in his statement, written in his cell" (paragraph before), then "he said": his written statement, read '
           'out; "much to me help" as published.'),
    q('I am not the person I was in 1996.', 'full', MAXWELL, continues=True, para=True,
      note='Split by "he said." ' + MULTI),
    q('At some point I had to stand up, take responsibility and be man enough to take responsibility for my actions.',
      'full', MAXWELL, continues=True, para=True, note=MULTI),
    q('Today is that day.', 'full', MAXWELL, continues=True),
]

# --- 019 Teesdale Mercury, local news (curly double, curly single inside) ---
CHICKEN = who('Ed Chicken', 'Chicken', 'Parish councillor Ed Chicken')
MELTON = who('Susan Melton', 'Melton')
ANNOTATIONS['019_teesdalemercury-staindrop-road-closure.txt'] = [
    q('It is interesting they don’t think the parish council represents local people. The roadworks were postponed to '
      'give them time to come to talk to us and say ‘this is the way forward’, but there has been silence.', 'full',
      CHICKEN,
      note='The inner ‘this is the way forward’ is what the officers were to have said and did not: no one said it, '
           'so it gets no record of its own (dev10).'),
    q('Fingers crossed we can get a meeting so they can say ‘this is the only solution’ or if there is an alternative '
      'way that does not mean the road must be closed.', 'full', CHICKEN,
      note='"He said:" after a paragraph of narration about Chicken: a new quotation. The inner ‘this is the only '
           'solution’ gets no record, as in the quote before.'),
    q('I take more money on a Sunday than I do for three or four days in the week together. It is a big whammy for me '
      'and I told them that the last time. I would like to think they would have take that on board but they '
      'haven’t.', 'full', MELTON, para=True,
      note='"She said:": she = Susan Melton; "would have take" as published. ' + MULTI),
    q('How do people get to the doctors? How do carers get to where they need to go?', 'full', MELTON, continues=True,
      para=True,
      note='The last whole paragraph of the stored copy; the copy\'s next line is a lone opening mark of the quote\'s '
           'next paragraph, left out (dev7). ' + MULTI),
]

# --- 020 Zap Gossip (showbiz agency copy), entertainment (straight double, curly single titles) ---
BROWN = who('Sterling K. Brown', 'Brown', 'Sterling K Brown', 'The 42-year-old actor')
ANNOTATIONS['020_zapgossip-sterling-k-brown-foster.txt'] = [
    q('pinch', 'partial', BROWN, note='"had to "..." himself": his "You pinch yourself" below.'),
    term('Hotel Artemis', note='Film title.'),
    q('awesome', 'partial', BROWN, note='"admitted it was "..." working with ...".'),
    term('Silence of the Lambs', note='Film title.'),
    q('Talk about somebody that you’ve watched since you’ve been a child. Somebody who has been in this business for '
      'over 50 years, right.', 'full', BROWN, para=True, note='"He gushed:". ' + MULTI),
    q('It was one of those moments where it’s like Clarice Starling is right on the other side of the screen, and we’re '
      'talking to each other right now.', 'full', BROWN, continues=True, para=True, note=MULTI),
    q('You pinch yourself for a second and then you re-engage and realise what my fellow actor is giving me right now '
      'is something I can use, and make sure you’re giving her something back.', 'full', BROWN, continues=True,
      para=True, note=MULTI),
    q('Then you drop into the present moment and everything takes care of itself.', 'full', BROWN, continues=True,
      para=True,
      note='The last whole paragraph of the stored copy; the quote goes on in the unfinished next paragraph, left out '
           '(dev7). ' + MULTI),
]
