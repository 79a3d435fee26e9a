"""Hand annotations for test/dev5 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev5 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions used here (the guideline leaves them open; the first three are dev4's):
- A whole clause (subject and verb, normally 4+ words) quoted entire, with its own closing punctuation
  inside the marks, is `full` even after "said that" / "noted that"; a fragment that the reporter's
  sentence completes (a predicate, a noun phrase, a word) is `partial`.
- `continues` joins the segments of one quotation: paragraphs of a multi-paragraph quote (also when each
  paragraph is opened afresh after the previous one closed), and a quote split by "he said". A new quote
  after a sentence of the reporter's paraphrase ("She added that ...:") starts a new quotation
  (continues=False).
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
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '008_watoday-fuller-blm-court-claim.txt': ["protestors'"],
}

ANNOTATIONS = {}

# --- 001 98FM (Dublin), courts (straight double marks) ---
MCCARRICK = who('Tom McCarrick', 'McCarrick', 'Detective Garda McCarrick', 'Detective Garda Tom McCarrick')
ANNOTATIONS['001_98fm-dublin-heroin-remand.txt'] = [
    q('a transnational criminal organisation', 'partial', MCCARRICK,
      note='"allegedly linked to "..."" in the lead, no one named: the allegation is the garda evidence given in '
           'court, which Detective Garda McCarrick gave (objecting to bail he spoke of "a transnational organised '
           'crime group ..."). Could be read as null (no speaker named in the sentence).'),
    q('made no reply', 'partial',
      who("Tom McCarrick and Rioghnach O'Sullivan", "GNDOCB detectives Tom McCarrick and Rioghnach O'Sullivan",
          'GNDOCB detectives', 'McCarrick', "O'Sullivan"),
      note='"GNDOCB detectives Tom McCarrick and Rioghnach O\'Sullivan said the pair "made no reply"": two speakers.'),
    q('a transnational organised crime group involved in drug trafficking', 'partial', MCCARRICK,
      note='"Detective Garda McCarrick said that ... officers received confidential information about "..."": his '
           'words in evidence.'),
]

# --- 002 The Irish Times, courts (Ireland; curly single headline, straight and curly double) ---
ANNOTATIONS['002_irishtimes-loaded-gun-train-feud.txt'] = [
    q('linked to criminal feud', 'partial', who('gardaí', 'Gardaí'),
      note='Headline "two ‘linked to criminal feud’ arrested": the body has "gardaí say they believe [they] ... are '
           'involved in an ongoing criminal feud".'),
    q('safety concerns', 'partial',
      who('Miska Hanahoe and Eoin Lysaght', 'defence solicitors Miska Hanahoe and Eoin Lysaght', 'defence solicitors',
          'Hanahoe', 'Lysaght'),
      note='"an application ... by defence solicitors Miska Hanahoe and Eoin Lysaght, to impose reporting '
           'restrictions out of "safety concerns"": the ground of their application.'),
    q('This gun was there for some reason and maybe some life, maybe or maybe not, was saved by the actions of gardaí '
      'on this occasion,', 'full', who('Gerard Jones', 'Judge Gerard Jones', 'Jones', 'the judge', 'A judge'),
      note='"he said": he = the judge (Judge Gerard Jones) of the paragraph before.'),
]

# --- 003 Law Gazette, courts (UK; curly single marks) ---
POOLE = who('Mr Justice Poole', 'Poole', 'Justice Poole', 'The judge', 'the judge')
ANNOTATIONS['003_lawgazette-father-jailed-judge-threats.txt'] = [
    q('simple', 'partial', POOLE, note='"He said the evidence against Hesketh was ‘simple’": he = Mr Justice Poole.'),
    q('the words used speak for themselves', 'partial', POOLE,
      note='"as ‘the words used speak for themselves’": a clause, but completed by the reporter\'s sentence '
           '(no closing punctuation of its own); could be read as full.'),
    q('particular disadvantage', 'partial', POOLE),
    q('In contrast, there would be prejudice to the witnesses from a further adjournment. I am particularly conscious '
      'of the impact on other cases of DJ Gray having to repeatedly come to court ready to give evidence and therefore '
      'not being available for other court business which requires his judicial attention.', 'full', POOLE,
      note='A paragraph wholly in quotes with no attribution of its own: it follows the paragraph reporting Poole\'s '
           'reasons (a photo caption between them is left out).'),
    q('satisfied beyond reasonable doubt that the allegations were proved', 'partial', POOLE,
      note='"The judge was ‘...’": the judge = Poole, who decided the contempt (not District Judge Gray).'),
    q('constitute contempt in the face of the court', 'partial', POOLE),
    q('frustration that whilst attempts to locate Mr Hesketh for the purposes of service in these civil proceedings '
      'have been in vain, his attendance has been secured both for police interview…and at court', 'partial', POOLE,
      note='"The judge acknowledged the ‘...’": a noun phrase completed by the sentence; ellipsis as published.'),
    q('There might be lessons to be learned about collaboration and co-ordination between the two branches of the '
      'justice system.', 'full', POOLE, note='"He added:": he = the judge.'),
]

# --- 004 Echo (Southend), courts (curly double marks) ---
COHEN = who('Samantha Cohen', 'Judge Samantha Cohen', 'Judge Cohen', 'Cohen')
HURST = who('Andrew Hurst', 'Judge Andrew Hurst', 'Judge Hurst', 'Hurst')
ANNOTATIONS['004_echonews-south-essex-judges-remarks.txt'] = [
    q('You became so enraged that all reason left you and you persisted in violence.', 'full', COHEN, para=True,
      note='Colon intro "Judge Cohen said:". ' + MULTI),
    q('Your parting words were that she got what she deserved.', 'full', COHEN, continues=True),
    q('be quiet', 'partial', COHEN, note='"Judge Cohen told him to “be quiet”": an imperative woven into the sentence.'),
    q('lazy', 'partial', HURST),
    q('overwhelming evidence', 'partial', HURST, note='"stating there was “...”": he = Judge Andrew Hurst.'),
    q('naive', 'partial', HURST, note='"He said that Smith ... had been “naive”": he = Judge Hurst.'),
    q('exploited', 'partial', HURST),
    q('inexplicably', 'partial', HURST),
]

# --- 005 Liverpool Echo, courts (curly double marks) ---
MORROW = who('Judge Morrow', 'Morrow')
ANNOTATIONS['005_liverpoolecho-hooton-dire-picture.txt'] = [
    q('The programme (Panorama) painted a very dire picture of gang-related violence in this city, where firearms play '
      'an ever increasing role in settling disputes between rival gangs.', 'full', MORROW, para=True,
      note='"JAILING Hooton, Judge Morrow told him:". The stored page holds only this passage. Parentheses as '
           'published. ' + MULTI),
    q('Nobody who lives in Liverpool can be immune to the terrible consequences of gun crime, in particular, when it is '
      'associated with young people settling the differences of rival gangs with the use of firearms.', 'full',
      MORROW, continues=True, para=True, note=MULTI),
    q('Rhys Jones’s name was mentioned during the Panorama programme.', 'full', MORROW, continues=True, para=True,
      note=MULTI),
    q('His terrible death brought into focus an appalling problem which exists not just on the streets of Liverpool but '
      'in other cities across the country.', 'full', MORROW, continues=True),
]

# --- 006 Liverpool courts round-up (cloudfront mirror), courts (straight subheadings, curly and straight in text) ---
NOLAN = who('Jack Nolan', 'Nolan', 'A man involved in a knife brawl')
WHITNEY = who('Paul Whitney', 'Whitney', 'A notorious crime family leader')
ANNOTATIONS['006_liverpool-courts-strangest-outbursts.txt'] = [
    q('Nice one mate', 'full', NOLAN,
      note='Subheading wholly in straight quotes repeating Nolan\'s whole remark, named only in the paragraph below. '
           'Not a clause: could be read as partial.'),
    q('nice one mate', 'partial', NOLAN,
      note='"simply responded “nice one mate” to a judge": woven into the sentence; the speaker ("A man involved in a '
           'knife brawl") is named in the next sentence.'),
    q('nice one mate', 'partial', NOLAN, nth=1, note='"Nolan replied "nice one mate" as he was led down".'),
    q("It's a f***ing joke that", 'full', WHITNEY,
      note='Subheading wholly in straight quotes; the speaker is named in the paragraph below. Asterisks as published.'),
    q('it’s a f***ing joke that', 'full', WHITNEY,
      note='"told a judge “...” after being sentenced": his whole remark and a whole clause, so full though woven '
           'into the sentence (could be read as partial). The speaker is "A notorious crime family leader", named '
           'Paul Whitney in the next sentence.'),
]

# --- 007 news.com.au copy (daily8), courts (Australia; straight single marks) ---
ANNOTATIONS['007_newscomau-de-belin-officer-a-perjury.txt'] = [
    q('serious example of perjury', 'partial',
      who('Ciro Triscari', 'Triscari', 'Crown prosecutor Ciro Triscari')),
    q('obviously serious criminal proceedings where the liberty of individuals was at stake', 'partial',
      who('Ciro Triscari', 'Triscari', 'Crown prosecutor Ciro Triscari')),
    q('Dragons business', 'partial', who('Officer A', 'The ex-cop', 'the ex-cop'),
      note='"he told a judge he believed they related to \'Dragons business\'": he = Officer A; his words under oath.'),
]

# --- 008 WAtoday, courts (Australia; straight double marks) ---
FULLER = who('Mick Fuller', 'Fuller', 'Mr Fuller', 'NSW Police Commissioner Mick Fuller')
ANNOTATIONS['008_watoday-fuller-blm-court-claim.txt'] = [
    q("I can't breathe", 'full', who('David Dungay', 'Dungay', 'a Dunghutti man'),
      note='"died in custody ... while exclaiming "I can\'t breathe"": his whole cry, a clause.'),
    q('publicly stated in the most adamant terms that he was going to bring this matter to the Supreme Court',
      'partial', who('Felicity Graham', 'Graham', 'Ms Graham', "the protestors' barrister Felicity Graham"),
      note='"Felicity Graham said ... because he "..."".'),
    q("spoken to the Assistant Commissioner in charge in the city, Mick Willing, and he's been instructed to take the "
      "matter to the Supreme Court ... like we have with previous matters", 'partial', FULLER,
      note='"Ms Graham read out part of an interview ... when Mr Fuller told 2GB he had "..."": Fuller\'s words as '
           'read out by Graham; ellipsis as published.'),
]

# --- 009 HuffPost Canada (CP copy), courts (straight double marks, doubled straight singles as closers) ---
SEMENUK = who('Terry Semenuk', 'Justice Terry Semenuk', 'Semenuk')
BOURDEAUX = who('Stacey Joy Bourdeaux', 'Bourdeaux', 'The 34-year-old', 'A Calgary mother')
ANNOTATIONS['009_huffpostca-bourdeaux-sentenced-calgary.txt'] = [
    q("I view the accused's act as being impulsive and not involving a high degree of deliberation,", 'full', SEMENUK,
      note='"Semenuk wrote in a 35-page decision": written words.'),
    q("After her arrest the accused made a full confession to the police as to her involvement in the offences. As "
      "well, I accept the accused's sincere expression of remorse in the oral statement she made in open court.",
      'full', SEMENUK, continues=True),
    q('Dear Ted. Now that you are gone I can confess about Sean,', 'full', BOURDEAUX,
      note='Opened with " and closed with two straight apostrophes \'\' (one closing mark). "Bourdeaux wrote": diary.'),
    q("The night that he left us, it wasn't actually while he was sleeping.", 'full', BOURDEAUX, continues=True),
    q("I did what I didn't want to do. The crying wouldn't stop, so I ended up putting a pillow over his face and made "
      "sure that it was stopping his breathing. I know it's something that I shouldn't have done, but I did.", 'full',
      BOURDEAUX, continues=True,
      note='Next paragraph of the diary quote, opened afresh, closed with \'\'; the stored copy ends here.'),
]

# --- 010 MailOnline, entertainment (straight single marks) ---
KATE = who('Kate Wright', 'Kate', 'the 26-year-old')
ANNOTATIONS['010_dailymail-kate-wright-mothers-day-post.txt'] = [
    q('full of emotion', 'partial', KATE, note='"the 26-year-old admitted she was \'...\'": = Kate Wright.'),
    q('hold their mothers close', 'partial', KATE),
    q('Happy Mother’s Day to my lovely mum, I love you so much,', 'full', KATE,
      note='"she began": her Instagram post; quote first, straight single marks.'),
    q('Although I am lucky to have my mum here with me today I can’t help but feel so overwhelmed and full of emotions '
      'that both Rio and the children don’t have their mums with them today.', 'full', KATE,
      note='"She said:" after a paraphrase, so a new quotation.'),
    q('We are living in a house full of grief trying to get through and days like today just feel so tough. Celebrate '
      'your mother’s and keep them close.', 'full', KATE,
      note='"Seemingly confirming ..., she added:": a new quotation after the reporter\'s comment.'),
    q('amazing job', 'partial', KATE),
    q('& happy Mother’s Day to all the step mums out there it’s a hard role that I don’t think anyone often gets the '
      'credit they deserve for it,', 'full', KATE),
    q('If you aren’t being celebrated make sure u know u r doing an amazing job', 'full', KATE, continues=True,
      note='Split from the previous segment by "she added"; "(sic)" after the closing mark is the paper\'s.'),
]

# --- 011 Business Standard (PTI copy), crime (India; straight double marks) ---
PRABHAKAR = who('Prabhakar', 'Deputy Commissioner of Police (East)', 'Prabhakar, Deputy Commissioner of Police (East)')
ANNOTATIONS['011_businessstandard-pti-delhi-accused-arrested.txt'] = [
    q('We have got the transit remand of Kumar. He is being brought to Delhi. We will have to interrogate him to '
      'ascertain the facts,', 'full', PRABHAKAR, note='Wire style "Prabhakar said" after the quote; one name only.'),
    q('He told us that he left the house thinking that the girl was dead...The girl was inside the house for 40 hours,',
      'full', PRABHAKAR,
      note='A second quote with its own "Prabhakar said", after paraphrase, so a new quotation. The police officer '
           'reports what the accused told them; the speaker of the quoted words is Prabhakar.'),
]

# --- 012 RNZ, crime (New Zealand; straight double marks) ---
BALDWIN = who('Glenn Baldwin', 'Baldwin', 'Detective Inspector Glenn Baldwin')
ANNOTATIONS['012_rnz-ten-homicide-inquiries.txt'] = [
    q("None of these incidents appear to be linked, they're all separate,", 'full', BALDWIN),
    q('It is a tragedy, the timing is incredibly unfortunate, but we are investigating all of those matters with '
      'diligence. Those other three matters, the offenders have been arrested and those matters are now before the '
      'courts.', 'full', BALDWIN, continues=True, para=True,
      note='Next paragraph of the same remarks, opened afresh after the previous paragraph closed. ' + MULTI),
    q('This matter has our absolute focus at this time. We will work hard over the next few days to understand the '
      'circumstances, we are following positive lines of inquiry and ... we are focussed on holding this offender to '
      'account.', 'full', BALDWIN, continues=True,
      note='The stored copy goes on to a list of cases (left out).'),
]

# --- 013 Newstalk ZB (NZ Herald copy), crime (New Zealand; curly double marks) ---
BEARD = who('Scott Beard', 'Beard', 'Detective Inspector Scott Beard')
ANNOTATIONS['013_newstalkzb-mt-wellington-murder-charge.txt'] = [
    q('This is a suburban neighbourhood. How can this happen in broad daylight? How can this happen?', 'full', BEARD,
      note='"He visited the scene ..., telling the Herald he considered the quiet residential street thinking: “...”": '
           'he = Detective Inspector Scott Beard; what he thought, as he told the paper.'),
    q('Police have been speaking with people as part of early inquiries, including residents around the two scenes we '
      'have cordoned off.', 'full', BEARD,
      note='A paragraph wholly in quotes with no attribution of its own, after "Beard said police inquiries ...".'),
]

# --- 014 Sunday World (South Africa), crime/unrest (curly double marks) ---
NATJOINTS = who('National Joint Operational and Intelligence Structure', 'NatJOINTS', 'the NatJOINTS', 'The structure',
                'the structure', 'JOINTS')
ANNOTATIONS['014_sundayworld-natjoints-incitement-arrests.txt'] = [
    q('A third suspect, a 21-year old woman, was arrested in Duduza in the Ekurhuleni District on Saturday 17 July 2021 '
      'on similar allegations. She is expected to appear before the Nigel Magistrate’s Court on Tuesday,', 'full',
      NATJOINTS, note='"said the NatJOINTS": a statement; the body that issued it is the speaker.'),
    q('These messages instil fear in our communities and undermine the authority of the State,', 'full', NATJOINTS),
    q('The JOINTS has subsequently mobilised maximum resources to address these threats and heighten visibility. '
      'Measures have also been put in place to ensure stability, and the protection and safety of those who are not '
      'involved in the unrest and wish to go on with their daily routine,', 'full', NATJOINTS,
      note='"the structure said": the structure = NatJOINTS.'),
]

# --- 015 The Irish Times (Reuters copy), business (straight double marks) ---
ROSE = who('Stuart Rose', 'Rose', 'Chairman Stuart Rose')
ANNOTATIONS['015_irishtimes-marks-spencer-profit-warning.txt'] = [
    q('significantly weaker performance', 'partial',
      who('Marks and Spencer', 'M&S', 'Marks & Spencer', 'The clothing, food and homewares group'),
      note='"It added that ... following a "..."": it = the company, in its trading update.'),
    q('effectively an earnings downgrade', 'partial', ROSE),
    q("I can't believe this is a Marks & Spencer (M&S) exclusive problem, I think this is definitely a retail slowdown "
      "and we don't know where it's going,", 'full', ROSE, note='"he told reporters": he = Stuart Rose.'),
    q('This is certainly going to go right through into 2009. There is absolutely no sign of relief,', 'full', ROSE,
      note='A new paragraph with its own "he added", so not marked as continuing.'),
    q('longer and harder fought', 'partial', ROSE),
]

# --- 016 The Guardian (via inkl), business (curly double marks) ---
ANNOTATIONS['016_guardian-inkl-n-brown-profit-warning.txt'] = [
    q('While we are disappointed by the slower than anticipated progress from a profit perspective, this is because we '
      'are taking the right decisions now, in some areas earlier than anticipated by our previous profit guidance.',
      'full', who('Angela Spindler', 'Spindler', 'N Brown’s chief executive')),
    term('buy', note='"put their “buy” recommendation ... under review": the name of a broker rating.'),
    q('While management adopts a positive tone regarding the direction of the business and its potential, lower sales '
      'and margins impact full-year 2016 forecasts too. This additional hit to forecasts is disappointing.', 'full',
      who('Analysts at broker N+1 Singer', 'N+1 Singer', 'Analysts'),
      note='"Analysts at broker N+1 Singer ... saying: “...”": a group as speaker.'),
]

# --- 017 Hexham Courant (LDRS copy), politics (UK; curly double marks) ---
REEVES = who('Rachel Reeves', 'Reeves', 'shadow chancellor Rachel Reeves', "LABOUR'S shadow chancellor",
             'shadow chancellor')
ANNOTATIONS['017_hexhamcourant-reeves-sunak-liar.txt'] = [
    q('independent Treasury officials', 'partial', who('Rishi Sunak', 'Sunak', 'The Prime Minister', 'the PM'),
      note='"The Prime Minister alleged ... and said the costings had come from “...”".'),
    q('explain why he thinks he can get away with lying', 'partial', REEVES,
      note='The opening paragraph names her only as "LABOUR\'S shadow chancellor"; named in paragraph 4.'),
    q('Rishi Sunak lied in those debates last night. He lied on 12 occasions.', 'full', REEVES, para=True,
      note='Colon intro "She said:". ' + MULTI),
    q('I have been really clear – working people are already paying too much in tax and that is why I have made the '
      'commitment that, for the duration of the Parliament, Labour will not increase National Insurance, income tax, '
      'or VAT.', 'full', REEVES, continues=True, para=True, note=MULTI),
    q('The Prime Minister’s claims are lies and he has been found out. Today the most senior civil servant at the '
      'treasury has been really clear that these numbers were not signed off, produced, or published by Treasury '
      'officials.', 'full', REEVES, continues=True, para=True, note=MULTI),
    q('The Prime Minister now needs to explain why he thinks he can get away with lying and, indeed, why the tax burden '
      'has reached its highest levels in 70 years while he has been Prime Minister.', 'full', REEVES, continues=True),
]

# --- 018 Ipswich Star, local (straight single headline marks, straight double in the text) ---
HARRIET = who('Harriet Backhouse', 'Harriet', 'His partner of five years, Harriet Backhouse', 'his fiancée')
ANNOTATIONS['018_ipswichstar-backhouse-family-man-tributes.txt'] = [
    q('wonderful family man', 'partial', HARRIET,
      note="Headline in straight single marks. The words are not in the kept text: the tributes it holds are his "
           "partner Harriet's (\"He was a real family man\"), so she is the speaker the document gives; the stored "
           "page's next, unfinished paragraph (left out) has his boss Anita Toye begin \"Gavin was a wonderful\"."),
    q('kind and funny', 'partial', HARRIET,
      note='"Tributes have been paid to a \'kind and funny\' father-of-four": her words below ("He was so kind and '
           'funny").'),
    q('real family man', 'partial', HARRIET, note='Her words in the quote below.'),
    q('a really fantastic guy', 'partial', HARRIET),
    q('He was a real family man who loved his kids,', 'full', HARRIET),
    q('He even gave up his work so that I could carry on working and looked after the children while I was there.',
      'full', HARRIET, continues=True, para=True, note=MULTI),
    q('When I came home they would always be bathed and fed and they would be sat on the sofa reading a story.',
      'full', HARRIET, continues=True, para=True, note=MULTI),
    q('He was so kind and funny and he worked so hard. He was so intelligent he had a scholarship for school when he was '
      'younger.', 'full', HARRIET, continues=True, para=True, note=MULTI),
    q('It is just so sad he is gone. When the moon is out I take the kids to the back door and we say hello to daddy '
      'because they think he has gone to the moon.', 'full', HARRIET, continues=True),
]

# --- 019 newssew.com (Birmingham Live copy), health (curly single and double marks) ---
STUDY = who('new study', 'a new study', 'the study')
ANNOTATIONS['019_newssew-dairy-cancer-study.txt'] = [
    q('deadly', 'partial', STUDY,
      note='Headline "linked to three ‘deadly’ cancers": the body gives "‘three deadly cancers’, claims a new study". '
           'Could be read as a scare quote (term).'),
    q('raises', 'partial', STUDY, note='"A popular breakfast staple ‘raises’ the risk ..., claims a new study".'),
    q('three deadly cancers', 'partial', STUDY),
    q('This was the first large study to investigate the link between dairy products and cancer risk in a Chinese '
      'population.', 'full',
      who('Maria Kakkoura', 'Kakkoura',
          'Maria Kakkoura, Nutritional Epidemiologist at Oxford Population Health and first author of the study'),
      para=True, note='Colon intro. ' + MULTI),
    q('Further studies are needed to validate these current findings, establish whether these associations are causal, '
      'and investigate the potential underlying mechanisms involved.', 'full',
      who('Maria Kakkoura', 'Kakkoura',
          'Maria Kakkoura, Nutritional Epidemiologist at Oxford Population Health and first author of the study'),
      continues=True),
    q('Although the paper suggests a 12% increase in the relative risk of female breast cancer, this does not equate to '
      '12 more cases per 100 individuals.', 'full', who('Duane Mellor', 'Mellor', 'Duane Mellor of Aston University'),
      para=True, note='Colon intro. ' + MULTI),
    q('That would be more like 1 or 2 cases per thousand people. In my opinion, this study alone does not provide '
      'strong evidence that reducing dairy intake would reduce cancer risk.', 'full',
      who('Duane Mellor', 'Mellor', 'Duane Mellor of Aston University'), continues=True),
]

# --- 020 The Scottish Sun, local/social media (straight double marks) ---
LAUREN = who('Lauren', "Michael's fiancée Lauren", 'fiancée Lauren')
JUSTGIVING = who('JustGiving page', 'The JustGiving page')
DAZZO = who('DJ/MC Dazzo', 'Dazzo')
ANNOTATIONS['020_scottishsun-glasgow-dad-tributes.txt'] = [
    q('life and soul of the party', 'partial', JUSTGIVING,
      note='"described as the "..." ... in emotional social media posts": of the posts quoted below, the JustGiving '
           'page has these words ("remembered as the life and soul of the party"). Could be read as "family and pals".'),
    q('best daddy ever', 'partial', LAUREN, note='Her post below has "the best daddy ever".'),
    q('loving, crazy popular boy', 'partial', LAUREN),
    q('soul mate', 'partial', LAUREN),
    q('My heart is shattered into a million pieces you were my best friend the love of my life and the best daddy ever.',
      'full', LAUREN, para=True, note='"Posting online she wrote:": she = Lauren. ' + MULTI),
    q('I love you so so so much I know you will be looking down on me.', 'full', LAUREN, continues=True),
    q('Look at you my boy all this attention on you you will be up there laughing at us I hope you’re proud of us.',
      'full', who('another post', 'Another post'),
      note='"Another post, sharing a fundraiser ..., read:": the writer is not named; the post is the description '
           'the text gives.'),
    q('Another young life taken too soon.', 'full', JUSTGIVING, para=True,
      note='"The JustGiving page ... reads:" (a photo caption after this paragraph is left out). ' + MULTI),
    q('Michael will always be remembered as the life and soul of the party. A boy with such an addictive laugh and '
      'smile that will never leave our memories.', 'full', JUSTGIVING, continues=True, para=True, note=MULTI),
    q('He leaves behind a loving family including an amazing Mother and Father, a beautiful Son and Fiance, and the '
      'closest Sister.', 'full', JUSTGIVING, continues=True, para=True, note=MULTI),
    q('Lets raise as much money as we can to help make this horrible time for the family a bit easier, its the least '
      'they deserve.', 'full', JUSTGIVING, continues=True),
    q('Going to be organising a live stream in memory of Michael McManus.', 'full', DAZZO, para=True,
      note='"A post read:" after "A memorial live stream will also be hosted by DJ/MC Dazzo": the organiser\'s own '
           'post, so Dazzo; could be read as "A post" (writer not named). ' + MULTI),
    q('To raise funds to help with funeral costs and to raise awareness of suicide prevention. Any Djs and mcs that '
      'would like to get involved please drop me a pm.', 'full', DAZZO, continues=True),
]
