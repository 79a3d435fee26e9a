"""Hand annotations for test/dev13 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev13 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev12, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set (copied into CONVENTIONS.md as "From dev13"):
- A quote whose opening mark stands after the reporter's article, so that the reporter's "The" begins the
  sentence outside the marks ('The "economic recovery is slower and more inconsistent," chief executive John
  Chambers told analysts'; 'The “OPEC meeting ended with ...,” said analysts'), is `partial`: the reporter's
  sentence takes it in (dev5, dev8), though the rest is a whole clause; noted. A quote split from it by its
  attribution ("..., said analysts at ... . “But members clearly differ ...”") continues it.
- A quoted phrase credited with "According to <outlet>" in a sentence reporting what a third party confirmed
  ('According to Consequence of Sound, the English rock band has confirmed ... shows in "Hollywood Bowl ..."')
  has the outlet as speaker: attribution follows the text, and the text gives the outlet as the source of the
  words; noted.
- A finding quoted from a body named only by description in that sentence ("an independent review board found
  its authors “guilty of scientific dishonesty.”") is `partial` with the body as speaker, named as the document
  names it further down (the Central Ethical Review Board of Sweden), the description an alias; noted. Words a
  study is said to have "reported" have the study as speaker ("original study"), as dev9's press release.
- A tweet of a few words quoted after "saying:" with no verb ("Fear of more sackings to come.") is `full`: the
  person's whole remark standing alone (dev5's "Nice one mate").
- A headline made of a quote and its attribution ("'England’s batting collapses will be the main issue from this
  tour', says Hussain after ...") is `full` when the quote is a whole clause, the body's words differing a little
  ("The batting collapses will be ...") (dev7, dev11).
- A clause quoted after "saying" with no comma and the full stop outside the closing mark, ending the reporter's
  sentence ("He has apologised for his actions saying 'I know it was a stupid thing to do .. I didn't intend to
  disrespect anybody'."), is `full`: two whole sentences of his, British placing of the full stop (dev11's "He
  added:" with the full stop outside), not dev8's woven clause that the reporter's sentence runs on past.
- Words a judge is said to have heard in court, with no one named as saying them ("after hearing he had "turned
  his life around""), are `partial` with speaker null (dev10's unnamed agent); noted.
- An unnamed club spokesman is named "club spokesman"; the club is an alias (the guideline's "the organisation
  for a spokesperson").
- Three people named together as the authors of one phrase ("Fine Gael junior ministers Jennifer Carroll MacNeill,
  Martin Heydon and Peter Burke jointly called for a “well-earned” tax break") give a speaker naming all three,
  each name an alias (dev5's two named sources).
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '013_cityairnews-ians-hussain-batting-collapses.txt': [
        'India\n\nFollowing England’s 4-1 Test series loss to India, former captain Nasser Hussain has pointed out that '
        'the visitors’',
        '(IANS) Following England’s 4-1 Test series loss to India, former captain Nasser Hussain has pointed out that '
        'the visitors’',
    ],
    '016_mentalfloss-science-retracts-microbeads-paper.txt': ['authors’'],
    '018_dailymail-octopus-hunt-seacrest-ban.txt': ["friend'"],
    '019_franchiseherald-cure-new-album-tour.txt': ["members'"],
}

ANNOTATIONS = {}

# --- 000 TASR (English service), Slovak politics (Fico: coalition stable, no early election; curly double, curly single) ---
FICO = who('Robert Fico', 'Fico', 'Prime Minister and Smer-SD party chairman Robert Fico', 'the premier', 'The premier')
ANNOTATIONS['000_tasr-fico-coalition-early-election.txt'] = [
    q('We trust and respect each other, and we’re ready to work hard together. We’re a bunch that stands by its word,',
      'full', FICO, note='"said the premier": Fico, named in the paragraph before.'),
    q('erect a dam', 'partial', FICO,
      note='"through measures to benefit people, ‘...’ against extremism, he said": his words in the reporter\'s '
           'paraphrase, in curly single marks.'),
    q('The talk of an early election has no merit. It’s an artificial bubble some are trying to create,', 'full', FICO,
      note='"said Fico": a new quotation after the sentence of paraphrase.'),
    q('The talk of an early election comes from those who represent an alternative. It’s ‘nothingness’, it’s an '
      'alternative of chaos and hatred, they’re people who can’t agree on anything. By no means can this be an '
      'alternative to a stable governing coalition that emerged from a democratic parliamentary election,', 'full', FICO,
      note='"said Fico": a new paragraph with its own attribution, a new quotation (dev5). The curly single '
           '‘nothingness’ inside is his own word: no record of its own (dev6, dev7).'),
    q('Slovakia must be able to protect its borders and guarantee the safety of people in their homes,', 'full', FICO,
      note='"said Fico." The next, unfinished paragraph of the stored copy (Danko\'s partial) is left out.'),
]

# --- 001 MM News (Pakistan), Pakistani politics (opposition on Imran Khan's vote of confidence; curly double, curly single) ---
PDM = who('Opposition leaders', 'The Opposition leaders', 'Pakistan Democratic Movement', 'PDM')
MARYAM = who('Maryam Nawaz', 'Nawaz', 'Maryam', 'PML-N vice president Maryam Nawaz', 'the PML-N leader')
BILAWAL = who('Bilawal Bhutto', 'Bilawal', 'PPP Chairman Bilawal Bhutto', 'The PPP chairman')
ANNOTATIONS['001_mmnews-maryam-nawaz-vote-of-confidence.txt'] = [
    q('votes Prime Minister Imran Khan had received today have no standings', 'partial', PDM,
      note='"The Opposition leaders, under the banner of the ... (PDM), have snubbed the lower house session, saying that '
           'the “...”": the group as speaker (dev9, dev10).'),
    q('The votes you received today have no standing since your members of National Assembly (MNAs) were pressured to '
      'vote for you,', 'full', MARYAM,
      note='"the PML-N leader added": Maryam Nawaz, PML-N vice president, named in the paragraph before.'),
    q('PML-N will not forget what happened today,', 'full', MARYAM, note='"Maryam added."'),
    q('We have made it evident how fragile the National Assembly is, how fragile the government is, how fragile the '
      'puppet is,', 'full', BILAWAL, note='"he added": he = Bilawal Bhutto, named in the sentence before.'),
    q('grumpy old man', 'partial', BILAWAL, note='"Bilawal called PM Imran as a ‘...’": curly single marks.'),
    q('As the leader of the house it was PM Imran’s duty to condemn what happened outside the parliament but he did not,',
      'full', BILAWAL,
      note='"Bilawal said adding ...". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 002 TheJournal.ie, Irish politics (Coveney: coalition parties not the same; curly double) ---
COVENEY = who('Simon Coveney', 'Coveney', 'ENTERPRISE MINISTER SIMON Coveney', 'Enterprise Minister Simon Coveney')
FG3 = who('Jennifer Carroll MacNeill, Martin Heydon and Peter Burke', 'Jennifer Carroll MacNeill', 'Carroll MacNeill',
          'Martin Heydon', 'Heydon', 'Peter Burke', 'Burke', 'Fine Gael junior ministers')
MARTIN = who('Micheál Martin', 'Martin', 'Tánaiste and Fianna Fáil leader Micheál Martin', 'Tánaiste')
ANNOTATIONS['002_thejournal-coveney-coalition-not-the-same.txt'] = [
    q('well-earned', 'partial', FG3,
      note='"an Irish Independent column in which Fine Gael junior ministers ... jointly called for a “...” tax break": '
           'written; the three named together (dev5, dev13).'),
    q('unhelpful', 'partial', MARTIN, note='"Micheál Martin labelled the suggestion “...”".'),
    q('There are a lot of senior mature politicians in government and, you know, because we’re in a coalition, doesn’t '
      'mean we’re the same,', 'full', COVENEY,
      note='"he said": Coveney, "Speaking on RTÉ’s Morning Ireland" in the paragraph before. The lead sets his name in '
           'capitals as a typographic lead (dev8: the capitalised form an alias).'),
    q('Different parties have different priorities in government, and at different times, those priorities appear in '
      'newspapers and opinion pieces.', 'full', COVENEY, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). ' + MULTI),
    q('This is no different to that.', 'full', COVENEY, continues=True),
    q('have worked well together', 'partial', COVENEY, note='"saying that the parties “...” so far".'),
    q('Let’s be clear. Nobody’s bullying anybody,', 'full', COVENEY, note='"he said": a new quotation after narration.'),
    q('This is a good coalition government.', 'full', COVENEY, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). ' + MULTI),
    q('That doesn’t mean that the parties have the same views all the time when it comes to policy and what we’re seeing '
      'now is different parties in the coalition outlining different views as to how we can use a growing strong economy '
      'to ensure that we support families across the country.', 'full', COVENEY, continues=True),
    q('squeezed middle', 'partial', COVENEY, note='"Coveney said it’s time to help the “...”".'),
    q('people who are working, who are paying for everything through their taxes', 'partial', COVENEY,
      note='After a dash, glossing "squeezed middle": still Coveney\'s words in the same sentence.'),
    q('allow them to hold on to a little bit more of the income that they earn', 'partial', COVENEY,
      note='"... reduced childcare costs would “...”": no verb of saying in the sentence, which goes on reporting what '
           'Coveney said in the one before (dev11). The last paragraph of the stored copy.'),
]

# --- 003 My News Hub (Malaysia), Malaysian politics (Speaker on a no-confidence motion; curly double) ---
PANDIKAR = who('Pandikar Amin Mulia', 'Pandikar', 'Tan Sri Pandikar Amin Mulia',
               'Dewan Rakyat Speaker Tan Sri Pandikar Amin Mulia')
ANNOTATIONS['003_mynewshub-pandikar-no-confidence-motion.txt'] = [
    q('I am still waiting for more lists from the opposition because I know they have only 89 representatives and the '
      'number has not changed.', 'full', PANDIKAR, para=True,
      note='Opened with no attribution; "he told reporters" closes the next paragraph, and he = Pandikar (dev9: the open '
           'paragraph decides). ' + MULTI),
    q('If they give me a list, maybe with 90 or 100 people, maybe I can pressure the government to allow the debate,',
      'full', PANDIKAR, continues=True, note='"he told reporters at the Parliament lobby, here, Wednesday."'),
    q('Let me make it very clear,', 'full', PANDIKAR, note='"he said, explaining that ...": a new quotation.'),
]

# --- 004 Essex news feed copy (rssing.com), UK local politics (Brentwood budget; straight double) ---
LESURF = who('Mike Le Surf', 'Le Surf', 'Cllr Mike Le Surf', 'Brentwood Labour Party leader')
ANNOTATIONS['004_essexrssing-le-surf-brentwood-budget.txt'] = [
    term('forward-thinking',
         note='"lash out at ... Louise McKinlay\'s "..." Town Hall budget speech": no speech act; a scare quote (dev9). '
              'It may be her own billing of the speech or her critics\' irony; the copy quotes no one saying it.'),
    term('tense', note='"In a "..." council chamber": a description, no speech act (dev9).'),
    term('more commercial',
         note='"a three year plan to make the council "..."": no speech act; perhaps the plan\'s wording, but no one is '
              'quoted saying it (dev9).'),
    q('dangerous', 'partial', LESURF, note='"described the budget as "..."".'),
    q('I thought it was a disgraceful budget, it didn\'t address the problems that Brentwood is facing, it is damn right '
      'dangerous,', 'full', LESURF, note='"he said": Le Surf.'),
    q('They are in a Tory bubble and will do whatever the Government tells them to do.', 'full', LESURF, continues=True,
      para=True, note='Opened afresh after the paragraph before closed; no attribution of its own (dev5). ' + MULTI),
    q('Louise McKinlay is putting in a budget that is going to make 12 members of staff redundant and another four '
      'managers, and there we were sitting in a meeting with six to eight senior managers in the room and the Tories were '
      'applauding as she announced she was cutting jobs.', 'full', LESURF, continues=True),
    q('She thinks she is running this council like a business, well if she is, she\'s not very good at it, you can run '
      'things in a business-like-way but the council will never be a business.', 'full', LESURF, para=True,
      note='"He added:": a new quotation. ' + MULTI),
    q('And after years of saying you cannot touch the reserves to top up the revenue funding, that\'s exactly what they '
      'are doing.', 'full', LESURF, continues=True, para=True,
      note='The last whole paragraph of the stored copy; the quote goes on in the unfinished next paragraph, left out '
           '(dev7). ' + MULTI),
]

# --- 005 magabriefs.com (US news copy), US politics (Newsom and Pritzker on the stop-gap bill; curly double) ---
NEWSOM = who('Gavin Newsom', 'Newsom', 'California Gov. Gavin Newsom')
PRITZKER = who('JB Pritzker', 'Pritzker', 'Illinois Gov. JB Pritzker')
ANNOTATIONS['005_magabriefs-newsom-pritzker-vote-no.txt'] = [
    q('to stand up and do the right thing', 'partial', NEWSOM,
      note='"has called on Senate Democrats “...” and vote no": his words.'),
    q('Passing this bill would give Republicans 6 months to consolidate power in the Executive branch and wreak havoc on '
      'our country. They are already threatening social security and Medicare. Gutting the Department of Education. '
      'Firing veterans. Vandalizing basic environmental protections. This will only allow them to continue that,',
      'full', NEWSOM, note='"he said Friday in a post on the social platform X": written.'),
    q('They will go on to cut funding and punish states that don’t do their bidding. There’s still time to do the right '
      'thing. VOTE NO,', 'full', NEWSOM,
      note='"he added": a new paragraph with its own attribution, a new quotation (dev5).'),
    q('Republicans in Congress have abdicated their responsibility to critically evaluate the damage Donald Trump is doing '
      'to critical services the American people need. Democrats have the ability to force bipartisanship and bring the '
      'two sides together to make a budget that reflects priorities we all ought to share,', 'full', PRITZKER,
      note='"he said in a statement Friday": he = Pritzker, named in the paragraph before.'),
    q('reckless,', 'partial', PRITZKER, note='"Pritzker called Republicans “...”", the comma inside the marks.'),
    q('Veterans will have trouble getting healthcare. Workers will lose jobs when infrastructure projects grind to a halt. '
      'Preschools will lose teachers and parents will be left without childcare. Make no mistake: people will suffer the '
      'consequences of their negligence,', 'full', PRITZKER, note='"he said".'),
    q('Democrats have the power to stop the cessation of power to Donald Trump and Elon Musk and they should use it. I '
      'urge a no vote on the Continuing Resolution,', 'full', PRITZKER,
      note='"Pritzker added": a new paragraph with its own attribution, a new quotation (dev5).'),
]

# --- 006 WHTC (Reuters copy), business/economy (Bank of England governor on rates; curly double) ---
BAILEY = who('Andrew Bailey', 'Bailey', 'Bank of England Governor Andrew Bailey')
ANNOTATIONS['006_whtc-reuters-bailey-neutral-rate.txt'] = [
    q('a neutral rate', 'partial', BAILEY,
      note='"towards a “a neutral rate”, ... Bailey said": the article doubled outside and inside the marks, as '
           'published.'),
    q('very encouraged', 'partial', BAILEY, note='"He said he was “...” by the downwards path of inflation."'),
    q('Therefore I do think the path for interest rates will be downwards, gradually,', 'full', BAILEY,
      note='"he said in an interview published online by the Kent Messenger newspaper."'),
    q('best guess', 'partial', BAILEY, note='"Bailey said ... and his “...” was that it would settle “...”".'),
    q('at a neutral rate', 'partial', BAILEY),
    q('to be careful not to cut too fast or by too much', 'partial', BAILEY,
      note='"Bailey said last week that ... the BoE needed “...”". The credit line after it is left out.'),
]

# --- 007 Tengrinews (AFP copy), business (Cisco to cut 4,000 jobs; straight double, one paragraph) ---
CHAMBERS = who('John Chambers', 'Chambers', 'chief executive John Chambers')
ANNOTATIONS['007_tengrinews-afp-cisco-4000-jobs.txt'] = [
    q('economic recovery is slower and more inconsistent,', 'partial', CHAMBERS,
      note='"The "...," chief executive John Chambers told analysts": the reporter\'s "The" stands outside the marks, so '
           'the quote is taken into his sentence (dev13); the comma inside.'),
    q('softening', 'partial', CHAMBERS, note='"that improvement is offset by "..." in emerging markets, Chambers added".'),
    q('move fast', 'partial', CHAMBERS, note='"Chambers emphasized the company\'s need to "..."".'),
    q('I have learned in this industry you lead with your mind, not with your heart,', 'full', CHAMBERS,
      note='"Chambers said."'),
]

# --- 008 Economy Watch (Nigeria; MarketWatch copy), business (oil prices after the OPEC meeting; curly double) ---
JBC = who('analysts at JBC Energy Research Centre', 'JBC Energy Research Centre', 'JBC Energy')
ANNOTATIONS['008_economywatchng-oil-settles-lower-opec.txt'] = [
    q('OPEC meeting ended with the existing deal being left unchanged but the group aiming to reduce over-compliance and '
      'to get output back to the originally-intended levels,', 'partial', JBC,
      note='"The “...,” said analysts at JBC Energy Research Centre, in a note dated Monday": written; the reporter\'s '
           '"The" stands outside the marks (dev13).'),
    q('But members clearly differ in their interpretation of the deal as the actual wording of the communiqué is not '
      'exactly clear enough.', 'full', JBC, continues=True,
      note='Split by "said analysts at ..., in a note dated Monday." (dev5).'),
    q('Saudi Arabia has essentially argued that those who have spare capacity can now produce more to make up for '
      'producers who cannot meet their quota,', 'full', JBC,
      note='"they said": the JBC analysts; a new paragraph with its own attribution, a new quotation (dev5).'),
    q('On the other hand, Iran sees such a quota reallocation as a breach of the deal and thus expects the real supply '
      'response to be rather small.', 'full', JBC, continues=True,
      note='Split by "they said." The next, unfinished paragraph of the stored copy (the ministers\' partial) is left '
           'out.'),
]

# --- 009 SharePrices.com (Alliance News), business (Shire rejects three Takeda proposals; straight double) ---
SHIRE = who('Shire', 'Shire PLC', 'Irish pharmaceutical firm Shire PLC')
ANNOTATIONS['009_shareprices-alliance-shire-rejects-takeda.txt'] = [
    q('significantly', 'partial', SHIRE, note='"it believed this "..." undervalued the company": it = Shire.'),
    q('At the board\'s request, Shire\'s advisers entered into a dialogue with Takeda\'s advisers to discuss whether a '
      'further, more attractive, proposal may be forthcoming and to understand the basis on which such a proposal would be '
      'made,', 'full', SHIRE, note='"Shire said in its statement": written.'),
    q('The board and management of Shire remain committed to enhancing shareholder value and are focused on fully '
      'evaluating internal and external opportunities to maximise value for shareholders, including any further proposals '
      'from Takeda.', 'full', SHIRE, continues=True, note='Split by "Shire said in its statement." (dev5).'),
]

# --- 010 TNT Magazine, business (British Airways cabin crew strike; curly double) ---
SIMPSON = who('Derek Simpson', 'Simpson', 'Unite boss Derek Simpson', 'Derek')
WALSH = who('Willie Walsh', 'Walsh', 'Airline chief Willie Walsh')
ANNOTATIONS['010_tntmagazine-ba-strike-walsh-shocked.txt'] = [
    q('Fear of more sackings to come.', 'full', SIMPSON,
      note='"updated his Twitter, saying:": his tweet, written; his whole remark standing alone, verbless (dev5, dev13).'),
    q('I was shocked and angry. If it wasn’t for Derek’s actions and the mob, we may have made significant progress.',
      'full', WALSH, note='"Airline chief Willie Walsh said last night:".'),
    q('All flights at London Gatwick and London City will operate as normal. At Heathrow we expect to operate more than '
      '60% of long-haul services and more than 50% of short-haul flights and we will add to that schedule where we can.',
      'full', WALSH,
      note='"Walsh said:": a new quotation after narration. The link list, related posts and tags after it are left out.'),
]

# --- 011 UrduPoint (APP copy), sport (football, Manchester derby; straight double) ---
AMORIM = who('Ruben Amorim', 'Amorim')
ANNOTATIONS['011_urdupoint-app-amorim-deserved-derby.txt'] = [
    q('deserved', 'partial', AMORIM,
      note='"Ruben Amorim said Manchester United "..." to beat Manchester City": his "I think we deserved it" below.'),
    q('It was incredible,', 'full', AMORIM, note='"Amorim told the BBC."'),
    q('I think we deserved it. It was a very tough match but we believe until the end. We managed to score, we needed '
      'that win, it was important for us and for our fans.', 'full', AMORIM, continues=True, para=True,
      note='Split by "Amorim told the BBC."; left open at the paragraph end. ' + MULTI),
    q('We were in the game for 90 minutes and that is very good. We talk about the Arsenal game (a 2-0 defeat), we played '
      'well in the first half but they were not believing that we could win. Today was so much more different.', 'full',
      AMORIM, continues=True, para=True,
      note='The bracketed "(a 2-0 defeat)" is inside the quote as published. ' + MULTI),
    q('I also believe. Then we have Fergie time and we put the things together and something magic happened. It was a '
      'good day for us.', 'full', AMORIM, continues=True),
    q('They (the fans) need it,', 'full', AMORIM,
      note='"he said": a new quotation after narration; the bracketed insertion is inside the quote as published.'),
    q('Just like us, but you can see the way they celebrate is special.', 'full', AMORIM, continues=True, para=True,
      note='Split by "he said."; left open at the paragraph end. ' + MULTI),
    q('But we need to continue. Our club needs to win these kinds of matches, I understand the happiness of our fans but '
      'we need to continue.', 'full', AMORIM, continues=True, para=True, note=MULTI),
    q('With a victory for City, the performance was the same. We need to improve a lot of things but today the guys '
      'deserved the win. They were in it until the last minute and that is important for us.', 'full', AMORIM,
      continues=True),
    q('He can play different positions, he is very humble. We have to be very careful with Amad because sometimes in our '
      'club we put young players in a special place. Lets stay calm with Amad.', 'full', AMORIM,
      note='"Speaking about match-winner Diallo, he said:" and then a paragraph wholly in quotes: a new quotation. "Lets" '
           'as published.'),
]

# --- 012 Tulsa World, sport (golf, Senior PGA Championship third round; curly double) ---
STRICKER = who('Steve Stricker', 'Stricker')
CEJKA = who('Alex Čejka', 'Čejka')
ANNOTATIONS['012_tulsaworld-stricker-senior-pga-lead.txt'] = [
    q('That is stealing one there (on 16), for sure,', 'full', STRICKER,
      note='"Stricker said." The bracketed "(on 16)" is inside the quote as published.'),
    q('I was just trying to get it close. You’re not thinking that you’re going to make it or anything, but just trying '
      'to get a 4 and move on. It happened to go in.', 'full', STRICKER, continues=True,
      note='Split by "Stricker said." (dev5).'),
    q('Couple bogeys I made, just kind of some wrong clubs,', 'full', STRICKER,
      note='"he said": he = Stricker; a new quotation after narration.'),
    q('I hit a 4-iron at the sixth hole and kind of just flagged it, penetrated right through the wind, went over the '
      'back, didn’t get that up-and-down. And another one, too, I hit it in the middle of the green and three-putted.',
      'full', STRICKER, continues=True, para=True, note='Split by "he said."; left open at the paragraph end. ' + MULTI),
    q('But it’s a tough place and it gets your attention on a lot of shots. It’s a great test and I feel good about what '
      'I did today.', 'full', STRICKER, continues=True),
    q('I kind of had the same mindset like yesterday — I didn’t want to lose too much ground,', 'full', CEJKA,
      note='"he said": he = Čejka, the subject of the paragraph before.'),
    q('I saw the boys behind me being already like 8-under and 6-under and I’m dropping a couple shots and I’m 1-under.',
      'full', CEJKA, continues=True, para=True,
      note='Split by "he said."; the last whole paragraph of the stored copy, the quote going on in the unfinished next '
           'paragraph, left out (dev7). ' + MULTI),
]

# --- 013 City Air News (IANS copy), sport (cricket, Hussain on England's 4-1 loss in India; straight single headline, straight double) ---
HUSSAIN = who('Nasser Hussain', 'Hussain', 'former captain Nasser Hussain')
ANNOTATIONS['013_cityairnews-ians-hussain-batting-collapses.txt'] = [
    q('England’s batting collapses will be the main issue from this tour', 'full', HUSSAIN,
      note='Headline in straight single marks, "\'...\', says Hussain after ...": his "The batting collapses will be the '
           'main issue from this tour" in the body, a whole clause (dev7, dev13). The headline repeated after the '
           'standfirst and the "Source: IANS" line are left out.'),
    q('The batting collapses will be the main issue from this tour. There have been so many occasions where they have got '
      'off to decent starts and the middle order has then collapsed. It can happen in India but the pitches in this series '
      'have been brilliant so England can have no complaints about that.', 'full', HUSSAIN, para=True,
      note='Opened with no attribution; "said Hussain on Sky Sports" closes the next paragraph (dev9: the open paragraph '
           'decides). ' + MULTI),
    q('Plus, they won three tosses out of five. They will look at those collapses and say, \'what could we have done '
      'differently in those positions to make sure it doesn\'t happen again?\' because it did happen again,', 'full',
      HUSSAIN, continues=True,
      note='"said Hussain on Sky Sports". The inner straight single \'what could we have done ... again?\' is words he '
           'imagines England saying: no record of its own (dev10).'),
    q('There is too much said and written about Bazball. We get lost in that term and the team do not like it. It is '
      'about individual performances in those conditions.', 'full', HUSSAIN, para=True,
      note='After "He also urged England ...": he = Hussain; a new quotation after paraphrase. The last whole paragraph '
           'of the stored copy; the quote goes on in the unfinished next paragraph, left out (dev7). ' + MULTI),
]

# --- 014 Daily Mail (CNN/Daily Mail story file), sport (rugby league, Greg Bird fined after his wedding; straight single) ---
BIRD = who('Greg Bird', 'Bird', 'Rugby league star Greg Bird', 'The Gold Coast Titans player')
CLUB = who('club spokesman', 'a club spokesman', 'Gold Coast Titans', 'The Titans')
ANNOTATIONS['014_dailymail-greg-bird-police-car-notice.txt'] = [
    q('I know it was a stupid thing to do .. I didn\'t intend to disrespect anybody', 'full', BIRD,
      note='"He has apologised for his actions saying \'...\'.": two whole sentences of his ending the reporter\'s '
           'sentence, the full stop outside (dev13); ".." as stored.'),
    q('I definitely didn\'t do it on the car. I\'d like to apologise to the club and its fans, anyone I may have offended, '
      'especially my to my wife Beccy. This has put a dampener on our wedding weekend and I\'m incredibly embarrassed and '
      'disappointed with myself.', 'full', BIRD,
      note='A paragraph wholly in quotes after narration (three photo captions between, left out), no attribution of '
           'its own: Bird\'s apology, a new quotation (dev9). "especially my to my wife" as stored.'),
    q('it on the car', 'partial', BIRD, note='"insists he didn\'t do \'...\'": his words in the paragraph before.'),
    q('They said they had received a statement from somebody and I received a ticket from the police and will be paying '
      'it in the coming days,', 'full', BIRD, note='"Bird said."'),
    q('This is very embarrassing from the club\'s perspective, it\'s unacceptable. We\'ll continue to talk to the NRL and '
      'hold a club disciplinary meeting this week,', 'full', CLUB,
      note='"a club spokesman said": unnamed (dev7); the club as alias (dev13).'),
]

# --- 015 News Letter (Belfast), health (hospital waiting lists in Northern Ireland; curly double) ---
WATTS = who('Valerie Watts', 'Watts', 'Ms Watts', 'chief executive of the Health and Social Care Board',
            'a top health official')
ANNOTATIONS['015_newsletter-watts-waiting-lists-worse.txt'] = [
    q('likely to get worse,', 'partial', WATTS,
      note='"are “...,” according to a top health official": Valerie Watts, named in the next paragraph; the comma '
           'inside.'),
    q('regrettable', 'partial', WATTS, note='"has described a sharp rise ... as “...”"; her "It is both regrettable" below.'),
    q('unprecedented', 'partial', WATTS, note='"said there has been an “...” demand for services".'),
    q('It is both regrettable and it was also disturbing for me to hear about those [waiting times], I am not proud to '
      'hear some of these stories, as CEO presiding over the Health and Social Care Board, to hear about these waiting '
      'times,', 'full', WATTS, note='"she told the BBC"; the editorial bracket is kept as published.'),
    q('I will constantly make the case that we need more money for health and social care, to be able to provide the best '
      'standard, and the safest standard, of care,', 'full', WATTS, note='"she said on Thursday".'),
    q('I can assure you that there are very, very robust business cases and plans...and passionate pleas put to both '
      'those in the department and at Stormont about the need for extra money to be ploughed into, and invested in, '
      'health and social care.', 'full', WATTS,
      note='"Ms Watts replied:"; "plans...and" as published. The next, unfinished paragraph of the stored copy is left '
           'out.'),
]

# --- 016 Mental Floss, science (Science retracts the microbeads paper; curly double) ---
CEPN = who('Central Ethical Review Board of Sweden', 'CEPN', 'independent review board', 'an independent review board')
STUDY = who('original study', 'The original study')
BORG = who('Bertil Borg', 'Borg', 'ichthyologist Bertil Borg')
ANNOTATIONS['016_mentalfloss-science-retracts-microbeads-paper.txt'] = [
    q('guilty of scientific dishonesty.', 'partial', CEPN,
      note='"an independent review board found its authors “...”": the board\'s written finding; the board is the '
           'Central Ethical Review Board of Sweden (CEPN) named further down (dev13). The full stop inside the marks.'),
    q('smaller, slower, and more stupid,', 'partial', STUDY,
      note='"The original study ... reported that ... made baby fish “...”": the study\'s words (its authors, Oona '
           'Lönnstedt and Peter Eklöv, are named below); the text makes the study the source (dev9, dev13).'),
    q('The suspicions of deceit cannot be denied,', 'full', BORG,
      note='"he wrote to the board": he = Borg; written. The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 017 Eastern Daily Press, courts (judge criticises police delays, Norwich Crown Court; curly single headline, straight single, straight double) ---
MOORE = who('Katharine Moore', 'Judge Katharine Moore', 'Judge Moore', 'Moore', 'a judge')
ANNOTATIONS['017_edp24-judge-moore-gross-delays.txt'] = [
    q('gross delays', 'partial', MOORE,
      note='Headline "as judge slams ‘...’": her "the gross delay" in her quote below (dev7: the words differ a little). '
           'Two photo captions that repeat it in straight double marks are left out.'),
    q('utter disgrace', 'partial', MOORE,
      note='"as a judge called delays in police investigations an \'...\'": Judge Katharine Moore, named below; a photo '
           'caption that gives it in straight double marks ("Judge Moore called a 15 month delay ... an "utter '
           'disgrace"") is left out.'),
    q('turned his life around', 'partial', None,
      note='"after hearing he had "..." in that time": what the judge heard in court; the copy names no one as saying it '
           '(his advocate, presumably) (dev10, dev13).'),
    q('At first I thought it would be inevitable you go to prison, but because of the gross delay in coming to court I am '
      'minded to suspend the sentence here,', 'full', MOORE, note='"Judge Moore told Smith."'),
]

# --- 018 Daily Mail (CNN/Daily Mail story file), local/human interest (Seattle octopus hunt; straight and curly single) ---
ANDERSON = who('Phil Anderson', 'Anderson', 'Washington Department of Fish and Wildlife Director Phil Anderson')
BOB = who('Bob Bailey', 'Bailey', 'Mr Bailey', 'a dive instructor')
MAYER = who('Dylan Mayer', 'Mayer', 'Mr Mayer', 'Myers', 'The wannabe rescue diver', 'the 19-year-old')
COLLINS = who('Drew Collins', 'Collins', 'avid diver Drew Collins')
WILLETTE = who('Wendy Willette', 'Willette', 'The game warden who inspected the catch')
ANNOTATIONS['018_dailymail-octopus-hunt-seacrest-ban.txt'] = [
    q('The harvesting of this animal has resulted in a strong, negative reaction from the public and the dive community,',
      'full', ANDERSON, note='"... Director Phil Anderson said in a release": written.'),
    q('We believe this area may merit additional restrictions to enhance the traditional uses of this popular beach.',
      'full', ANDERSON, continues=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
    q('As they were coming in you could tell the octopus was alive. It was writhing around and they were wrestling with '
      'it,', 'full', BOB, note='"said Bob Bailey, a dive instructor who witnessed ...".'),
    q('It\'s just not done. It\'s bad form. Even if you can do it, you shouldn\'t do it,', 'full', BOB,
      note='"he said": a new paragraph with its own attribution, a new quotation (dev5). Opened with a straight single '
           'mark and closed with a curly one, as stored.'),
    q('I don\'t have an issue with hunting,', 'full', BOB, note='"Mr Bailey told the Seattle Times."; curly single marks.'),
    q('People dive for all sorts of reasons. I don\'t have a problem with it. It is not whether you hunt, it is where you '
      'hunt, and there are appropriate and inappropriate places to do that.', 'full', BOB, continues=True,
      note='Split by "Mr Bailey told the Seattle Times." (dev5).'),
    q('People come from all over the world to dive here and see the octopus that live here.', 'full', BOB,
      note='"But he added:": a new quotation.'),
    q('I didn’t know they were so beloved, or I wouldn’t have done it,', 'full', MAYER,
      note='"he said according to a WDFW release ...": he = Mr Mayer, of the paragraph before.'),
    q('I eat it for meat. It\'s no different than fishing. It\'s just a different animal,', 'full', MAYER,
      note='"said Mayer at the time to Komo News."'),
    q('He wanted me to get something from nature, so I got an octopus. I caught it, and then these divers came up and '
      'started yelling at me. I ignored them and ended up driving away.', 'full', MAYER,
      note='"Catching the octopus for a friend\' s class assignment, ..., he said:": he = Mayer; a new quotation. '
           '"friend\' s" as stored.'),
    q('They’re incredibly intelligent, curious, very playful,', 'full', COLLINS, note='"said avid diver Drew Collins."'),
    q('That\'s not true. There were no eggs under it, and we checked,', 'full', MAYER, note='"said Mayer."'),
    q('I even had a game warden come over and look at it, and even they said there was no problem with it.', 'full',
      MAYER, continues=True, note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
    q('I probably would have gone at a different time. I probably would have gone to another area of Cove Two,', 'full',
      MAYER, note='"he said": he = Mayer.'),
    q('The bottom line is another octopus will move up into that area and take its place.', 'full', MAYER,
      continues=True,
      note='Opened afresh after the paragraph before closed (a photo caption between, left out); no attribution of its '
           'own (dev5).'),
    q('I think the timing, manner and place where the harvest occurred may be the issue. It could have been done at a '
      'better time,', 'full', WILLETTE, note='"said Wendy Willette": the game warden of the paragraph before.'),
    q('It\'s like deer hunting. You don\'t kill a deer while kids are viewing it, and I think it\'s a similar problem '
      'here. You need to be sensitive to other drivers and people if you\'re going to be a sportsman.', 'full', WILLETTE,
      continues=True, note='Opened afresh after the paragraph before closed; no attribution of its own (dev5).'),
]

# --- 019 Franchise Herald, culture (The Cure's tour and new album; straight double) ---
SMITH = who('Robert Smith', 'Smith', 'The Cure\'s frontman')
ANNOTATIONS['019_franchiseherald-cure-new-album-tour.txt'] = [
    q('Hollywood Bowl in Los Angeles, Chicago\'s UIC Pavilion, and Madison Square Garden in NYC,', 'partial',
      who('Consequence of Sound'),
      note='"According to Consequence of Sound, the English rock band has confirmed to go on a tour which include shows '
           'in "..."": the outlet\'s words, perhaps giving the band\'s announcement; attribution follows the text '
           '(dev13). The double space before the opening mark is as published.'),
    q('A lot of stuff happened, unfortunately, with the last line-up of the band,', 'full', SMITH,
      note='"Robert Smith explained."'),
    q('People forget sometimes that even when you get older, when you play music with people, there\'s a very intense '
      'relationship there and when that breaks down then it\'s very difficult to just pretend it doesn\'t matter.', 'full',
      SMITH, continues=True, note='Split by "Robert Smith explained." (dev5).'),
    q('There\'s new stuff that we\'re doing with this line-up and stuff we finished with the old line up,', 'full', SMITH,
      note='"Smith revealed": to NME (the paragraph before).'),
    term('4:14 Scream,', note='"it will be called "..."": an album title (dev9), the comma inside the marks.'),
    term('4:13 Dream,',
         note='"their last record, "...,"": an album title (dev9). The next, unfinished paragraph of the stored copy is '
              'left out.'),
]
