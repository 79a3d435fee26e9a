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
