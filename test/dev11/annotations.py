"""Hand annotations for test/dev11 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev11 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev10, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- A copy that runs two paragraphs of one quotation together on one line, dropping the first paragraph's closing mark
  and keeping the second's opening mark ("... pat ourselves on the back. “We won’t be getting the champagne on the
  couch. There are a few things to fix.”"), gets one record from the first opening mark to the closing mark; the
  stray opening mark lies inside the span. The text is not split, as a space, not a line break, stands there; noted.
- A subheading that repeats a whole sentence of the quote below it word for word (“We have to become stronger
  together” over “Delors’ spirit is what we need. We have to become stronger together,” said De Croo) is `full` with
  that speaker, as dev7's headline wholly in quotes; a subheading that is only a phrase of the quote stays `partial`
  (dev8).
- A subheading phrase whose quote lies past the cut of the stored copy (‘Well-oiled machine’, the quote it heads
  left out unfinished), so that the copy names no one as its source, is `partial` with speaker null (dev10's
  unnamed agent); noted.
- A quoted phrase in a sentence that reports, with no verb of saying, the finding of the person quoted in the
  paragraphs around it (the coroner: "Not treating the area as a full crime scene prevented a ‘proper forensic
  examination’ from being carried out.") is `partial` with that person; noted. A descriptive phrase with no speech act
  and no quoted person around it ("her clothing ‘burnt to a crisp’ when the emergency services found her") stays
  `term` (dev9).
- The translation of a name ("Xenoceratops foremostensis, which means “alien horned-face,”") is `term` (a name's
  wording, as dev10's definitions).
- A statement that the text makes a named person's ("RBA governor Michele Bullock said in a statement ...", then
  "..., the statement concludes") has that person as speaker, "the statement" an alias; noted.
- Phrases from a company's trading report set in the lead and the next paragraph ("The “huge success” of the new John
  Lewis shop ...", "“bodes very well” ..., the retailer reported") are `partial` with the company as speaker.
- A catchphrase in single marks inside an analyst's quote that the text gives no one as its author ('control the
  controllables') gets no record of its own (dev7's labels inside a quote); noted on the outer record. A nickname
  inside a bracketed insertion in a quote ([Saul ‘Canelo’] Alvarez) gets none either.
- Doubled single marks used as quotation marks (‘‘world leader’’, AAP copy in the Sydney Morning Herald) are one
  mark each side; the builder takes both halves as the span's marks (as its ''tweaked'').
- A quoted name used by the quoted person's reported speech ("Shepherd says the creature’s remains come from the
  “dinosaur rush”") is `partial` with that person, as dev10's "Party Pete"; noted.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '003_spamchronicles-belgium-presidency-commission-visit.txt': ["Belgians'"],
    '007_pentictonherald-cp-saputo-profit.txt': ["Saputo Inc.'"],
    '019_dailymail-hedgehog-hospital-lawnmower.txt': ["Ms Roberts'"],
}

ANNOTATIONS = {}

# --- 001 Brighton and Hove News, UK politics (local council Brexit debate boycott; curly double) ---
TORIES = who('Conservative councillors', 'the Tories', 'Tories', 'The party', 'The Conservative group',
             'Conservative group')
BELL = who('Steve Bell', 'Bell', 'Conservative leader Steve Bell', 'Councillor Bell')
ANNOTATIONS['001_brightonandhovenews-tories-brexit-debate-boycott.txt'] = [
    term('extraordinary council meeting',
         note='"boycotting an “...” about Brexit preparations": the kind of meeting, set in quotes as a name; no one is '
              'quoted saying it.'),
    q('Conservative councillors today, having attended a series of briefings with senior officers and discussions '
      'within the group, have decided not to take part in the Brexit debate at the Extraordinary Council called by the '
      'Green group.', 'full', TORIES, para=True,
      note='"The party’s statement said:": the Conservative group\'s written statement ("But the Tories said ..." in '
           'the paragraph before). ' + MULTI),
    q('The Conservative group felt that any discussion suggesting that the city was not prepared was disrespectful to '
      'council staff who have worked tirelessly on all key areas of concern.', 'full', TORIES, continues=True,
      para=True, note=MULTI),
    q('Instead, the Labour / Green coalition is misusing the purpose of the meeting just to undermine staff and make '
      'political points.', 'full', TORIES, continues=True),
    q('This meeting was originally billed to be a discussion about the preparedness of the city to deal with the '
      'outcome of Brexit.', 'full', BELL, para=True, note='"Conservative leader Steve Bell said:". ' + MULTI),
    q('Regretfully, the meeting is clearly being hijacked to spend hours arguing over the merits of the United Kingdom '
      'leaving the European Union.', 'full', BELL, continues=True, para=True, note=MULTI),
    q('Fortunately, the matter of preparedness is coming to the Policy and Resources Committee next Thursday (10 '
      'October) where we can discuss progress on being ready, provide the assurances that citizens and businesses '
      'need and know the council has considered the issues and has a plan to deal with them should they arise.',
      'full', BELL, continues=True, note='The bracket is inside the quote as published.'),
    q('We would like to take this opportunity to thank officers of the council and other agencies for their hard work '
      'in being ready.', 'full', BELL, para=True,
      note='"Councillor Bell added:": a new quotation. The last whole paragraph of the stored copy; the quote goes on '
           'in the unfinished next paragraph, left out (dev7). ' + MULTI),
]

# --- 002 AP (vindyarchives.com copy), US politics (Wisconsin lame-duck bills; straight double) ---
WALKER = who('Scott Walker', 'Walker', 'Wisconsin Gov. Scott Walker', 'The Republican governor')
EVERS = who('Tony Evers', 'Evers', 'Democratic Gov.-elect Tony Evers')
ANNOTATIONS['002_vindy-ap-walker-lame-duck-bills.txt'] = [
    q("There's a lot of hype and hysteria, particularly in the national media, implying this is a power shift,", 'full',
      WALKER),
    q("It's not.", 'full', WALKER, continues=True, note='Split by "Walker said before signing the measures."'),
    q('This will no doubt be his legacy,', 'full', EVERS, note='"Evers said in a statement."'),
    q('high-pitched hysteria', 'partial', WALKER,
      note='"brushed aside what he called "..." from critics": Walker\'s words for the critics\' case. The next, '
           'unfinished paragraph of the stored copy is left out.'),
]

# --- 003 spamchronicles.com, EU politics (Belgian Council presidency; curly double) ---
DE_CROO = who('Alexander De Croo', 'De Croo', 'the Prime Minister of Belgium', 'Rotating Council President De Croo')
VDL = who('Ursula von der Leyen', 'von der Leyen', 'Von der Leyen', 'the President of the Commission')
ANNOTATIONS['003_spamchronicles-belgium-presidency-commission-visit.txt'] = [
    q('Before we grow, we have to improve', 'full',
      who('Ursula von der Leyen and Alexander De Croo', 'von der Leyen', 'Von der Leyen', 'De Croo',
          'Ursula von der Leyen', 'Alexander De Croo'),
      note='"“...”, emphasized the President of the Commission, Ursula von der Leyen, and the Prime Minister of Belgium, '
           'Alexander De Croo, at the final press conference": two named together (dev5); the comma outside the marks.'),
    q('We have to become stronger together', 'full', DE_CROO,
      note='Subheading repeating a whole sentence of De Croo\'s quote below it (dev11).'),
    q('Delors’ spirit is what we need. We have to become stronger together,', 'full', DE_CROO),
    q('and as quickly as possible', 'partial', VDL,
      note='"She cited support for Ukraine ... – “...”": she = von der Leyen ("Von der Leyen added that ..." in the '
           'paragraph before).'),
]

# --- 004 Kenya Tribune, Kenyan politics (MP's bill to abolish the Senate; curly double) ---
KOSITANY = who('Caleb Kositany', 'Kositany', 'A Jubilee MP', 'The MP')
ANNOTATIONS['004_kenyantribune-kositany-senate-scrapped.txt'] = [
    q('which constitutes a heavy burden to the taxpayer.', 'partial', KOSITANY,
      note='"In a later [letter] to National Assembly Speaker ..., Kositany says the positions cost ..., “...”": his '
           'letter\'s words, a relative clause completing the reporter\'s sentence; the full stop inside the marks.'),
    q('We have to think in the long-term and I would want anyone else to challenge me. What does the Senate do that is '
      'so special that cannot be done by the National Assembly? I don’t see any reason why we should have the Senate '
      'overburden taxpayers,', 'full', KOSITANY, note='"he said": he = Kositany.'),
    q('I have not even spoken to the Deputy President about it. I have only spoken to the people of Soy. The Deputy '
      'President has nothing to do with my bill at all,', 'full', KOSITANY,
      note='"he told the Star yesterday": he = "The MP whose Soy constituency ...", Kositany. The next, unfinished '
           'paragraph of the stored copy (Mugonyi\'s quote) is left out.'),
]

# --- 005 SahilOnline (PTI copy), Indian politics (Lok Sabha exchange; curly double) ---
CHOWDHURY = who('Adhir Ranjan Chowdhury', 'Chowdhury', 'Adhir', 'Lok Sabha MP Adhir Ranjan Chowdhury',
                'the Congress leader', 'the leader of the Congress in the Lok Sabha')
SAIKIA = who('Dilip Saikia', 'Saikia', 'BJP member Dilip Saikia')
ANNOTATIONS['005_sahilonline-pti-chowdhury-congress-phobia.txt'] = [
    q('nobody under the sun', 'partial', CHOWDHURY, note='His "Nobody under the sun will be able to wipe out ..." below.'),
    q('wiping out', 'partial', SAIKIA,
      note='"thanked Prime Minister Narendra Modi for “...” the Congress": Saikia\'s "to wipe out the Congress" below.'),
    q('One great thing Modi ji has done is to wipe out the Congress. Congress means corruption in the Northeast,',
      'full', SAIKIA),
    q('guardianship', 'partial', SAIKIA, note='"Saikia said, claiming that the prime minister has given “...”".'),
    q('You should not suffer from Congress phobia. Congress remains and Congress will remain. Nobody under the sun will '
      'be able to wipe out the Congress party from the soil of India,', 'full', CHOWDHURY),
    q('amorphic', 'partial', CHOWDHURY, note='"Chowdhury said the idea ... was an “...” idea".'),
    q('It is an amorphic idea propagated by the current dispensation to convince the people that they are living in a '
      'make believe paradise,', 'full', CHOWDHURY, note='"the Congress leader said": Chowdhury.'),
]

# --- 006 Irish Examiner (PA copy), Irish politics (Taoiseach on Sinn Féin; curly single, straight single, curly double) ---
HARRIS = who('Simon Harris', 'Harris', 'Mr Harris', 'Taoiseach Simon Harris', 'the Taoiseach', 'Taoiseach')
ANNOTATIONS['006_irishexaminer-harris-sinn-fein-duped.txt'] = [
    q('duped', 'partial', HARRIS,
      note='Headline "Ireland ‘...’ by Sinn Féin record on scandals, Taoiseach says": his "were duped" in the body (dev7).'),
    q('still unanswered questions and a need for more clarity', 'partial', HARRIS,
      note='Standfirst in straight single marks; the body repeats it in curly double marks (dev9: each gets a record, '
           'nth tells them apart).'),
    q('duped', 'partial', HARRIS, nth=1, note='"Sinn Féin “...” Ireland’s public and parliament, the Taoiseach has said".'),
    term('serious',
         note='"following a “...” complaint against him": no speech act and no source named; a scare quote (dev9).'),
    q('still unanswered questions and a need for more clarity', 'partial', HARRIS, nth=1),
    q('concerned', 'partial', HARRIS,
      note='"Mr Harris said the Government and opposition parties are “...”": his word for them.'),
    q('not a factor of my consideration', 'partial', HARRIS),
    q('It’s for Deputy McDonald to decide what she wishes to do next in terms of further information that she wishes to '
      'provide.', 'full', HARRIS, para=True, note='"Mr Harris said:". ' + MULTI),
    q('It’s clear the Oireachtas and the people of Ireland were duped, that much is clear.', 'full', HARRIS,
      continues=True),
    q('How the leader of Sinn Féin wishes to respond to that is for her, and ultimately how the people of Ireland wish to '
      'respond to Sinn Féin will be a matter for them to consider in due course.', 'full', HARRIS,
      note='"He added:": a new quotation. The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 007 The Canadian Press (Penticton Herald copy), business (Saputo results; straight double, straight single inside) ---
LINO = who('Lino Saputo', 'Saputo', 'CEO Lino Saputo', 'the chief executive')
NATTEL = who('Irene Nattel', 'Nattel', 'Irene Nattel of RBC Capital Markets')
ANNOTATIONS['007_pentictonherald-cp-saputo-profit.txt'] = [
    q("I'm pleased to see we're making great progress despite facing persistent headwinds,", 'full', LINO,
      note='"said CEO Lino Saputo during a conference call with analysts".'),
    q('reinforcing our thesis that the commodity cycle is stabilizing.', 'partial', NATTEL,
      note='"said the company delivered solid results “...”": the full stop inside the marks; from her written report '
           '(next paragraph).'),
    q("Having said that, market headwinds remain in several regions, and Saputo is actively taking steps to 'control "
      "the controllables' and offset these headwinds,", 'full', NATTEL,
      note='"she wrote in a report": a new paragraph with its own attribution, a new quotation. The catchphrase '
           '\'control the controllables\' inside, given no author, gets no record of its own (dev7, dev11).'),
]

# --- 008 Bloomberg (Business Standard copy), business (Apple results, Jobs' leave; curly double, curly single subheading) ---
KUMAR = who('Ashok Kumar', 'Kumar', 'an analyst at Rodman & Renshaw')
ANNOTATIONS['008_businessstandard-bloomberg-apple-profit-jobs-leave.txt'] = [
    q('It was a blowout quarter,', 'full', KUMAR, note='"said Kumar, who’s based in Palo Alto, California."'),
    q('The momentum should sustain for the next 12 months with the iPad and iPhone refresh. The uncertainty investors '
      'have to prepare for is beyond that time frame in terms of the company’s ability to execute in this flawless '
      'manner and develop new markets.', 'full', KUMAR, continues=True, note='Split by "said Kumar, ...".'),
    term('buy', note='"He rates Apple a “...”": an analyst rating (dev6).'),
    q('Well-oiled machine', 'partial', None,
      note='Subheading; the quote it heads is past the cut (the unfinished last paragraph, "“It’s a", left out, most '
           'likely Barry Jaruzelski\'s), so the stored copy names no source: speaker null (dev11). Could be read as '
           'Jaruzelski\'s, the person named just above the cut.'),
    q('I love Apple so much and hope to be back as soon as I can.', 'full',
      who('Steve Jobs', 'Jobs', 'Chief Executive Officer Steve Jobs'),
      note='"said in an e-mail disclosed yesterday,": written.'),
]

# --- 009 Hugo Alexander (broker's news page), business (RBA holds the cash rate; curly single partials, curly double) ---
BULLOCK = who('Michele Bullock', 'Bullock', 'RBA governor Michele Bullock', 'the statement')
ANNOTATIONS['009_hugoalexander-rba-cash-rate-hold.txt'] = [
    q('suggests that inflation continues to moderate', 'partial', BULLOCK,
      note='"RBA governor Michele Bullock said in a statement on Tuesday that while recent information ‘...’": the '
           'statement\'s words, which the text makes hers (dev11).'),
    q('some time yet before inflation is sustainably in the target range', 'partial', BULLOCK,
      note='"the Board expects that it will be ‘...’": still the statement she is said to have made.'),
    q('The path of interest rates that will best ensure that inflation returns to target in a reasonable timeframe '
      'remains uncertain and the Board is not ruling anything in or out.', 'full', BULLOCK, para=True,
      note='A paragraph wholly in quotes; its attribution ("the statement concludes") closes the next paragraph. '
           + MULTI),
    q('The Board will rely upon the data and the evolving assessment of risks', 'full', BULLOCK, continues=True,
      note='"“...”, the statement concludes": the comma outside the marks.'),
]

# --- 010 Retail Week (trade press), business (John Lewis weekly sales; curly double) ---
JOHN_LEWIS = who('John Lewis', 'the retailer', 'the department store chain')
MURPHY = who('Andrew Murphy', 'Murphy', 'director of operational development Andrew Murphy')
ANNOTATIONS['010_retailweek-john-lewis-cardiff-huge-success.txt'] = [
    q('huge success', 'partial', JOHN_LEWIS,
      note='Lead: "The “...” of the new John Lewis shop in Cardiff": the retailer\'s trading report ("the retailer '
           'reported", next paragraph) (dev11).'),
    q('bodes very well', 'partial', JOHN_LEWIS, note='"..., the retailer reported."'),
    q('stole the show', 'partial', JOHN_LEWIS, note='In the sentence after "the retailer reported"; the same report.'),
    q('The impressive maiden contribution from our stunning new shop should be a source of pride for everyone '
      'associated with the creation and operation of that business', 'full', MURPHY,
      note='"Murphy said of the Cardiff opening:"; the full stop outside the marks.'),
    q('The months ahead will provide different challenges amid what will likely be less frenetic times as the shop '
      'settles to a more routine pattern of trade', 'full', MURPHY,
      note='"He added:": a new quotation; the full stop outside the marks.'),
]

# --- 011 AAP (Sydney Morning Herald copy), business/economy (Treasurer on the IMF outlook; doubled curly single marks) ---
SWAN = who('Wayne Swan', 'Swan', 'Mr Swan', 'Treasurer Wayne Swan')
ANNOTATIONS['011_smh-aap-swan-ahead-of-the-curve.txt'] = [
    q('ahead of the curve', 'partial', SWAN,
      note='Headline "Australia \'...\'" in straight single marks: his "still well ahead of the curve" in the body (dev7).'),
    q('world leader', 'partial', SWAN,
      note='"Treasurer Wayne Swan says the IMF’s ... Outlook shows Australia remains a ‘‘...’’": his statement below; '
           'doubled curly single marks (dev11).'),
    q('still robust commodity prices boosting private domestic demand', 'partial',
      who('International Monetary Fund', 'IMF', 'The Washington-based institution'),
      note='"The Washington-based institution has maintained its ... forecasts ... due to ‘‘...’’": the IMF report\'s '
           'wording.'),
    q('(The report) shows that Australia remains a world leader in the global recovery, with stronger growth, lower '
      'unemployment and much lower debt than other advanced economies,', 'full', SWAN,
      note='"Mr Swan said in a statement today."; the bracket is inside the quote as published.'),
    q('Together with today’s strong employment figures, the IMF’s report shows the Australian economy is still well '
      'ahead of the curve and continues to benefit from the government’s strong economic management.', 'full', SWAN,
      continues=True, note='A paragraph wholly in quotes with no attribution of its own: the same statement.'),
]

# --- 012 The Daily Guardian (India), sport (cricket, Kohli after the Newlands defeat; curly double) ---
KOHLI = who('Virat Kohli', 'Kohli', 'captain Virat Kohli')
ANNOTATIONS['012_thedailyguardian-kohli-batting-newlands.txt'] = [
    q('The batting obviously has to be looked into, there is no running away from that. Having collapses every now and '
      'then is not a good thing. That is something we need to analyse and correct moving forward,', 'full', KOHLI),
    q('It is definitely batting; can’t pin-point any other aspect,', 'full', KOHLI,
      note='"said Kohli about which part of the team can be improved": a new quotation with its own attribution.'),
    q('One of the challenges we’ve faced touring abroad is making sure we capitalise on momentum. When we’ve done that '
      'we’ve won Tests away from home. When we haven’t, we have had lapses of concentration which cost us the Test '
      'match. We have had a few collapses that have cost us important moments and eventually the Test matches,',
      'full', KOHLI),
    q('As a whole was a great spectacle of Tests for everyone to watch; hard-fought series. Great first game but South '
      'Africa did amazingly well. In both Tests they won, they were clinical with the ball in crunch moments. Lapse of '
      'concentration cost us key moments and they seized those moments; absolutely deserving winners in the end,',
      'full', KOHLI, note='"he said" after a paragraph of paraphrase of Kohli. The related-item lines after it are left out.'),
]

# --- 013 Wigan Today, sport (rugby league, Wigan v Warrington; curly double) ---
WANE = who('Shaun Wane', 'Wane')
ANNOTATIONS['013_wigantoday-wane-champagne-warrington.txt'] = [
    q('It was a good win and I’m very happy with the two points, but we’re not going to go home and pat ourselves on '
      'the back. “We won’t be getting the champagne on the couch. There are a few things to fix.', 'full', WANE,
      note='"He said:": he = Wane. The copy runs two paragraphs of the quote together: the first\'s closing mark is '
           'missing and the second\'s opening mark stands after "back."; one record, the stray opening mark inside it '
           '(dev11).'),
    q('That was great, and it pleases me to see someone like Jack Wells come in and score a try,', 'full', WANE,
      note='"he said": a new quotation.'),
    q('Liam Marshall’s finishing was great, I was really impressed with him,', 'full', WANE,
      note='"continued Wane": a new quotation (a paragraph of narration stands between).'),
    q('There were some great efforts across the side.', 'full', WANE, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own. ' + MULTI),
    q('I thought we were composed, we kicked well and ended our sets well, we completed high.', 'full', WANE,
      continues=True, para=True, note=MULTI),
    q('I’m disappointed we let in three tries, if I’m honest.', 'full', WANE, continues=True, para=True, note=MULTI),
    q('But Warrington will be stronger with their players back, and they’re going to be there at the end of the season, '
      'without a shadow of a doubt.', 'full', WANE, continues=True,
      note='The unfinished last paragraph of the stored copy, a new quote, is left out.'),
]

# --- 014 Tennis Panorama (tag page), sport (tennis, US Open fourth round; curly double) ---
WOZNIACKI = who('Caroline Wozniacki', 'Wozniacki', 'two-time US Open finalist Wozniacki',
                'the 26-year-old veteran Wozniacki', 'The Dane')
KEYS = who('Madison Keys', 'Keys', 'The 21-year-old American Keys')
ANNOTATIONS['014_tennispanorama-wozniacki-keys-us-open.txt'] = [
    q('This is crazy,', 'full', WOZNIACKI, note='"two-time US Open finalist Wozniacki said on court after the match."'),
    q('After such a tough year to be here and into the quarterfinals is amazing.', 'full', WOZNIACKI, continues=True),
    q('I think it was nerves a little bit. I definitely felt like I got off to a bad start, and then I felt like I was '
      'trying to catch up from there.', 'full', KEYS, para=True,
      note='"Keys talked about the loss in her news conference:". ' + MULTI),
    q('I definitely don’t think I was playing my best. I mean, I think she played really, really well today. I think it '
      'was just a combination of me not playing my best and not playing super smart and her playing really well.',
      'full', KEYS, continues=True, para=True, note=MULTI),
    q('I feel like the match just got away from me.', 'full', KEYS, continues=True),
    q('It’s been a good week,', 'full', WOZNIACKI,
      note='"said the 26-year-old veteran Wozniacki": a new quotation right after Keys\'s closed quote.'),
    q('I’m really happy about the way I played. Obviously Madison is a strong player. She hits the ball really hard.',
      'full', WOZNIACKI, continues=True, para=True, note='Split by "said ...". ' + MULTI),
    q('But I managed to really, you know, play well, get a lot of returns in. I served well, which I was pleased with.',
      'full', WOZNIACKI, continues=True, para=True, note=MULTI),
    q('Yeah, I’m just happy that I got another win.', 'full', WOZNIACKI, continues=True),
    q('I had some tough matches against her in the past. I think we played Fed Cup a couple of times, but also we '
      'played the Australian Open.', 'full', WOZNIACKI, para=True,
      note='"Wozniacki talked about her next opponent:": a new quotation. The last whole paragraph of the stored copy; '
           'the quote goes on in the unfinished next paragraph, left out (dev7). ' + MULTI),
]

# --- 015 sportsinsite.com (PA copy), sport (boxing, Beterbiev-Bivol weigh-in; curly double, curly single subheading) ---
HEARN = who('Eddie Hearn', 'Hearn', 'Matchroom’s Hearn')
OPETAIA = who('Jai Opetaia', 'Opetaia', 'IBF cruiserweight champion Opetaia')
ANNOTATIONS['015_sportsinsite-pa-beterbiev-bivol-weigh-in.txt'] = [
    q('generational fight', 'partial', HEARN, note='His "This is a generational fight ..." below.'),
    q('This is a generational fight between two ice-cold competitors,', 'full', HEARN,
      note='"said Matchroom’s Hearn, who promotes Bivol."'),
    q('Bivol already slayed the pound-for-pound king in [Saul ‘Canelo’] Alvarez and this is what he wants more than '
      'anything.', 'full', HEARN, continues=True, para=True,
      note='Opened afresh after the paragraph before closed; no attribution of its own. The nickname ‘Canelo’ in the '
           'bracketed insertion gets no record (dev11). ' + MULTI),
    q('I believe Dmitry Bivol will be the undisputed champion tomorrow night.', 'full', HEARN, continues=True),
    q('Skills pay the bills', 'partial', OPETAIA,
      note='Subheading, a phrase of Opetaia\'s quote below it ("skills pay the bills.") (dev8).'),
    q('I’m ready to put on a show,', 'full', OPETAIA),
    q('Everyone wants to be a tough guy but skills pay the bills.', 'full', OPETAIA, continues=True,
      note='Split by "Opetaia said." The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 016 Daily Mail (CNN/Daily Mail story file), health/social care (iPads for lonely pensioners; straight single) ---
GOVERNMENT = who('Government', 'the Government', 'ministers')
HUNT = who('Jeremy Hunt', 'Hunt', 'Mr Hunt', 'Health Secretary Jeremy Hunt')
WILKINS = who('Baroness Wilkins', 'Wilkins', 'a Labour peer')
DOH = who('Department of Health spokesperson', 'A Department of Health spokesperson', 'Department of Health')
ANNOTATIONS['016_dailymail-ipads-lonely-pensioners.txt'] = [
    q('low-cost link to the outside world', 'partial', who('ministers', 'the Government'),
      note='"..., ministers have said": the Government\'s response to the Lords inquiry, quoted below in other words '
           '(dev7).'),
    q('national disgrace', 'partial', HUNT, note='"Health Secretary Jeremy Hunt branded ... a \'...\'".'),
    q('Systems are now available which use lightweight touchscreen tablets enabled with wi-fi and broadband to allow '
      'users to send and receive email and text messages, share photos and video conference with family, friends, '
      'care providers and health professionals via a universal messaging system.', 'full', GOVERNMENT,
      note='"In a response to a House of Lords inquiry the Government said:": written.'),
    q('This surely was dreamed up by a 25 year-old, totally unaware of the realities of being an 85 year-old woman '
      'living on her own in frail health in 2030.', 'full', WILKINS, para=True,
      note='"She told The Telegraph:": she = Baroness Wilkins. ' + MULTI),
    q('Loneliness requires human contact, touch and empathy, and the everyday stimulus of news and gossip. It requires '
      'people whose presence does not depend on the state of a local authority’s budget.', 'full', WILKINS,
      continues=True),
    q("Loneliness amongst older people is a serious problem, and one that cannot be tackled using a 'quick fix' "
      "solution. It is about changing attitudes in society, and making time in our busy lives.", 'full', DOH, para=True,
      note='"A Department of Health spokesperson said:". The scare-quoted \'quick fix\' inside, the spokesperson\'s own '
           'words, gets no record of its own (dev6). ' + MULTI),
    q('Older people deserve the utmost respect and dignity in care. There is no substitute for human contact and the '
      'emotional support and companionship of a close friend or family member.', 'full', DOH, continues=True),
    q('My wife is Chinese and I am struck by the reverence and respect for older people in Asian culture,', 'full', HUNT),
    q('If we are to tackle the challenge of an ageing society, we must learn from this -- and restore and reinvigorate '
      'the social contract between generations.', 'full', HUNT, para=True,
      note='"Hunt added:": a new quotation. ' + MULTI),
    q('And uncomfortable though it is to say it, it will only start with changes in the way we personally treat our own '
      'parents and grandparents.', 'full', HUNT, continues=True),
]

# --- 017 Centretown News (Ottawa), science (a new dinosaur found in a museum; curly double) ---
SHEPHERD = who('Kieran Shepherd', 'Shepherd', 'Dr. Kieran Shepherd',
               'curator of palaeobiology for the Museum of Nature')
ANNOTATIONS['017_centretownnews-xenoceratops-museum-of-nature.txt'] = [
    term('alien horned-face,',
         note='"Xenoceratops foremostensis, which means “...” because ...": the name\'s translation (dev11); the comma '
              'inside the marks.'),
    q('It’s a new species, a new holotype, the first of its kind, so it’s a very important specimen,', 'full', SHEPHERD,
      note='"he says": he = Shepherd, named in the paragraph before.'),
    q('It’s not a full dinosaur, so it won’t go on public display, but it means a lot for behind-the-scenes research.',
      'full', SHEPHERD, continues=True),
    q('dinosaur rush', 'partial', SHEPHERD,
      note='"Shepherd says the creature’s remains come from the “...”": the period\'s name in his reported speech '
           '(dev10, dev11); could be read as a term.'),
    q('Museums went out and collected a lot more material than they could really look at and investigate at the time,',
      'full', SHEPHERD),
    q('We have them in our research facility and every once in a while we open them up and investigate.', 'full',
      SHEPHERD, continues=True,
      note='Split by "he says". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 018 Daily Mail (CNN/Daily Mail story file), courts (inquest into Una Crown's death; curly single speech) ---
MORRIS = who('William Morris', 'Morris', 'Coroner William Morris', 'Coroner')
WYLIE = who('Fraser Wylie', 'Wylie', 'Detective Inspector Fraser Wylie',
            'Senior investigator Detective Inspector Fraser Wylie')
CAREY = who('Nat Carey', 'Carey', 'Home Office pathologist Nat Carey')
ANNOTATIONS['018_dailymail-una-crown-inquest-wisbech.txt'] = [
    q('severely contaminating', 'partial', WYLIE,
      note='Third paragraph: "trampled through her home, ‘...’ the murder scene": Wylie\'s "The scene was severely '
           'contaminated by the police, firefighters and paramedics" below (dev7: the body\'s words differ a little).'),
    q('I have to say the handling of evidence by the police has been unfortunate,', 'full', MORRIS,
      note='"he said": he = the coroner, William Morris, named in the paragraph before.'),
    q('In this suspicious death, foul play was too readily dismissed by police officers.', 'full', MORRIS,
      note='A paragraph wholly in quotes with no attribution, after the coroner\'s quote and a sentence of narration: '
           'his, a new quotation (dev9).'),
    q('proper forensic examination', 'partial', MORRIS,
      note='"Not treating the area as a full crime scene prevented a ‘...’ from being carried out.": no verb of saying; '
           'the coroner\'s finding, in the passage quoting him (dev11). Could be read as a term (dev9).'),
    q('I cannot understand why this evidence wasn’t picked up,', 'full',
      who('Judith Paynes', 'Paynes', 'Mrs Crown’s niece'), note='"she said": she = the niece, Judith Paynes.'),
    term('burnt to a crisp',
         note='"her clothing ‘...’ when the emergency services found her": no speech act and no source in the text '
              '(a photo caption that quoted it is left out): a scare quote (dev9, dev11). Could be read as a partial '
              'with speaker null.'),
    q('looked accidental', 'partial', who('Simon Gledhill', 'Gledhill', 'Mr Gledhill',
                                          'acting detective sergeant Simon Gledhill'),
      note='"In a statement to the inquest ... he said ... the death ‘...’": his written statement.'),
    q('This was clearly a homicide from the wounds I saw – that’s not to say that’s how it was treated.', 'full', CAREY,
      para=True, note='"Home Office pathologist Nat Carey told the hearing:". ' + MULTI),
    q('I concluded that she died from multiple stab wounds to her chest and neck.', 'full', CAREY, continues=True),
    q('The scene was severely contaminated by the police, firefighters and paramedics because this had not been '
      'initially picked up as a murder investigation.', 'full', WYLIE),
    q('We recognise the failings by our officers in the initial stages of this investigation and we are deeply sorry for '
      'any hurt this has caused Mrs Crown’s family,', 'full',
      who('Mark Hopkins', 'Hopkins', 'Assistant Chief Constable Mark Hopkins'),
      note='"he said": he = Assistant Chief Constable Mark Hopkins, named two paragraphs before.'),
]

# --- 019 Daily Mail (CNN/Daily Mail story file), local news (hedgehog hospital, Manchester; straight single speech) ---
ROBERTS = who('Barbara Roberts', 'Roberts', 'Owner Barbara Roberts', 'Mrs Roberts', 'Ms Roberts')
ANNOTATIONS['019_dailymail-hedgehog-hospital-lawnmower.txt'] = [
    q("A lot of us haven't mowed our lawns because of the weather and people don't look.", 'full', ROBERTS, para=True,
      note='"She said:": she = Barbara Roberts. ' + MULTI),
    q("I've got 23 babies that are all here because of people not looking. I want people to be aware because they are "
      "an endangered animal.", 'full', ROBERTS, continues=True, para=True,
      note='Hard-wrapped in the story file; the line breaks joined (see SOURCES.md). ' + MULTI),
    q('By 2025 we might not have hedgehogs any more thanks to the dangers of roads, lawnmowers and pesticides. People '
      'must look in the garden.', 'full', ROBERTS, continues=True, unterminated=True,
      note='The source never closes the quote: the photo captions that follow are left out and the next paragraph is '
           'narration; recorded to the paragraph end (dev9).'),
    q('When they roll into a ball on contact we know they are ready to go.', 'full', ROBERTS,
      note='"She said:" after a paragraph of paraphrase of Mrs Roberts: a new quotation.'),
]

# --- 020 Daventry Express, education (primary school Ofsted grade; curly double) ---
WILLS = who('Mike Wills', 'Wills', 'Mr Wills', 'A headteacher')
OFSTED = who('Ofsted report', 'The Ofsted report', 'Ofsted')
ANNOTATIONS['020_daventryexpress-woodford-halse-ofsted.txt'] = [
    q('We are obviously delighted. It has taken five years of hard graft to improve the standards.', 'full', WILLS,
      para=True, note='"Mr Wills said:". ' + MULTI),
    q('In the past five years, we have been inspected three times and each time the baseline has improved and made it '
      'harder. For us to progress with the improving standards is an incredible achievement.', 'full', WILLS,
      continues=True),
    q('Ofsted described the marking as exemplary which is a word not often used in reports.', 'full', WILLS, para=True,
      note='"Mr Wills added:": a new quotation. ' + MULTI),
    q('I am delighted they recognised the spiritual, moral, social and cultural awareness of the pupils.', 'full', WILLS,
      continues=True, para=True, note=MULTI),
    q('We want to kick on from this and improve the standards even further.', 'full', WILLS, continues=True, para=True,
      note=MULTI),
    q('My thanks to the community, staff, parents, the FSA, and the students for all of their hard work in getting this '
      'result.', 'full', WILLS, continues=True),
    q('Most teaching is good and some is outstanding. Teachers ask questions skilfully to check and promote pupils’ '
      'understanding.', 'full', OFSTED, para=True,
      note='"The Ofsted report said:": the written report as speaker (dev10\'s handbill). ' + MULTI),
    q('Since the previous inspection the headteacher, staff and governors have successfully improved the quality of '
      'teaching and pupils’ achievement. Most pupils now achieve well.', 'full', OFSTED, continues=True),
]
