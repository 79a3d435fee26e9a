import { describe, expect, test } from 'vitest'
import { processDocument } from '../../pipeline/process-document.ts'

/** The quotes of a one-paragraph (or few-paragraph) text, as [quote, kind, speaker]. */
function quotesOf(text: string): Array<[string, string, string | null]> {
  return processDocument({ sourceFile: 't.txt', text }).quotes.map((q) => [q.quote, q.kind, q.speaker])
}

describe('marks: what pairs and what does not', () => {
  test.each([
    // straight, curly, single, guillemets, low-high
    ['"We will win the next election," said Jane Doe.', 'We will win the next election,'],
    ['“We will win the next election,” said Jane Doe.', 'We will win the next election,'],
    ['‘We will win the next election,’ said Jane Doe.', 'We will win the next election,'],
    ["'We will win the next election,' said Jane Doe.", 'We will win the next election,'],
    ['«We will win the next election», said Jane Doe.', 'We will win the next election'],
    ['Jane Doe said: „We will win the next election“.', 'We will win the next election'],
    // mismatched shapes in real copy
    ['“We will win the next election," said Jane Doe.', 'We will win the next election,'],
    ['"We will win the next election,” said Jane Doe.', 'We will win the next election,'],
    // doubled single marks as a double mark (wire copy), on one side or both
    ['"Dear Ted. Now that you are gone I can confess,\'\' Bourdeaux wrote.', 'Dear Ted. Now that you are gone I can confess,'],
    ["''We will win the next election,'' said Jane Doe.", 'We will win the next election,'],
    ['‘‘We will win the next election,’’ said Jane Doe.', 'We will win the next election,'],
    // stray space before the closing mark
    ['"We will win the next election. " said Jane Doe.', 'We will win the next election.'],
    // stray space after the opening mark, behind a colon or at a paragraph's start
    ['Jane Doe added: " We will win the next election."', 'We will win the next election.'],
    ['" We will win the next election," said Jane Doe.', 'We will win the next election,'],
  ])('%s', (text, quote) => {
    expect(quotesOf(text).map((q) => q[0])).toEqual([quote])
  })

  test.each([
    // Apostrophes are not marks.
    ['Britain’s leaders don’t agree on the ’80s policy, officials said.'],
    ["Britain's leaders don't agree, and the Chiefs' Council's view is unclear."],
    ['Rock ’n’ roll was everywhere in the ’60s and ’70s.'],
    ["The ministers' union and the players' association met on Friday."],
    // Inches and feet, and marks alone
    ['The 6\'2" striker scored twice.'],
    ['She wrote " " and nothing else.'],
    ['The list read: " " and then stopped.'],
  ])('no quote in: %s', (text) => {
    expect(quotesOf(text)).toEqual([])
  })

  test('apostrophes inside a single-quoted quote do not close it', () => {
    const text = '‘We don’t accept the panel’s findings and the players’ union won’t either,’ said Gordon Taylor.'
    expect(quotesOf(text)[0]![0]).toBe('We don’t accept the panel’s findings and the players’ union won’t either,')
  })

  test('a ’ after a letter other than s closes before a lower-case word; a misplaced apostrophe does not', () => {
    expect(quotesOf('The coach described the start as ‘okay’ following the Blues’ draw with Brentford.').map((q) => q[0])).toEqual(['okay'])
    expect(quotesOf("'You wont' believe what they did to us,' she said.").map((q) => q[0])).toEqual(["You wont' believe what they did to us,"])
  })

  test('a single quote nested in a double one stays part of it', () => {
    const q = quotesOf('"We are working with all those in the ‘Five Eyes’ alliance," said Mark Rowley.')
    expect(q).toEqual([['We are working with all those in the ‘Five Eyes’ alliance,', 'full', 'Mark Rowley']])
  })

  test('a curly double quote inside a curly double quote nests when both close', () => {
    const q = quotesOf('The MP said: “I was generous by only calling them “dodgy”. The public knows this is true.”')
    expect(q).toEqual([['I was generous by only calling them “dodgy”. The public knows this is true.', 'full', 'MP']])
    // With one closing mark after the second opening one, the first quote was left unclosed.
    const unclosed = quotesOf('The MP said: “I was generous by only calling them “dodgy” and left.')
    expect(unclosed.map((x) => x[0])).toEqual(['I was generous by only calling them', 'dodgy'])
  })

  test('an unclosed quote runs to the end of the paragraph, with a warning', () => {
    const r = processDocument({ sourceFile: 't.txt', text: '"We will not apologise for balancing the books, said Rajiv Menon.\n\nNext paragraph.' })
    expect(r.quotes).toHaveLength(1)
    expect(r.quotes[0]!.flags).toContain('unclosed')
    expect(r.diagnostics.map((d) => d.rule)).toContain('extract-quotes:unclosed-quote')
    expect(r.diagnostics[0]).toMatchObject({ file: 't.txt', line: 1, column: 1, severity: 'warning' })
  })

  // Found by the line-end property test: a cue in the next paragraph counted for a nested quote
  // with LF line ends but not with CRLF (its window was counted in characters across the break).
  test.each(['\n', '\r\n', '\r'])('line ends (%j) do not change which quotes are kept', (eol) => {
    const text = ['‚“We We We é”', '', '', '', '“We will this,” 😀', 'according to'].join(eol)
    expect(quotesOf(text).map((q) => q[0])).toEqual(['“We We We é”', 'We will this,'])
  })

  test('a multi-paragraph quote is one record with a segment per paragraph', () => {
    const text = 'Intro line here.\n\n"First paragraph of the statement.\n\n"Second paragraph of it.\n\n"Last one," said Ann Lee.'
    const [q] = processDocument({ sourceFile: 't.txt', text }).quotes
    expect(q!.quote).toBe('First paragraph of the statement. Second paragraph of it. Last one,')
    expect(q!.segments).toHaveLength(3)
    expect(q!.flags).toContain('multi_paragraph')
    expect(q!.speaker).toBe('Ann Lee')
  })
})

describe('kind: full, partial, and what is not a quote', () => {
  test.each([
    ['The senator called the leaks "deeply troubling" on Monday.', 'partial'],
    ['She warned that the data must remain "secure", aides said.', 'partial'],
    ['Trump said he had "initiated appropriate steps" to fix it.', 'partial'],
    ['"This is a disgrace and it must stop," the minister said.', 'full'],
    ['The mayor said that "it should not happen again".', 'full'],
    // tributes are someone's words; "an 'amazing job' all over" is no noun phrase
    ['Tributes have been paid to the “real family man” who died suddenly.', 'partial'],
    ['She praised them for doing such an ‘amazing job’ all over the country.', 'partial'],
    // the sentence starts inside the quote before: its closing mark must not hide the cue
    ['"We expect it to go on into 2009. There is no sign of relief," he added, saying it would be "longer and harder fought" than thought.', 'full', 'partial'],
    // someone's written words introduced by "read:" are quotes; a sign's words are not
    ['Another post, sharing a fundraiser, read: "Look at you my boy, I hope you are proud of us."', 'full'],
    ['The JustGiving page reads: "Michael will always be remembered as the life and soul of the party."', 'full'],
    // an evaluating adjective before a noun is someone's judgement, not a name
    ['Captain Mithali Raj said on Sunday that it was a “tricky” call as to when to declare.', 'partial'],
    ["Lineker surprised Arsenal didn't rival Chelsea for 'exciting' striker\n\nGary Lineker is surprised Arsenal did not push harder.", 'partial'],
    // a headline or standfirst quotes someone's words with no cue
    ['Leeds hospital boss ‘sorry for waiting times’\n\nThe head of Leeds hospitals has apologised.', 'partial'],
    ['Factory closure\n\nUnion critical of food company for ‘persistent refusal to engage with the workers’\n\nThe plant closed on Friday.', 'partial'],
    // adjectives by their shape ("un…ed", "well-…") are someone's judgement too
    ['The trust said there had been an “unprecedented” rise in referrals.', 'partial'],
    ['Two MPs called for a “well-deserved” pay rise for nurses.', 'partial'],
    // words that finish a clause the reporter began, its auxiliary outside the marks
    ['The court heard she had "rebuilt her whole life" since the crash.', 'partial'],
  ])('%s → %s', (text, ...kinds) => {
    expect(quotesOf(text).map((q) => q[1])).toEqual(kinds)
  })

  test.each([
    // names, titles, scare quotes and terms: not quotes
    ['The "Five Eyes" alliance is the U.S., Britain, Canada, Australia and New Zealand.'],
    ['Her book, "A Promised Land", was published on Tuesday.'],
    ['The so-called "special relationship" has been strained for years.'],
    ['Officials are weighing ‘soft targets’ such as concerts and markets.'],
    ['The band known as "The Quiet Ones" split in 2019.'],
    ['The campaign ran with the slogan "Meth, we’re on it." across the state.'],
    ['It was seen as an "IS-style" attack by analysts.'],
    ['The newspaper ran a story headed: "Tory claims £57,000 to rent flat".'],
    ['A banner outside the ground read: "We want our club back".'],
    ['Ministers launched the plan "Project Renewal" on Monday.'],
    // a slogan painted on a thing
    ['Its red jets, with “Now Everyone Can Fly” emblazoned on their sides, are a familiar sight.'],
    // a title after "be called" or after its work and a comma
    ['The singer joked that the new album will be called "5:15 Scream," after their last record, "5:14 Dream," which sold well.'],
    // a definition's term and wording
    // a translation's wording
    ["The club is the headquarters of the Anmer Mere Yacht Club, which has a Latin motto translating as 'Never make me sail'."],
    ["Peters objected to his party's proposal to define the term 'woman' as 'an adult human biological female' and 'man' as an 'adult human biological male' in law."],
    // in a headline: a word modifying a noun, a name in capitals
    ['Downing Street boycotts Sky News over ‘gotcha’ interview\n\nThe row went on for a week.'],
    ['Listen to Yard Act’s cover of Elton John’s ‘Tiny Dancer’\n\nThe band recorded it in one take.'],
  ])('not a quote: %s', (text) => {
    expect(quotesOf(text)).toEqual([])
  })
})

describe('speakers', () => {
  test.each([
    ['"We are ready for this fight," said Ann Lee, the party leader.', 'Ann Lee'],
    ['"We are ready for this fight," Ann Lee said.', 'Ann Lee'],
    ['"We are ready for this fight," Ann Lee, the party leader, told reporters.', 'Ann Lee'],
    ['Ann Lee, who has led the party since 2019, said: "We are ready for this fight."', 'Ann Lee'],
    ['Party leader Ann Lee declared, "We are ready for this fight."', 'Ann Lee'],
    ['"We are ready for this fight." — Ann Lee', 'Ann Lee'],
    ['The deal was "dead in the water", according to a senior Treasury source.', 'senior Treasury source'],
    ['Another frustrated source remarked: "It is all a mess and nobody will admit it."', 'Another frustrated source'],
    ['"When one side talks the other side listens," one official told VOA.', 'one official'],
    ['Ann Lee spoke on Monday. "We are ready for this fight," she told the BBC\'s Today programme.', 'Ann Lee'],
    ['Israeli Defense Minister Avigdor Lieberman told Army Radio: "We did a spot repair."', 'Avigdor Lieberman'],
    ['"We did a spot repair," Lieberman told Army Radio. Avigdor Lieberman is the defence minister.', 'Avigdor Lieberman'],
    // particles, possessives, apposed names, inverted cues, epithets
    ['Manchester United manager Erik ten Hag said his side were "not good enough" on Sunday.', 'Erik ten Hag'],
    ['“We’ll fight on,” vowed the union’s general secretary, Sharon Graham.', 'Sharon Graham'],
    ['A spokeswoman for the Department for Education said: “We are reviewing the guidance.”', 'spokeswoman for the Department for Education'],
    ['Gareth Southgate’s side were booed off. “The fans have every right,” the England manager said.', 'Gareth Southgate'],
    ['Asked whether he would resign, Mr Sunak replied: "No."', 'Sunak'],
    ['Labour’s shadow chancellor Rachel Reeves described the budget as “a con”.', 'Rachel Reeves'],
    ['His family said in a statement: "George was the heart of our family."', 'family'],
    ['Police and paramedics said the scene was “utterly horrific”.', 'Police and paramedics'],
    ['Fifty-one percent say that “the president should resign immediately”.', 'Fifty-one percent'],
    ['In a statement read to the court, Mr Brown\'s daughter said: "Our lives will never be the same."', "Mr Brown's daughter"],
    // a surname that is also a word ("May", "Will"), honorific or not
    ['Mrs May said: "Look behind you."', 'May'],
    ['Theresa May said: "Look behind you."', 'Theresa May'],
    ['An anonymous eyewitness told the paper that the minister had ‘a bit of a meltdown’.', 'anonymous eyewitness'],
    ['What Ann Lee described as ‘an honest conversation’ took place at half-time.', 'Ann Lee'],
    ['The Labour leader spoke, with a chorus of opposition backbenchers calling out: “Shame.”', 'chorus of opposition backbenchers'],
    // a club after a possessive is no person: "the Harps manager" is the manager named before
    ['Darren Murphy admitted that his Finn Harps side was beaten. “We were second best,” the Harps manager said.', 'Darren Murphy'],
  ])('%s → %s', (text, speaker) => {
    expect(quotesOf(text)[0]![2]).toBe(speaker)
  })

  test('"he said" resolves to the president named earlier, by his fullest name', () => {
    const text =
      'US President Donald Trump ordered a review on Thursday.\n\nThe president has often complained about leaks.\n\n"These leaks are deeply troubling and must end now," he said.'
    expect(quotesOf(text)[0]![2]).toBe('Donald Trump')
  })

  test('"it said" of a statement resolves to the body that issued it', () => {
    const text =
      'A statement was issued by the National Police Chiefs\' Council on Wednesday.\n\n"When that trust is breached it undermines these relationships," it said.'
    expect(quotesOf(text)[0]![2]).toBe("National Police Chiefs' Council")
  })

  test('a quote with no cue after an attributed one continues it', () => {
    const text = '"The bulk of what leaked is not damaging," said Shashank Joshi.\n\n"This is worrying, as it means it will be harder to share."'
    const quotes = processDocument({ sourceFile: 't.txt', text }).quotes
    expect(quotes.map((q) => [q.speaker, q.continues, q.attribution])).toEqual([
      ['Shashank Joshi', false, 'explicit'],
      ['Shashank Joshi', true, 'continuation'],
    ])
  })

  test('a pull quote that repeats a later quote takes its speaker', () => {
    const text = '"The leaks pose a grave threat to our security."\n\nMore text about the inquiry here.\n\n"The leaks pose a grave threat to our security," said Donald Trump.'
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Donald Trump', 'Donald Trump'])
  })

  test('"she said" after a described speaker\'s quote is that speaker, not an older mention', () => {
    const text =
      'Passing sentence, Judge Mary Owen told Smith he had shown "no remorse whatsoever".\n\nIn a statement, Mr Brown\'s daughter said: "Our lives will never be the same."\n\n"Dad was the kindest man you could meet," she said.'
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Mary Owen', "Mr Brown's daughter", "Mr Brown's daughter"])
  })

  test('"the Portuguese added" is the person named before, and a quoted sentence is no headline', () => {
    const text = 'Marco Silva said: "The players were magnificent today."\n\nAsked about the penalty, the Portuguese added: "It was clear. No doubt."'
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Marco Silva', 'Marco Silva'])
  })

  test('a reply is the one spoken to, not the speaker answered', () => {
    const text =
      'Zahawi had spoken on Sky News.\n\nAnn Lee, basing her remarks on press reports, said to Boris Johnson during questions: “You accused the BBC.”\n\nThe prime minister replied, “I said nothing of the kind.”'
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Ann Lee', 'Boris Johnson'])
  })

  test('"and Murphy has …" opens a clause: Murphy, not the player named before, is "he"', () => {
    const text =
      'Harps welcomed Aaron McLaughlin back into the squad.\n\nIt was a first defeat in six and Darren Murphy has challenged his players to respond.\n\nHe said: “We have had a fantastic start.”'
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Darren Murphy'])
  })

  test('"he said" inside someone\'s quote is the person they talk about; "Sir Keir" is Keir Starmer', () => {
    const text =
      'Rishi Sunak attempted to mock Sir Keir Starmer.\n\nSir Keir said: “He says he stands by his commitments. And then he said: ‘It is on me personally.’\n\n“Today, we learn the truth.”'
    // The outer quote runs on into the next paragraph: one record of two segments.
    expect(quotesOf(text).map((q) => q[2])).toEqual(['Keir Starmer', 'Rishi Sunak'])
  })

  test('nobody named: null, not a guess', () => {
    expect(quotesOf('"We will never give up on this town," read a sign on the bridge.')[0]![2]).toBeNull()
  })
})
