"""Hand annotations for test/dev9 (GUIDELINE.md), made from the article text alone, without running
the extractor or looking at its output: dev9 was annotated blind.

Each record names a quoted span by its exact words; build_gold.py computes the offsets.
Fields: text, kind (full | partial | term), speaker, aliases, continues, note,
nth (which occurrence when the same words occur more than once),
para (a paragraph of a multi-paragraph quote: the span runs to the paragraph end, where the source
has no closing mark by convention), unterminated (the source never closes the quote).

Conventions: those of dev5 to dev8, kept unchanged (test/gold_tools/CONVENTIONS.md, where each set's
section is copied), then these, new in this set:
- A phrase quoted as an accusation in the passive, with no accuser named anywhere in the document ("The
  Conservatives have been accused of trying to run a 'kangaroo court'"), is `partial` with speaker null (the
  guideline's "no clue at all"); noted. A phrase set in quotes with no speech act attached to it at all ("staff
  are now 'in limbo'") is `term`, as a scare quote; noted.
- A phrase that the reporter's paraphrase of a speaker puts in quotes as a third party's rhetoric ("said the
  Tories actions were not consistent with their rhetoric about creating a "fair and robust" process", the
  speaker using the same words herself in her quotes) has the reporting speaker as speaker; noted.
- A paragraph whose quote the source never closes, followed by a paragraph that quotes someone else (Walker's
  "... decide on a coronation.¶And Crispin Blunt ... said: "...") is recorded to its paragraph end with
  unterminated=True; noted.
- A paragraph of a multi-paragraph quote (the paragraph before left open) that ends with an attribution of its
  own ("..., Obama said.") continues the quotation: the open paragraph, not the attribution, decides.
- A multi-paragraph quote opened with one kind of mark and continued with another (a curly opener left open,
  the next paragraph opened straight and closed curly) is one quotation (continues=True).
- A leading space after the opening mark (" There must be standards ...", ‘ huge shock’) stays in the span, as
  dev8's trailing space.
- A standfirst that repeats a body paragraph word for word gets its own records (nth tells the occurrences
  apart), each with the speaker the body gives.
- Words quoted "according to a press release" have the release as speaker ("press release"); words a band is
  said to have said as a group ("the group responded ... saying:") have the band as speaker, "the group" an
  alias.
- A paragraph wholly in quotes after a sentence of narration, with no attribution of its own, in a passage
  where one person is being quoted ("From 1998 to 2003, a second study was conducted. "At that point, ...") is
  that person's, a new quotation; noted.
- Song and album titles in quotes (‘Tiny Dancer’, ‘Overload’) are `term`; the same titles inside a quoted
  speaker's words get no record of their own.
"""


from annotate import MULTI, q, term, who  # noqa: E402,F401  (test/gold_tools/annotate.py)

# Apostrophes that a letter does not follow or precede on both sides (snippets ending in the apostrophe).
APOSTROPHES = {
    '015_doncasterfreepress-mccann-press-notes.txt': ["Rovers'"],
}

ANNOTATIONS = {}

# --- 001 The Herald (Glasgow), UK politics (straight double; straight single term-like accusation) ---
CHAMBERLAIN = who('Wendy Chamberlain', 'Chamberlain', 'Ms Chamberlain', 'the Liberal Democrat MP for North East Fife',
                  "the party's chief whip")
ANNOTATIONS['001_heraldscotland-paterson-kangaroo-court.txt'] = [
    q('kangaroo court', 'partial', None,
      note='"The Conservatives have been accused of trying to run a \'...\'": an accusation in the passive; no accuser '
           'is named anywhere in the document, so no speaker. Could be read as a term (scare quotes).'),
    q('fair and robust', 'partial', CHAMBERLAIN,
      note='"Chamberlain ... said the Tories actions were not consistent with their rhetoric about creating a "..." '
           'process": her reported speech (she says "fair and robust" three times below); could be read as the '
           'Tories\' words.'),
    q("The consequences of yesterday's vote are clearly far-reaching.", 'full', CHAMBERLAIN, para=True,
      note='"She said:". ' + MULTI),
    q("The Government's decision not just to meddle in an independent process but to whip Conservative members to "
      "get what they wanted is one of the worst overreaches of executive power that this House has seen in its "
      "history.", 'full', CHAMBERLAIN, continues=True, para=True, note=MULTI),
    q('It is shameful that this Government will not apply the same standards of scrutiny to those within its own '
      'party.', 'full', CHAMBERLAIN, continues=True),
    q('Government wants to silence us [MPs]', 'partial', CHAMBERLAIN,
      note='"She said the "..."": the bracket is inside the quote as published.'),
    q(" There must be standards which are fair and robust, and which are seen to be fair and robust, but the "
      "Government's shortsighted intervention to protect a colleague using a political process to overturn in two "
      "hours an independent investigation that took two years is the complete opposite of fair and robust.", 'full',
      CHAMBERLAIN, note='"and added: "...": a new quotation; the space after the opening mark is kept in the span.'),
]

# --- 002 politic-news.space (UK paper copy), UK politics (curly double) ---
TREVELYAN = who('Anne-Marie Trevelyan', 'Trevelyan', 'Ms Trevelyan', 'A Cabinet minister', 'the transport secretary')
ANNOTATIONS['002_politicnews-trevelyan-fracking-manhandling.txt'] = [
    term('manhandling',
         note='"called for an investigation into the “...” of Tory MPs": what the row is about; no one in the text is '
              'quoted saying it. Could be read as a partial of Trevelyan\'s.'),
    q('shocked', 'partial', TREVELYAN, note='"saying she is “...”": her "I was shocked" below.'),
    q('well respected across the world', 'partial', TREVELYAN),
    q('intimidation and bullying', 'partial', who('one Labour MP'),
      note='"the “...” – as one Labour MP called it": the unnamed MP\'s words.'),
    q('I was not in the lobbies, but I was shocked to hear the descriptions of what went on.', 'full', TREVELYAN,
      para=True, note='"Ms Trevelyan, the transport secretary, said:". ' + MULTI),
    q('I hope Mr Speaker will be investigating closely – and I am sure that he will – to ensure these scenes and these '
      'situations do not happen again.', 'full', TREVELYAN, continues=True),
    q('It is never acceptable for there to be any harassment of members as they cast their democratic vote.', 'full',
      TREVELYAN, note='"She added:": a new quotation.'),
    q('The grown-ups in our party, and a few do exist, need to meet in a papal conclave over the next 24 hours and '
      'decide on a coronation.', 'full',
      who('Charles Walker', 'Walker', 'a former chair of the 1922 Committee of backbench Tories'), unterminated=True,
      note='The source never closes this quote: the next paragraph quotes Crispin Blunt. Recorded to the paragraph '
           'end.'),
    q('It’s plain what is required. We need to effect a change, frankly, today in order to stop this shambles.',
      'full', who('Crispin Blunt', 'Blunt', 'a former minister'),
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 003 NOTUS, US politics (curly double) ---
THUNE = who('John Thune', 'Thune', 'Majority Leader John Thune')
MULLIN = who('Markwayne Mullin', 'Mullin', 'Sen. Markwayne Mullin')
ANNOTATIONS['003_notus-senate-reconciliation-votes.txt'] = [
    q('aspirational.', 'partial', THUNE,
      note='"As he put it to reporters ..., a midday Saturday vote ... is “...”": he = Thune of the paragraph before; '
           'the full stop inside the marks.'),
    q('We’ll find out tomorrow,', 'full', THUNE),
    q('is close', 'partial', MULLIN),
    q('after we get these next numbers out for them that are real number hawks — which I consider most of us are.',
      'partial', MULLIN,
      note='"would be able to decide ... “...”": a fragment the sentence completes, running on into a clause.'),
    q('They see the numbers for themselves and the proof is in the pudding that we’ve made some significant cuts.',
      'full', MULLIN, note='"He added,": a new quotation after the partial.'),
    q('We think we’ve got it,', 'full', who('John Hoeven', 'Hoeven', 'Sen. John Hoeven'),
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 004 The Hill, US politics (curly double, straight apostrophes inside) ---
OBAMA = who('Obama', 'President Obama')
ANNOTATIONS['004_thehill-obama-economy-doing-fine.txt'] = [
    q('doing fine,', 'partial', OBAMA, note='"Hours after saying the private sector is “...”": the comma inside.'),
    q('absolutely clear', 'partial', OBAMA),
    q('It is absolutely clear that the economy is not doing fine,', 'full', OBAMA),
    q("That's the reason I had a press conference. That's why I spent yesterday, the day before yesterday, this past "
      "week, this past month and this past year talking about how we can make the economy stronger.", 'full', OBAMA,
      continues=True, para=True, note='Split by "Obama said in his correction." ' + MULTI),
    q("There are too many people out of work, the housing market is still weak and too many homes underwater, and "
      "that's precisely why I asked Congress to start taking some steps that can make a difference,", 'full', OBAMA,
      continues=True,
      note='The paragraph before was left open, so this one continues the quotation although it ends with '
           '"Obama said".'),
    q("I think if you look at what I said this morning and what I've been saying consistently over the last year, "
      "we've actually seen some good momentum in the private sector,", 'full', OBAMA,
      note='"he said" after a paragraph of narration: a new quotation.'),
    q("There's been 4.3 million jobs created, 800,000 this year alone, record corporate profits. And so that has not "
      "been the biggest drag on the economy.", 'full', OBAMA, continues=True),
    q('doing fine', 'partial', OBAMA, note='"the comment that the private sector was “...”": his words.'),
    q('doing fine', 'partial', OBAMA, nth=1,
      note='"saying that the private sector was “...”". The next, unfinished paragraph of the stored copy is left '
           'out.'),
]

# --- 005 Extra.ie, Irish politics (curly single speech throughout) ---
VARADKAR = who('Leo Varadkar', 'Varadkar', 'Mr Varadkar', 'Tanaiste Leo Varadkar', 'the Tanaiste')
ANNOTATIONS['005_extra-varadkar-dail-bullying.txt'] = [
    q('bullying', 'partial', VARADKAR, note='"accused some opposition parties of ‘...’": his "you bully people" below.'),
    q('I’m embarrassed to be a member of this Chamber tonight quite frankly because of the behaviour of some of the '
      'parties.', 'full', VARADKAR, para=True, note='"Mr Varadkar said:". ' + MULTI),
    q('I want the people at home to listen to the number of times I’m interrupted when I just try to say a few words '
      'in this chamber because of the arrogance and nastiness and abusiveness of the smaller parties and far-left '
      'parties in this House.', 'full', VARADKAR, continues=True, para=True, note=MULTI),
    q('They try to dominate this chamber and anytime anyone from Government stands up, anytime any minister tries to '
      'speak, any backbencher tries to make a point, you shout us down in the same way you bully people online.',
      'full', VARADKAR, continues=True, para=True, note=MULTI),
    q('Day in and day out you try to bully people in here because they come from a larger party or a government '
      'party.', 'full', VARADKAR, continues=True),
]

# --- 006 The Indian Statesman, Indian politics (curly double; standfirst repeats a body paragraph) ---
PURI = who('Hardeep Singh Puri', 'Puri', 'Union Minister Hardeep Singh Puri')
ANNOTATIONS['006_indianstatesman-puri-congress-hallucinatory.txt'] = [
    q('hallucinatory', 'partial', PURI, note='Standfirst, repeated word for word in the body below.'),
    q('fake narratives,', 'partial', PURI, note='Standfirst; the comma inside the marks.'),
    q('I get the feeling that they are always looking for some way in which they can show India down.', 'full', PURI,
      note='Standfirst "Puri added, “...”".'),
    q('Some of my friends in the lie-producing factory constantly said there was no invitation. When a productive '
      '35-minute exchange happens, they reference an earlier conversation from January and say it’s not a real '
      'readout. Let their readout come.', 'full', PURI),
    q('hallucinatory', 'partial', PURI, nth=1),
    q('fake narratives,', 'partial', PURI, nth=1),
    q('I get the feeling that they are always looking for some way in which they can show India down.', 'full', PURI,
      nth=1, note='"Puri added,": a new quotation.'),
    q('Prime Minister Modi made it clear to President Trump that during this entire episode, at no time were issues '
      'like an India-US trade deal or mediation with Pakistan discussed,', 'full',
      who('Vikram Misri', 'Misri', 'Foreign Secretary Vikram Misri'),
      note='"Misri clarified". The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 007 Reuters (globalrubbermarkets copy), business (curly double) ---
NOVAK = who('Alexander Novak', 'Novak', 'Russian Energy Minister Alexander Novak')
ANNOTATIONS['007_globalrubber-reuters-oil-opec-output.txt'] = [
    q('in principle', 'partial', NOVAK,
      note='"Novak said ... that both nations “...” supported": Novak\'s words (after talks with Falih).'),
    q('We in general support this … but specifics we will discuss with the ministers in a week,', 'full', NOVAK,
      note='The ellipsis is inside the quote as published.'),
    q('We will see where we go, but I think we’ll come to an agreement that satisfies, most importantly, the market.',
      'full', who('Khalid al-Falih', 'Falih', 'Saudi Energy Minister Khalid al-Falih')),
    q('The switch has been turned on for a supply increase,', 'full',
      who('Olivier Jakob', 'Jakob', 'Olivier Jakob at Swiss oil markets consultancy Petromatrix')),
    q('My guess is the increase will be something less than the 1 million bpd (barrels per day) that the U.S. is '
      'supposed to have asked the Saudis for,', 'full',
      who('Greg McKenna', 'McKenna', 'chief market strategist at futures brokerage AxiTrader'),
      note='Introduced in the paragraph before ("McKenna ... noted that ...:"), then "McKenna said". The next, '
           'unfinished paragraph of the stored copy is left out.'),
]

# --- 008 The Irish Times, business (straight double) ---
MACENTEE = who('Roisin MacEntee', 'MacEntee', 'Ms Roisin MacEntee', 'company managing director')
ANNOTATIONS['008_irishtimes-afl-dundalk-closure.txt'] = [
    q('increasing pressure in the market for price reductions, increased operating costs and the slowdown in the '
      'demand for our particular sector', 'partial', MACENTEE, note='"she blamed "..."": she = MacEntee.'),
    q('The problem is our market sector. We are in the electro-mechanical relay business; it is a very tight market, '
      'it has been in a spiral for many years now with huge competition. It is not in anyway related to September '
      '11th. I have been with the company since I left college and this is a huge disappointment to me personally,',
      'full', MACENTEE, note='"she added": she = MacEntee; "in anyway" as published.'),
    q('I am shocked, devastated but at least I have my mortgage paid,', 'full',
      who('Helen Patterson', 'Patterson', 'Mrs Helen Patterson'),
      note='The next, unfinished paragraph of the stored copy (a quote of Brian Gallagher) is left out.'),
]

# --- 009 The Argus (Dundalk, PressReader copy), business (curly single speech throughout) ---
UNITE = who('UNITE', 'trade union UNITE')
MAGUIRE = who('Ciaran Maguire', 'Maguire', 'Ciaran', 'shop steward Ciaran Maguire')
ANNOTATIONS['009_argus-tafc-dundalk-closure.txt'] = [
    q('persistent refusal to engage with the workers', 'partial', UNITE,
      note='Standfirst "Union critical of food company for ‘...’": the union\'s words as the body gives them (longer '
           'there).'),
    q('persistent refusal to engage with the workers or their union over the past number of weeks', 'partial', UNITE,
      note='"according to trade union UNITE".'),
    term('in limbo', note='"staff are now ‘...’": no speech act attached; could be the union\'s words.'),
    q(' huge shock', 'partial', MAGUIRE,
      note='"came as a ‘...’ to staff, according to shop steward Ciaran Maguire"; the space after the opening mark '
           'is kept.'),
    q('It was a huge shock, some people just didn’t want to be believe it to be honest. We have no answers as to why '
      'this has happened, just excuse after excuse from the company.', 'full', MAGUIRE,
      note='A paragraph wholly in quotes after "Speaking to the Argus, he said ...": he = Maguire.'),
    q('who had been working there for a long time.', 'partial', MAGUIRE),
    q('now fighting for severance packages and answers as to why this happened.', 'partial', MAGUIRE,
      note='"he added ‘...’" with no comma.'),
    q('serious business challenges in recent months that have been specific to this site.', 'partial',
      who('Nik Basran', 'Basran', 'managing director of The Authentic Food Company (AFC)'),
      note='"In a statement ..., Nik Basran ... said the firm have faced some ‘...’". The next, unfinished paragraph '
           'of the stored copy is left out.'),
]

# --- 010 BBC News, business (straight double) ---
HAMILTON = who('John Hamilton', 'Hamilton', 'Mr Hamilton', 'regional officer with engineering union Amicus')
ANNOTATIONS['010_bbc-floform-welshpool-jobs.txt'] = [
    q('Unfortunately it appears very unlikely that the number of redundancies which will take effect among our '
      'members will be any different from the number that we were given before Christmas', 'full', HAMILTON,
      note='The full stop outside the closing mark.'),
    q('major restructuring', 'partial', who('Executives'),
      note='"Executives said the redundancies were part a "..."": Floform\'s executives, unnamed ("part a" as '
           'published).'),
    q("The union's first priority is to deal with the interests of our members who are facing a very uncertain future "
      "without employment.", 'full', HAMILTON, para=True, note='"Mr Hamilton added:": a new quotation. ' + MULTI),
    q('Our second priority is to work with the company to try to secure long-term job security for the rest of the '
      'workforce.', 'full', HAMILTON, continues=True, para=True, note=MULTI),
    q("It's going to be a very challenging year and we want to focus on how the company will move forward in the next "
      "12 months.", 'full', HAMILTON, continues=True,
      note='A pull quote of these words ("It\'s going to be a very challenging year / John Hamilton, Amicus", no '
           'marks) was left out as furniture.'),
]

# --- 011 ESM: European Supermarket Magazine, business trade press (curly double; one straight opener) ---
COUPE = who('Mike Coupe', 'Coupe', 'chief executive Mike Coupe')
BARCLAYS = who('Barclays European Food Retail Equity Research', 'Barclays')
ANNOTATIONS['011_esm-sainsburys-christmas-sales.txt'] = [
    q('Sainsbury’s offered customers greater-quality food, choice and value than ever before, across all channels,',
      'full', COUPE),
    q('We had a record Christmas week, with over 30 million customer transactions at Sainsbury’s and over £1 billion '
      'of sales across the group.', 'full', COUPE, continues=True, note='Split by "said chief executive Mike Coupe."'),
    q('The market remains very competitive, and the impact of the devaluation of sterling remains uncertain. However, '
      'we are well placed to navigate the external environment and remain focused on delivering our strategy,',
      'full', COUPE, note='"he said" after a paragraph of narration: a new quotation.'),
    q('Clearly, the LFL numbers are both nicely ahead of expectations – the company makes no comment on profit, which '
      'suggests it is reasonably comfortable with its own consensus of 16/17 PBT of c£573m.', 'full', BARCLAYS,
      para=True, note='"Barclays European Food Retail Equity Research said,": a research note. Opened curly. ' + MULTI),
    q('Bear in mind: this is a 15-week period, so the better LFL number may not be all down to Christmas – the company '
      'commented that its LFL would have been better than the overall +0.1% if you looked at Christmas alone.',
      'full', BARCLAYS, continues=True,
      note='Opened straight, closed curly; the copyright line after it is left out.'),
]

# --- 012 Rugby15 (South Africa), sport (rugby; curly double) ---
MEYER = who('Heyneke Meyer', 'Meyer', 'Springbok coach Heyneke Meyer', 'The coach')
ANNOTATIONS['012_rugby15-meyer-not-good-enough.txt'] = [
    q('We need to give credit to Argentina, who outplayed us today. They delivered a great performance and deserved '
      'the win. They played a game that suited them and not us. We could not adapt and sadly, we were just not good '
      'enough today,', 'full', MEYER),
    q('We have let our country and our supporters down today with this unacceptable performance. We are a proud team, '
      'but you will lose sometimes. What we dished up in the first half was very poor. I apologise to the nation as '
      'the buck stops with me as coach. There are no excuses. I take responsibility and will work harder to rectify '
      'this before the Rugby World Cup.', 'full', MEYER, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('We managed quick ball against New Zealand and Australia despite them having two of the best opensiders in the '
      'world. Today we could not manage that, for a variety of reasons.', 'full', MEYER,
      note='A paragraph wholly in quotes after a sentence of narration about Meyer: a new quotation, his.'),
    q('This does not put us back for the Rugby World Cup. We are a much better team than this. We will be working '
      'even harder. I still believe we are in contention for the World Cup. We are getting a number of big ball '
      'carriers back soon and we will be better for it.', 'full', MEYER,
      note='As the one before. The last whole paragraph of the copy introduces Jean de Villiers, whose quote, '
           'unfinished in the stored copy, is left out.'),
]

# --- 013 Tennis Tour Talk, sport (tennis; curly double) ---
FEDERER = who('Roger Federer', 'Federer', 'the 35-yaer-old Swiss', 'The third seed')
DJOKOVIC = who('Novak Djokovic', 'Djokovic')
ANNOTATIONS['013_tennistourtalk-federer-djokovic-wimbledon.txt'] = [
    q('I can’t believe it, 100 matches, it’s a lot. I’m very happy my body kept me going over all these years. It was '
      'a perfect setting, beautiful weather – a Mexican wave on Centre Court, you don’t see that every day! I’m so, so '
      'happy to be through,', 'full', FEDERER),
    q('I’m very pleased with how I’m playing. You can always play a little better. You adjust to the conditions – '
      'it’s like going to work, you can’t produce the best every single day but you have to make sure your average is '
      'as high as possible.', 'full', FEDERER, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q('It is not the shoulder, it is the elbow that keeps bothering me for over a year and a half,', 'full', DJOKOVIC),
    q('It is unfortunate that I had to finish Wimbledon Grand Slam in this way. If someone feels bad it is me.',
      'full', DJOKOVIC, continues=True, para=True,
      note='Opened afresh with no attribution of its own: the same press conference. ' + MULTI),
    q('I tried. From yesterday I tried to get it in the condition where I could play.', 'full', DJOKOVIC,
      continues=True, para=True, note=MULTI),
    q('I could play with pain that was bearable for 30 minutes, but the serve and the forehand were shots where I '
      'could feel it the most and there was no sense (to continue).', 'full', DJOKOVIC, continues=True,
      note='The bracket is inside the quote as published. After the "Murray Falls" section\'s first paragraph, '
           'Murray\'s quote, unfinished in the stored copy, is left out.'),
]

# --- 014 Trinidad Express, sport (cricket; curly double) ---
BRATHWAITE = who('Kraigg Brathwaite', 'Brathwaite', 'West Indies skipper Kraigg Brathwaite')
ANNOTATIONS['014_trinidadexpress-brathwaite-wi-sorry.txt'] = [
    q('We are very sorry', 'full', BRATHWAITE,
      note='The opening line, wholly in quotes with the full stop outside; "Those were the sentiments expressed by ... '
           'Kraigg Brathwaite" in the next paragraph.'),
    q('The bowlers did a fantastic job and for me, at number one, not spending time (at the crease) at all...we are '
      'very sorry,', 'full', BRATHWAITE, note='Bracket and ellipsis inside the quote as published.'),
    q('Obviously, the fans look forward to West Indies doing well and stuff and we were disappointing. But we promise, '
      'as batsmen, to work on different stuff and come back and show that fight. Sometimes it is not all about winning '
      'but still you want to see the fight and we didn’t show that at all. So, we’ve got to come back better and make '
      'the fans proud,', 'full', BRATHWAITE),
    q('I certainly didn’t do as well I would have liked for the team and, as a batters, if you look at the numbers and '
      'the partnerships, we had one 50-run partnership. So, I obviously never expected that but these things happen '
      'and it is important we learn from that in terms of the dismissals and getting better at (negotiating) the '
      'different deliveries that may be coming down from the bowler,', 'full', BRATHWAITE,
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 015 Doncaster Free Press, sport (football; straight double) ---
MCCANN = who('Grant McCann', 'McCann', 'manager Grant McCann', 'the Rovers chief')
ANNOTATIONS['015_doncasterfreepress-mccann-press-notes.txt'] = [
    q("We've had some bad news with Conor doing his ACL. It'll keep him out for some time and he'll now go back to "
      "Bolton,", 'full', MCCANN, note='"said the Rovers chief": McCann.'),
    q("It's not ended well, that little nudge at Bradford. He's twisted his knee in the grass and it's so "
      "disappointing. It's really frustrating for Conor. It seems like we can't have a loan forward! Louie Marsh was "
      "another one, with his shoulder injury and then picking up another, and now Conor. Maybe someone is sprinkling "
      "some voodoo dust on top of the training ground!", 'full', MCCANN, continues=True,
      note='A paragraph wholly in quotes with no attribution of its own: the same remarks.'),
    q("It's better than what we first thought. We're still awaiting a proper prognosis. We were half-thinking it could "
      "be another ACL but it's not, which is good news. Fingers crossed he can be back very, very soon.", 'full',
      MCCANN, note='"On Close, McCann said:": a new quotation. A photo caption before it is left out.'),
]

# --- 016 Daily Mail (CNN/Daily Mail story file), consumer safety/local (curly and straight single speech) ---
TAYLOR = who('Kim Taylor', 'Taylor', 'Miss Taylor', 'Carer Kim Taylor', 'the mother-of-two')
PUGSLEY = who('Charlie Pugsley', 'Pugsley', 'fire investigator Charlie Pugsley')
ANNOTATIONS['016_dailymail-ecigarette-car-fire.txt'] = [
    q('I’ve gone to sleep with it plugged in before,', 'full', TAYLOR,
      note='"she said": she = Kim Taylor, the mother-of-two of the paragraph before.'),
    q('I hate to think what would have happened if it had exploded next to me.', 'full', TAYLOR, continues=True),
    q('exploded into bits and melted into the carpet', 'partial', TAYLOR,
      note='"the e-cigarette had already ‘...’": unattributed in its sentence; her account of the fire.'),
    q('If the appropriate charger was used we would take further action.', 'full',
      who('Yasin Patel', 'Patel', 'director of Prestige Vaping'),
      note='"He said ..., adding: ‘...’": he = Yasin Patel.'),
    q('It is important not to leave e-cigarettes to charge unattended.', 'full',
      who('Philip Le Shirley', 'Le Shirley', 'Philip Le Shirley, from the Royal Society for the Prevention of Accidents'),
      note='Straight single marks, where the quotes above are curly.'),
    q('People assume e-cigarettes are much safer than ordinary cigarettes, and in most cases they are.', 'full',
      PUGSLEY, para=True, note=MULTI),
    q('The danger is that people sometimes use incorrect chargers which runs the risk of over-charging, which can '
      'potentially have explosive results.', 'full', PUGSLEY, continues=True,
      note='Pull quotes and photo captions of the page, and the @highlight summary lines of the story file, are left '
           'out.'),
]

# --- 017 Yorkshire Evening Post, health (curly single headline, curly double) ---
BOYLE = who('Maggie Boyle', 'Boyle', 'Miss Boyle', 'The head of Leeds hospitals', 'The chief executive',
            'Leeds hospital boss')
ANNOTATIONS['017_yep-leeds-hospital-boss-sorry.txt'] = [
    q('sorry for waiting times', 'partial', BOYLE,
      note='Headline "Leeds hospital boss ‘...’": her apology below ("am very sorry that this is the case").'),
    q('letting patients down', 'partial', BOYLE),
    q('I apologise to the people of Leeds for failing to achieve this standard and can assure them we are doing '
      'everything possible to improve the situation.', 'full', BOYLE, note='"she told hospital directors:".'),
    q('cause for concern', 'partial', BOYLE, note='"The chief executive added that ... was giving “...”".'),
    q('I am conscious that we are letting patients down and have to admit that is likely to continue for some months '
      'yet – and am very sorry that this is the case,', 'full', BOYLE, note='"she said in a report": written words.'),
    q('significant number', 'partial', BOYLE,
      note='The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 018 Cincinnati.com (The Enquirer), science/health research, local (curly double) ---
WOO = who('Jessica Woo', 'Woo', 'a researcher at Cincinnati Children’s Hospital Medical Center')
ANNOTATIONS['018_cincinnati-princeton-study-participants.txt'] = [
    q('There was not much known about how strongly inheritable, or how much families resembled each other with '
      'cardiovascular risk factors,', 'full', WOO),
    q('That was one thing that the Princeton study helped.', 'full', WOO, continues=True),
    q('We worked with the Princeton district to try to enroll as many as we could,', 'full', WOO,
      note='"she said": a new paragraph with its own attribution, a new quotation.'),
    q('About 80 percent of eligible people were enrolled. It was a very big effort; about 10,000 were enrolled.',
      'full', WOO, continues=True),
    q('That makes the Princeton study very unique,', 'full', WOO),
    q('It was intended to be a family-based study where we have been able to look at family relationships related to '
      'cardiovascular risk factors.', 'full', WOO, continues=True),
    q('At that point, all of the former school children were in their 40s. Now it’s a study of parents in their 60s '
      'and children in their 40s. We were able to get a lot more information about how cardiovascular risk factors '
      'develop over the life course and how genetic factors change.', 'full', WOO,
      note='After a sentence of narration, no attribution of its own: Woo, the only person quoted. The next paragraph '
           'of the stored copy, which closes a quote it never opened, and what follows are left out.'),
]

# --- 019 People-style copy (ahhozon.pages.dev), courts (curly double) ---
ROCHA = who('Sharon Rocha', 'Rocha', 'Laci’s mother')
ANNOTATIONS['019_pagesdev-peterson-resentenced-life.txt'] = [
    q('You betrayed her, your son and everyone else,', 'full', ROCHA),
    q('You ended two beautiful souls.', 'full', ROCHA, continues=True),
    q('All the while we were there that evening you were already planning her murder,', 'full', ROCHA,
      note='"Rocha said to Peterson": a new paragraph with its own attribution, a new quotation.'),
    q('That evening was the last time I saw my daughter alive.', 'full', ROCHA, continues=True),
    q('Two things will never change,', 'full', ROCHA, note='"she told Peterson": she = Rocha.'),
    q('Laci and Connor will always be dead and you will always be their murderer.', 'full', ROCHA, continues=True),
    q('not the place to retry the case…but I would note that there is a very strong basis for Mr. Peterson to state '
      'his innocence. He’s been sitting in a prison cell for 17 years waiting for the opportunity to be heard again.',
      'partial', who('Pat Harris', 'Harris', 'Defense attorney Pat Harris'),
      note='"acknowledged that this hearing was “...”": a predicate that runs on into whole sentences; partial by its '
           'start (dev8). The next, unfinished paragraph of the stored copy is left out.'),
]

# --- 020 NME (musicmir copy), culture (curly double, curly single titles) ---
SMITH = who('James Smith', 'Smith', 'frontman James Smith')
ANNOTATIONS['020_nme-yard-act-tiny-dancer.txt'] = [
    term('Tiny Dancer', note='Headline: a song title.'),
    q('personal telephone call to frontman James Smith,', 'partial', who('press release', 'a press release'),
      note='"in a “...” according to a press release"; the comma inside the marks.'),
    q('I can’t do it but I love it and I wonder how they do it.', 'full', who('Elton John', 'John')),
    q('It was mind-blowing, I fucking love Elton John; I want to write some lyrics for him. I’m hoping we’ll bump into '
      'him at some point.', 'full', who('Yard Act', 'the group', 'The Leeds group'), para=True,
      note='"the group responded to John’s praise saying:": the band as speaker. ' + MULTI),
    q('We’re doing a live cover of ‘Tiny Dancer’ to get his attention to pique his interest. It could go completely '
      'wrong, but you’re better off giving something a go. People are so fucking precious and judgemental: do '
      'something rather than nothing; we’re all gonna be dead soon.', 'full',
      who('Yard Act', 'the group', 'The Leeds group'), continues=True,
      note='The song title inside gets no record of its own.'),
    q('A hundred per cent! Can you imagine a band meeting where someone flagged they didn’t want to work with Elton '
      'John? They’d be booted instantly. I’d fucking love to work with him! We’d do a drive-in rock’n’roll song. I’d '
      'write some words for him to sing and then I’d join in on the chorus. It would be well good, like ‘Crocodile '
      'Rock Part Two’.', 'full', SMITH, note='"Smith replied:" with two spaces before the mark, as published.'),
    term('Overload', note='Album title.'),
    term('Pour Another', note='Single title (the same title opening Smith\'s quote below gets no record).'),
    term('Rich', note='Single title.'),
    term('Payday', note='Single title.'),
    q('‘Pour Another’ zooms in on the post-party conversations many hedonists will be all too familiar with.', 'full',
      SMITH, para=True,
      note='"Smith added:". The last whole paragraph of the stored copy; the quote goes on in the unfinished next '
           'paragraph, left out. ' + MULTI),
]
