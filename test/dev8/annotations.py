"""Hand annotations for test/dev8 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev8 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev7, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- A paragraph of a multi-paragraph quote that the source never closes, followed by a paragraph that opens a
  new quote with its own attribution (de Gea: "They are a team ... games.¶De Gea added: "They scored ...")
  is recorded to its paragraph end with para=True, as any open paragraph; the next quote is a new quotation.
- A fragment that the reporter's sentence completes and that then runs on into whole sentences inside the same
  marks (said that the leaders "are committed to ... the future. We have to win together.") is `partial`.
- A whole clause without closing punctuation of its own, woven into the reporter's sentence (conceded "it is
  not good enough" as his side slipped ...) is `partial`; one with its own closing punctuation after "so
  that" / "while ... looks reasonable" ("we do intend to do better.") is `full`, as dev5's first convention.
- A quoted word in a headline that names what a dispute is about and that no one in the body is quoted as
  saying (brawl over 'lies'), and a quoted vote (Will Vote 'No'), are `term`.
- A subheading that is a phrase from the quote below it ('Alternatives to plant closure', 'Dumpster Fire')
  is `partial` with that quote's speaker; a quote paragraph opened afresh after such a subheading, with no
  attribution of its own, continues the quote before the subheading.
- Words a person is said to have dismissed or labelled something as, reported by a second person ("Harman
  said Ms Rayner had correctly dismissed the story as "misogyny"") have the first person as speaker; noted.
- A spokesman quoted about the politician he speaks for (Sasse's spokesman James Wegmann) is the speaker,
  named as the text names him; the politician is not an alias. An unnamed spokesman is named by the
  description the text gives ("spokesman from Rees's office").
- A name the source sets in capitals as a typographic lead ("RALPH Hasenhuttl") is the speaker in ordinary
  case, the capitalised form an alias (as dev7's "ANNA SOUBRY").
- A space before the closing mark ("That's how seriously I take that issue, " he said) stays in the span.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '011_irishtimes-reuters-debenhams-margins.txt': ["analysts'"],
    '016_albawaba-de-gea-not-good-enough.txt': ["Rojiblancos'"],
    '017_bbc-streeting-stunned-nhs.txt': ["patients'"],
}

ANNOTATIONS = {}

# --- 001 HuffPost UK, UK politics (curly double marks; headline ‘...' and '...' straight and mixed) ---
DORRIES = who('Nadine Dorries', 'Dorries', 'Culture secretary Nadine Dorries', 'the culture secretary',
              'the former I’m A Celebrity … Get Me Out Of Here contestant')
WRAGG = who('William Wragg', 'Wragg', 'senior Conservative William Wragg', 'a Tory MP',
            'the chairman of the Commons public administration and constitutional affairs committee')
JOHNSON = who('Boris Johnson', 'Johnson', 'The PM', 'the prime minister')
ANNOTATIONS['001_huffpost-dorries-wragg-attention-seeking.txt'] = [
    q('Blackmail', 'partial', WRAGG,
      note='Headline "Tory MP Behind ‘Blackmail\' Claim": his word ("would seem to constitute blackmail" below). '
           'Opened curly, closed straight.'),
    q('Attention Seeking', 'partial', DORRIES, note='Headline: her "attention-seeking behaviour".'),
    q('intimidation', 'partial', WRAGG,
      note='"a Tory MP who claims to have faced “...”": Wragg ("The intimidation of a member of parliament" below).'),
    q('attention-seeking behaviour', 'partial', DORRIES),
    q('blackmail', 'partial', who('Conservative critics of Boris Johnson'),
      note='"Conservative critics of Boris Johnson said the pressure ... could amount to “...”": the group the text '
           'names; Wragg is one of them.'),
    q('seen no evidence', 'partial', JOHNSON, note='"The PM insisted he had “...”".'),
    q('That is nonsense because that is not how government works.', 'full', DORRIES, para=True,
      note='"Dorries, the former I’m A Celebrity ... contestant ..., said:". ' + MULTI),
    q('It is just attention-seeking behaviour from William Wragg who has been a constant critic of the prime '
      'minister, who delivered us the greatest majority since Margaret Thatcher.', 'full', DORRIES, continues=True),
    q('members of staff at 10 Downing Street, special advisers, government ministers and others encouraging the '
      'publication of stories in the press seeking to embarrass those who they suspect of lacking confidence in the '
      'prime minister', 'partial', WRAGG, note='"Wragg said he had received reports of conduct including “...”".'),
    q('The intimidation of a member of parliament is a serious matter. Reports of which I am aware would seem to '
      'constitute blackmail,', 'full', WRAGG,
      note='Quote first, then "the chairman of the Commons public administration and constitutional affairs committee '
           'announced": a title only (Wragg). The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 002 Evening Standard, UK politics (curly single headline, straight double, curly double) ---
HEAPPEY = who('James Heappey', 'Heappey', 'Mr Heappey', 'Armed forces minister James Heappey',
              'A Government minister', 'Minister')
RAYNER = who('Angela Rayner', 'Rayner', 'Ms Rayner', 'Labour’s deputy leader')
ANNOTATIONS['002_standard-heappey-rayner-idiot.txt'] = [
    q('Catch the idiot', 'full', HEAPPEY,
      note='Headline "‘...’: Minister slams colleague": the minister\'s remark standing alone (an imperative clause); '
           'not in the stored body, which has "this idiot of an MP".'),
    q('idiot', 'partial', HEAPPEY, note='"A Government minister has slammed the "..."": Heappey.'),
    q('What planet are they on?', 'full', HEAPPEY),
    q('The whole thing is ridiculous and offensive,', 'full', HEAPPEY, note='"he told the BBC": he = Heappey.'),
    q("I'm sorry to Ange. I'm sorry to our female colleagues. I hope that whoever this idiot of an MP is that gave this "
      "quote reflects.", 'full', HEAPPEY, continues=True, para=True,
      note='Opened afresh with no attribution of its own: the same remarks. ' + MULTI),
    q("They don't speak for me, they don't speak for the Conservative Party and frankly they don't speak for anyone in "
      "Parliament.", 'full', HEAPPEY, continues=True),
    q('knows she can’t compete with Boris’s Oxford Union debating training, but she has other skills which he lacks',
      'partial', who('unnamed Tory MP', 'An unnamed Tory MP', 'an MP', 'the MP'),
      note='"The story in the Mail on Sunday quoted an MP as saying Ms Rayner “...”": the unnamed MP\'s alleged words, '
           'as the paper quoted them.'),
    q('desperate', 'partial', RAYNER, note='"Ms Rayner called the story “...” and “...”".'),
    q('perverted', 'partial', RAYNER),
    q("If the Speaker is going to put a shot across the bows about the way women in Parliament are being reported, "
      "that's a good thing,", 'full', HEAPPEY, note='"Mr Heappey added": a new paragraph with its own attribution.'),
    q("I have no doubt he is protecting freedom of speech and he won't want to see that impinged, but I do think that "
      "Westminster has got itself into a mess and it looks awful.", 'full', HEAPPEY, continues=True,
      note='Opened afresh with no attribution of its own: the same remarks.'),
    q('misogyny', 'partial', RAYNER,
      note='"Harriet Harman said Ms Rayner had correctly dismissed the story as "..."": Rayner\'s word as Harman reports '
           'it; could be read as Harman\'s. The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 003 The Daily Telegraph, UK politics (straight single headline/standfirst, straight double, one curly closer) ---
IDS = who('Iain Duncan Smith', 'Duncan Smith', 'the pensions secretary', 'the Work and Pensions Secretary')
HARPER = who('Mark Harper', 'Harper', 'the welfare minister', 'a Conservative minister')
SENIOR_CONS = who('Senior Conservatives')
ANNOTATIONS['003_telegraph-freud-faux-outrage.txt'] = [
    q('faux outrage', 'partial', IDS,
      note='Headline "..., the pensions secretary says": Iain Duncan Smith (body: "showing "faux outrage"").'),
    q('cynical ploy', 'partial', SENIOR_CONS,
      note='Standfirst "Labour are accused of a \'...\'": by the senior Conservatives of the first paragraph.'),
    q('cynical ploy', 'partial', SENIOR_CONS, nth=1, note='"Senior Conservatives have accused Labour of carrying out a "..."".'),
    q('worth', 'partial', who('Lord Freud', 'Freud', 'a welfare minster', 'The Conservative peer', 'the peer'),
      note='"a recording of a welfare minster saying disabled people are not "..." the minimum wage": Lord Freud\'s '
           'recorded word ("minster" as published).'),
    q('faux outrage', 'partial', IDS, nth=1, note='"Iain Duncan Smith, the Work and Pensions Secretary, said that ..."'),
    q('simply inaccuarate', 'partial', HARPER, note='"inaccuarate" as published.'),
    q('clumsy', 'partial', HARPER,
      note='"He told the Commons that ... the Labour party had misrepresented "..." speech": he = Harper; the sentence is '
           'garbled as published; "clumsy" is his word for Lord Freud\'s speech.'),
    q('should be ashamed of itself.', 'partial', HARPER,
      note='Opened straight, closed curly. The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 004 Bloomberg, US politics (straight double with curly single nested; curly double; a straight-curly pair) ---
TRUMP = who('Donald Trump', 'Trump', 'Mr. Trump', 'the presumptive Republican presidential nominee')
WEGMANN = who('James Wegmann', 'Wegmann', 'his spokesman')
ANNOTATIONS['004_bloomberg-trump-house-republicans-unity.txt'] = [
    q('He basically said, ‘I am not going to let you down,’', 'full',
      who('Lou Barletta', 'Barletta', 'Representative Lou Barletta of Pennsylvania'),
      note='Quote first, then "said Representative Lou Barletta"; "He" inside is Trump.'),
    q('I am not going to let you down,', 'full', TRUMP,
      note='Nested inside Barletta\'s quote: Trump\'s words as Barletta reports them ("He basically said, ‘...’").'),
    q('It was a great unifying speech,', 'full', who('Tom Price', 'Price', 'Representative Tom Price of Georgia')),
    q('muted.', 'partial', who('Reid Ribble', 'Ribble', 'Representative Reid Ribble of Wisconsin'),
      note='"the response from fellow Republicans was "...""; the full stop inside the marks.'),
    q('went to today’s meeting ready to listen,', 'partial', WEGMANN,
      note='"Senator Ben Sasse ..., "...” his spokesman, James Wegmann, said": a predicate about Sasse in the '
           'spokesman\'s words. Opened straight, closed curly.'),
    q('Dumpster Fire', 'partial', WEGMANN,
      note='Subheading ‘...’: the phrase of Wegmann\'s quote below ("this election remains a dumpster fire").'),
    q('Senator Sasse introduced himself to Mr. Trump and the two had a gracious exchange,', 'full', WEGMANN),
    q('Mr. Sasse continues to believe that our country is in a bad place and, with these two candidates, this election '
      'remains a dumpster fire. Nothing has changed.', 'full', WEGMANN, continues=True,
      note='Split from the previous segment by "Wegmann said." The next, unfinished paragraph of the stored copy is '
           'left out.'),
]

# --- 005 thefrank.com (The Hill copy), US politics (curly double, curly single headline) ---
PAUL = who('Rand Paul', 'Paul', 'Kentucky Sen. Rand Paul')
ANNOTATIONS['005_thefrank-thehill-gop-senators-tax-bill.txt'] = [
    term('No', note='Headline "Will Vote ‘...’": the vote, not anyone\'s reported words (the body has "vote against").'),
    q('We’ve never, ever voted to raise the debt ceiling this much. It’ll be a historic increase. I think it’s not good '
      'for conservatives to be on the record supporting a $4 trillion or $5 trillion increase in the debt ceiling,',
      'full', PAUL, note='"he said": he = Rand Paul of the paragraph before.'),
    q('The anticipated deficits per year now will be $2 trillion a year for the next two years,', 'full', PAUL,
      note='"he added": a new paragraph with its own attribution, so a new quotation.'),
    q('It’s not conservative; I can’t support it.', 'full', PAUL, continues=True,
      note='Split from the previous segment by "he added." The next paragraph (Ron Johnson\'s quote), unfinished in '
           'the stored copy, is left out.'),
]

# --- 006 AAP (shiying168.com copy), Australian politics (curly double, curly single headline) ---
SHORTEN = who('Bill Shorten', 'Shorten', 'Mr Shorten', 'The federal opposition leader')
ANNOTATIONS['006_shiying-aap-shorten-abbott-lies.txt'] = [
    term('lies', note='Headline "brawl over ‘...’": what the row is about; no one in the body is quoted saying "lies" '
                      '(Feeney: "I wouldn’t characterise it as lying"). Could be read as a partial of Abbott\'s.'),
    q('You can rest assured, I am kicking myself in hindsight,', 'full', SHORTEN),
    q('The Labor party was bitterly divided and certainly I didn’t want to put any more fuel on that fire.', 'full',
      SHORTEN, continues=True, note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('ridiculous', 'partial', SHORTEN, note='"Mr Shorten dismissed as “...” suggestions ...".'),
    q('The only thing that goes down and down and down is the … credibility of an opposition leader who has been caught '
      'out again,', 'full', who('Tony Abbott', 'Abbott', 'Mr Abbott', 'Prime Minister Tony Abbott', 'the prime minister'),
      note='The ellipsis is inside the quote as published; "an opposition leader" inside is Shorten.'),
    q('dead political duck', 'partial', who('Christopher Pyne', 'Pyne', 'Liberal frontbencher Christopher Pyne')),
    q('I wouldn’t characterise it as lying,', 'full', who('David Feeney', 'Feeney', 'Labor frontbencher David Feeney'),
      note='"he told reporters": he = David Feeney of the paragraph before, not Shorten. The last, unfinished paragraph '
           'of the stored copy is left out.'),
]

# --- 007 National Post, Canadian politics (straight single standfirst, curly double) ---
OTOOLE = who('Erin O’Toole', 'O’Toole', "O'Toole", 'The new leader of the federal Conservative party')
ANNOTATIONS['007_nationalpost-otoole-early-election.txt'] = [
    q('Justin Trudeau would rather play politics than do his job,', 'full', OTOOLE,
      note="Standfirst '...,' O'Toole said: straight single marks around the quote, a straight apostrophe in the name "
           '(the body has "(Prime Minister) Justin Trudeau would ...").'),
    q('may be trying to trigger', 'partial', OTOOLE),
    q('If Mr. Trudeau thinks he can play some games with a new leader and force an election, we will be ready,', 'full',
      OTOOLE),
    q('(Prime Minister) Justin Trudeau would rather play politics than do his job.', 'full', OTOOLE, continues=True,
      note='Split by "O’Toole said at a Tuesday morning news conference."; the bracket is inside the quote as published.'),
    q('stop catering to insiders and special interests,', 'partial', OTOOLE),
    q('You’ll also be hearing a lot of Liberal spin about me,', 'full', OTOOLE),
    q('In fact, it’s already started. Don’t buy it.', 'full', OTOOLE, continues=True),
    q('General Motors, middle class family in a neighbourhood where everyone looked out for one another.', 'partial',
      OTOOLE, note='"being raised in a “...”": a noun phrase, the full stop inside the marks.'),
    q('We know what it’s like to worry about our kids and their anxiousness about returning to school,', 'full', OTOOLE,
      note='"he said" after a sentence of narration: a new quotation. The next, unfinished paragraph of the stored copy '
           'is left out.'),
]

# --- 008 Information Age, business/technology trade press (straight double; one curly opener) ---
COOK = who('Tim Cook', 'Cook', 'CEO Tim Cook')
DAWSON = who('Jan Dawson', 'Dawson', 'chief telecoms analyst at Ovum')
ANNOTATIONS['008_informationage-apple-profits-fall.txt'] = [
    q('We have priced [the iPad mini] aggressively and its margins are significantly below the corporate average,',
      'full', who('Peter Oppenheimer', 'Oppenheimer', 'Apple CFO Peter Oppenheimer'),
      note='The bracket is inside the quote as published.'),
    q('The decline in Apple’s stock price over the last couple of quarters has been very frustrating to all of us,',
      'full', COOK),
    q('But Apple remains very strong and we will continue to do what we do best.', 'full', COOK, continues=True),
    q('acknowledges that our growth rate has slowed and our margins have decreased from the exceptionally high level we '
      'experienced in 2012', 'partial', COOK, note='"Cook said that the company "..."": a predicate.'),
    q('both high growth and demand for products and a corresponding growth in channel inventories along with a richer '
      'mix of higher gross margin products, a more favorable foreign currency environment, and historically low costs.',
      'partial', COOK, note='"He insisted ... thanks to "..."": he = Cook.'),
    q('In some ways, beating guidance was the worst thing Apple could have done, after it had said last quarter that it '
      'would provide more realistic guidance and aim to hit rather than beat it,', 'full', DAWSON,
      note='Opened curly, closed straight.'),
    q("A large part of the problem with Apple's share price is that it has trained analysts to expect two things: "
      "ever-increasing revenues and profits, and that it will beat its own guidance consistently.", 'full', DAWSON,
      continues=True, para=True,
      note='Split by "Dawson said today."; the last whole paragraph of the stored copy, the quote goes on in the '
           'unfinished next paragraph, which is left out. ' + MULTI),
]

# --- 009 Food Manufacture, business trade press (curly double, curly single subheadings) ---
RICHARDS = who('Andy Richards', 'Richards', 'Unite Wales secretary Andy Richards')
REES = who('Christina Rees', 'Rees', 'MP Christina Rees')
REES_SPOKESMAN = who('spokesman from Rees’s office', 'A spokesman from Rees’s office')
ANNOTATIONS['009_foodmanufacture-crown-neath-closure.txt'] = [
    q('body blow', 'partial', RICHARDS,
      note='Opening sentence "has been described as a “...”": by Andy Richards ("a further body blow" below).'),
    q('This is a further body blow to the Welsh manufacturing sector and to Neath in particular, which has suffered a '
      'series of losses of significant employers in recent years.', 'full', RICHARDS, para=True, note=MULTI),
    q('Alternatives to plant closure', 'partial', RICHARDS,
      note='Subheading ‘...’: the phrase of Richards\'s quote just below ("alternatives to plant closure").'),
    q('We call upon the Welsh Government to do everything in its power to intervene and to discuss with the company '
      'alternatives to plant closure.', 'full', RICHARDS, continues=True,
      note='Opened afresh after the subheading, no attribution of its own: the quote goes on.'),
    q('Unite, will of course, enter into discussions with the company with a view to seeking an alternative to '
      'closure.', 'full', RICHARDS, note='"Richards said:" after narration: a new quotation.'),
    q('Gut wrenching feeling', 'partial', REES, note='Subheading ‘...’: the phrase of Rees\'s quote just below.'),
    q('The news has left a gut wrenching feeling, this iconic Neath plant is imbedded in the town, and so many local '
      'people have links to the place,', 'full', REES, note='"imbedded" as published.'),
    q('I would like to express my sincerest sympathies to the loyal workforce that have given the plant such a superb '
      'reputation.', 'full', REES, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('There’s a great reputation that comes with the site. It has been there 80 years and it has been with Crown since '
      '1996,', 'full', REES_SPOKESMAN,
      note='"he said": he = the spokesman from MP Christina Rees\'s office (paragraph before), not Rees.'),
    q('The reputation, certainly amongst the town, is absolutely huge. Everybody knows someone who has worked there.',
      'full', REES_SPOKESMAN, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks. The next, unfinished '
           'paragraph of the stored copy is left out.'),
]

# --- 010 Reuters (amwalalghad copy), business (curly double) ---
CHEN = who('John Chen', 'Chen', 'BlackBerry Chief Executive John Chen')
GILLIS = who('Colin Gillis', 'Gillis', 'BGC Partners analyst Colin Gillis')
ANNOTATIONS['010_amwalalghad-reuters-blackberry-profit.txt'] = [
    q('Our financial viability is no longer in question. We’re now turning our attention to revenue stabilization,',
      'full', CHEN),
    q('we do intend to do better.', 'full', CHEN,
      note='"Chen said while the average analyst estimate ... looks reasonable “...”": a whole clause with its own full '
           'stop, no comma or colon before the mark; could be read as partial.'),
    q('Chen and his team are one of the better management teams out there,', 'full', GILLIS,
      note='"said BGC Partners analyst Colin Gillis": "Chen" inside is the subject of the remark, not the speaker.'),
    q('But they have a lot of selling and a lot of execution to do.', 'full', GILLIS, continues=True),
    q('BlackBerry continues to do a good job controlling operating expenses and eliminating its cash burn during its '
      'business transition, but the total revenue was still a big miss and we still have concerns about the demand '
      'side,', 'full', who('Brian Colello', 'Colello', 'Morningstar analyst Brian Colello'),
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 011 The Irish Times (Reuters copy), business (straight double) ---
TEMPLEMAN = who('Rob Templeman', 'Templeman', 'Mr Templeman', 'chief executive Rob Templeman')
ANNOTATIONS['011_irishtimes-reuters-debenhams-margins.txt'] = [
    q('Rises in taxation, alongside inflation and the wider economic issues will undoubtedly continue to have a negative '
      'impact on consumer disposable income. In the short term we believe retailers are not going to get much help from '
      'the macro economy,', 'full', TEMPLEMAN),
    q('We believe that our focus on driving cash margin rather than just chasing sales will continue to benefit our '
      'profit and loss over the next few years.', 'full', TEMPLEMAN, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('self-help levers', 'partial', TEMPLEMAN),
    q('Debenhams does have more self-help than peers, but it also has more operational leverage,', 'full',
      who('Simon Irwin', 'Irwin', 'an analyst at Liberum Capital'),
      note='The unfinished last paragraph of the stored copy is left out ("analysts\'" apostrophe listed).'),
]

# --- 012 Arkansas Democrat-Gazette (nwaonline, wire reports), business/labour (straight double) ---
FAIN = who('Shawn Fain', 'Fain', 'UAW President Shawn Fain')
ANNOTATIONS['012_nwaonline-uaw-strike-talks.txt'] = [
    q('a reasonably productive', 'partial',
      who('United Auto Workers', 'UAW', 'The UAW', 'the United Auto Workers union', 'the union'),
      note='"The UAW said it had "..." conversation": the union as a body.'),
    q('are committed to reaching an agreement with UAW that rewards our workers and allows Ford to invest in the '
      'future. We have to win together.', 'partial',
      who('Mark Truby', 'Truby', 'Ford Chief Communications Officer Mark Truby'),
      note='"said in a statement that the automaker\'s leaders "...": a predicate that runs on into a whole sentence '
           'inside the same marks; partial by its start.'),
    q('resolve', 'partial', who('Stellantis NV', 'Stellantis', 'The automaker'),
      note='"Stellantis NV said it offered ... a pathway to "..." Belvidere Assembly Plant".'),
    q('a bargaining chip.', 'partial', FAIN, note='The full stop inside the marks.'),
    q('Belvidere Assembly was a profitable plant that just a few years ago supported around 5,000 workers and their '
      'families,', 'full', FAIN, note='"he said": he = Fain of the paragraph before.'),
    q('Now that number is zero, and Stellantis wants to keep playing games. Their attitude is: Stellantis giveth, and '
      'Stellantis taketh away. Our attitude is: Save Belvidere.', 'full', FAIN, continues=True,
      note='Split by "he said."; the unfinished last paragraph of the stored copy is left out.'),
]

# --- 013 Southern Daily Echo, sport (football; curly double) ---
HASENHUTTL = who('Ralph Hasenhuttl', 'Hasenhuttl', 'RALPH Hasenhuttl', 'The Austrian')
ANNOTATIONS['013_dailyecho-hasenhuttl-burnley.txt'] = [
    q('a deserved win', 'partial', HASENHUTTL,
      note='"RALPH Hasenhuttl labelled it “...”" (capitals as published; his "they had a deserved win" below).'),
    q('it is not good enough', 'partial', HASENHUTTL,
      note='"conceded “...” as his Saints side slipped": a clause woven into the reporter\'s sentence, no punctuation '
           'of its own; could be read as full.'),
    q('Congrats to Burnley, they had a deserved win,', 'full', HASENHUTTL),
    q('We had the first big chance in the game, a free header from Ori (Romeu) from a set-piece. Maybe the game goes in '
      'a different direction.', 'full', HASENHUTTL, continues=True, para=True,
      note='Opened afresh with no attribution of its own; the bracket is inside the quote as published. ' + MULTI),
    q('But when you concede the goal with the first chance from them and then after this don’t win any duel until '
      'half-time you don’t deserve anything from here.', 'full', HASENHUTTL, continues=True),
    q('We have been lacking everything from 15 minutes and then it is simply not good enough, we tried to change the '
      'shape a bit and we had two good chances from Che, didn’t score there.', 'full', HASENHUTTL, para=True,
      note='"The Austrian continued:" in a new paragraph: its own attribution, so a new quotation. ' + MULTI),
    q('Otherwise maybe in the end it is getting tighter. They defended quite well, we had not the quality or braveness '
      'with the ball to find the right decision in and around the box.', 'full', HASENHUTTL, continues=True,
      para=True, note=MULTI),
    q('In the end, it was too easy for them to defend us and we haven’t been dangerous enough in their half despite '
      'having more possession. It is not good enough.', 'full', HASENHUTTL, continues=True,
      note='The comment-rules furniture after it is left out.'),
]

# --- 014 AP (NewsBreak copy), sport (basketball; curly double) ---
SMART = who('Marcus Smart', 'Smart', 'Celtics guard Marcus Smart')
MAZZULLA = who('Joe Mazzulla', 'Mazzulla', 'Boston interim coach Joe Mazzulla')
ANNOTATIONS['014_newsbreak-ap-celtics-wizards.txt'] = [
    q('The sole focus is we want to have hot starts like that — offensively and defensively,', 'full', SMART),
    q('Sustaining it is our problem. We wanted to come out tonight and make a big emphasis on that end. Once we get '
      'that lead because of our defense...not to let it slow down and take our foot off the gas pedal.', 'full', SMART,
      continues=True),
    q('I love 3-pointers, I like math,', 'full', MAZZULLA),
    q('I think it’s a huge strength of our team. The thing we have to learn on the offensive end...is making sure we’re '
      'getting the best, accurate shot every time down and regardless if it goes in or not, it’s a good shot. We did a '
      'good job of when shots were not falling of competing defensively.', 'full', MAZZULLA, continues=True,
      note='The stored copy ends with an opening mark and one word ("“It"), left out; the paragraph before it has no '
           'full stop, as published.'),
]

# --- 015 Daily FT, Sri Lanka (ESPNcricinfo copy), sport (cricket; curly single headline, curly double) ---
MATHEWS = who('Angelo Mathews', 'Mathews', 'Sri Lanka captain Angelo Mathews')
ANNOTATIONS['015_ft-lk-mathews-humiliating-defeat.txt'] = [
    q('humiliating', 'partial', MATHEWS, note='Headline "... ‘...’ defeat: Mathews".'),
    q('embarrassing', 'partial', MATHEWS,
      note='"paved the road to an “...” and “...” innings-defeat at Headingley, Sri Lanka captain Angelo Mathews said".'),
    q('humiliating', 'partial', MATHEWS, nth=1),
    q('We were not decisive in leaving the ball,', 'full', MATHEWS),
    q('They bowled in good areas and we just kept putting our bats out of line of the stumps, and it kept nicking our '
      'bats all the time. We have to be decisive and play the correct one.', 'full', MATHEWS, continues=True),
    q('It was quite an embarrassing defeat. It was pure poor batting and the execution. You have to be really skillful '
      'to bat against these guys, especially in these conditions. Anderson once again showed his class. Stuart Broad '
      'was brilliant as well. One or two of our guys needed to raise our hands and put up a good score, particularly in '
      'the first innings. We failed to do that in the first innings, and once again in the second innings, so that’s a '
      'pretty obvious reason for our defeat.', 'full', MATHEWS, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks. The unfinished paragraph '
           'after the next one is left out.'),
]

# --- 016 Albawaba (AFP-style copy), sport (football; straight double, one quote never closed) ---
DE_GEA = who('David de Gea', 'De Gea', 'de Gea', 'The Spanish goalkeeper')
ANNOTATIONS['016_albawaba-de-gea-not-good-enough.txt'] = [
    q('not good enough', 'partial', DE_GEA),
    q("We are really disappointed with the result. It's difficult to put into words how we feel now at the moment.",
      'full', DE_GEA, para=True, note='"The Spanish goalkeeper told BT Sport ...:". ' + MULTI),
    q("We did not do enough in both games to win it. It's a very disappointing day for us.", 'full', DE_GEA,
      continues=True, para=True, note=MULTI),
    q('They are a team with a lot of experience. They know how to play those Champions League games.', 'full', DE_GEA,
      continues=True, para=True,
      note='The source never closes this quote: the next paragraph opens a new one with its own attribution ("De Gea '
           'added:"). Recorded to the paragraph end. ' + MULTI),
    q('They scored a goal then are a tough team so it was hard for us to create chances. We are out of one of the most '
      'important competitions so we are very sad.', 'full', DE_GEA, note='"De Gea added:": a new quotation.'),
    q("Of course it's not good enough. It's hard for the club, for us and the fans. It's really hard.", 'full', DE_GEA,
      continues=True, para=True,
      note='Opened afresh with no attribution of its own: the same remarks as the paragraph before. ' + MULTI),
    q("This is where we are at the moment. It's a difficult situation. We have to keep fighting. I feel very sad. But "
      "we were not good enough.", 'full', DE_GEA, continues=True, note='A photo caption after it is left out.'),
]

# --- 017 BBC News, UK health/politics (straight single headline, curly and straight double) ---
STREETING = who('Wes Streeting', 'Streeting', 'Mr Streeting', 'Health secretary', 'the health and social care secretary')
ANNOTATIONS['017_bbc-streeting-stunned-nhs.txt'] = [
    q('stunned', 'partial', STREETING, note='Headline "Health secretary \'...\' by NHS failings".'),
    q('genuinely stunned', 'partial', STREETING),
    q('tell the truth to our country', 'partial', STREETING, note='"He said ... he is determined to "..."".'),
    q('worse to come.', 'partial', STREETING, note='"He told the BBC that ... there was "..."": the full stop inside.'),
    q('more to come.', 'partial', STREETING,
      note='"..., adding that there was "..."": the sentence\'s subject is left implicit; the speaker of the paragraph '
           'before, Streeting.'),
    q('we can spell out really clearly really transparently the scale of the failure in the NHS.', 'full', STREETING,
      note='"He said this was so that "..."": a whole clause with its own full stop; could be read as partial.'),
    q("That's how seriously I take that issue, ", 'full', STREETING,
      note='A space before the closing mark as published; kept in the span.'),
    q('It’s clear to anyone who works in or uses the NHS that it is broken.', 'full', STREETING,
      note='A paragraph wholly in quotes with no attribution of its own, after "Mr Streeting told The Sun newspaper ...". '
           'The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 018 AP (CBS News copy), courts (straight double) ---
SCANLON = who('Michael Scanlon', 'Scanlon', 'A leading figure in the Jack Abramoff lobbying scandal')
ANNOTATIONS['018_cbsnews-ap-scanlon-sentenced.txt'] = [
    q("I'm very deeply sorry,", 'full', SCANLON),
    q("I'm very deeply remorseful.", 'full', SCANLON, continues=True),
    q('His cooperation was critical in cracking open the entire criminal conspiracy,', 'full',
      who('prosecutors', 'Federal prosecutors', 'Prosecutors'),
      note='"prosecutors said in a sentencing report to the judge": written words; "His" inside is Scanlon.'),
    q("I'm in such a dark place I don't have any detailed plans,", 'full', SCANLON),
    q("I don't know where I'm going or what I'm doing.", 'full', SCANLON, continues=True,
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 019 Colchester Evening Gazette, local news (straight double) ---
HOARE = who('Diane Hoare', 'Hoare', 'Her distraught mother', 'A devastated mum')
ANNOTATIONS['019_gazette-colchester-grave-thieves.txt'] = [
    q("I can't believe people would steal from my daughter's grave. You read about these things but you never think it "
      "will happen to you.", 'full', HOARE,
      note='"Her distraught mother told the Gazette:": the mother of Sarah-Jayne, i.e. Diane Hoare.'),
    q("I'm heartbroken - I was just starting to get over her death. I hope my daughter haunts whoever did this.",
      'full', HOARE, note='"She added:" in a new paragraph: a new quotation.'),
    q("It is a deplorable action. We wish we could prevent it but we can't police the cemetery all the time. It rarely "
      "happens, when it does, it is very distressing.", 'full',
      who('Penny Stynes', 'Stynes', 'Cemetery manager Penny Stynes')),
]

# --- 020 Daily Mail (MailOnline), health/human interest (straight single marks throughout) ---
HUGHES = who('Susan Hughes', 'Susan', 'Hughes', 'A mother', 'Heartbroken mother')
ANNOTATIONS['020_dailymail-hughes-asthma-son.txt'] = [
    q('One minute he was alive and the next he was gone', 'full', HUGHES,
      note="Headline '...': the mother's remark standing alone (not in the stored body)."),
    q('beautiful boy', 'partial', HUGHES),
    q("I was out shopping for the final bits I needed for Joe's Year 7 high school uniform and when I got home my world "
      "changed.", 'full', HUGHES, para=True, note='"Susan said:". ' + MULTI),
    q("My eldest son who was 11 had dropped dead. I didn't know that had happened when I answered the phone but when I "
      "found out the chain of events my heart broke even more.", 'full', HUGHES, continues=True),
    q('come now', 'partial', who('her distraught husband', 'distraught husband'),
      note="\"a call from her distraught husband telling her to '...'\": his words, as she recounts them."),
    q('I arrived at the river to see an air ambulance arriving and someone doing CPR on my son.', 'full', HUGHES,
      para=True,
      note='Opened after a sentence of narration: a new quotation, Susan\'s (no attribution of its own). The last whole '
           'paragraph of the stored copy; the quote goes on in the unfinished next paragraph, left out. ' + MULTI),
]
