import { processDocument } from '../process-document.ts'
// [text, expected speakers for all quotes]
const probes: Array<[string, Array<string | null>]> = [
  ['Labour MP Dawn Butler said the decision was wrong.\n\n“It is a disgrace,” she told BBC Radio 4.\n\n“They should resign.”', ['Dawn Butler', 'Dawn Butler']],
  ['Dawn Butler criticised the move.\n\nShe said: “It is a disgrace.”', ['Dawn Butler']],
  ['Dawn Butler criticised the move. Speaking on Sunday, she said the decision was “a disgrace”.', ['Dawn Butler']],
  ['The home secretary, Yvette Cooper, defended the policy.\n\n“We will not be deterred,” the home secretary said.', ['Yvette Cooper']],
  ['Yvette Cooper, the home secretary, defended the policy.\n\n“We will not be deterred,” Ms Cooper said.', ['Yvette Cooper']],
  ['Yvette Cooper defended the policy on Monday.\n\nMs Cooper told MPs the scheme was “working”. She added: “Crossings are down.”', ['Yvette Cooper', 'Yvette Cooper']],
  ['Mark Carney, the Bank of England governor, warned of risks.\n\n“Inflation will rise,” he said. “We must act.”', ['Mark Carney', 'Mark Carney']],
  ['Mark Carney warned of risks. His deputy, Ben Broadbent, disagreed.\n\n“Inflation will fall,” Broadbent said.\n\nCarney replied: “We shall see.”', ['Ben Broadbent', 'Mark Carney']],
  ['Jurgen Klopp praised Mohamed Salah after the win.\n\n“He is the best in the world,” said the Liverpool manager.', ['Jurgen Klopp']],
  ['Mohamed Salah scored twice. Jurgen Klopp praised him.\n\n“Mo is the best in the world,” Klopp said. “He never stops.”', ['Jurgen Klopp', 'Jurgen Klopp']],
  ['Sources close to the prime minister said he was “furious”.', ['Sources close to the prime minister']],
  ['The White House press secretary, Karine Jean-Pierre, said: “The president is focused on the economy.”', ['Karine Jean-Pierre']],
  ['“The president is focused on the economy,” White House press secretary Karine Jean-Pierre told reporters.', ['Karine Jean-Pierre']],
  ['Sen. Chuck Schumer, D-N.Y., said the bill was “a disaster”.', ['Chuck Schumer']],
  ['“This bill is a disaster,” said Senate Majority Leader Chuck Schumer, D-N.Y.', ['Chuck Schumer']],
  ['Rep. Nancy Pelosi (D-Calif.) said: “We have the votes.”', ['Nancy Pelosi']],
  ['“We have the votes,” Pelosi told reporters on Capitol Hill.', ['Pelosi']],
  ['Emmanuel Macron said France would “never give up”.\n\nThe French president added that Europe must be “sovereign”.', ['Emmanuel Macron', 'Emmanuel Macron']],
  ['In a post on X, Elon Musk wrote: “This is insane.”', ['Elon Musk']],
  ['Elon Musk posted on X: “This is insane.”', ['Elon Musk']],
  ['The Tesla boss, Elon Musk, called the ruling “insane”.', ['Elon Musk']],
  ['“It’s a great result for the club,” said Ange Postecoglou. “The players were superb.”', ['Ange Postecoglou', 'Ange Postecoglou']],
  ['Ange Postecoglou was delighted.\n\n“It’s a great result,” the Australian said.', ['Ange Postecoglou']],
  ['Victim Jane Roe, 32, told the court: “I live in fear.”\n\nJudge Peter Smith said Roe had shown “great courage”.', ['Jane Roe', 'Peter Smith']],
  ['Prosecutor Ann Cole told jurors: “He planned it.”\n\nDefending, Tom Hart said: “There is no evidence.”', ['Ann Cole', 'Tom Hart']],
  ['Mr Hart said his client was “devastated”.\n\n“He denies everything,” Mr Hart added.', ['Hart', 'Hart']],
  ['The statement from Buckingham Palace said the King was “deeply saddened”.', ['Buckingham Palace']],
  ['A spokesman for Buckingham Palace said: “The King is deeply saddened.”', ['spokesman for Buckingham Palace']],
  ['Nadia Whittome MP tweeted: “Shameful.”', ['Nadia Whittome']],
  ['‘We were awful,’ admitted Sean Dyche. ‘I take responsibility.’', ['Sean Dyche', 'Sean Dyche']],
  ['Sean Dyche admitted his side were ‘awful’. ‘I take responsibility,’ the Everton boss said.', ['Sean Dyche', 'Sean Dyche']],
  ['Speaking after the game, Dyche said: ‘We were awful. I take responsibility.’', ['Dyche']],
  ['Sean Dyche was blunt.\n\n‘We were awful,’ he said.\n\n‘I take responsibility. The players know it.’', ['Sean Dyche', 'Sean Dyche']],
]
let bad = 0
for (const [text, want] of probes) {
  const qs = processDocument({ sourceFile: 't.txt', text }).quotes
  const got = qs.map((q) => q.speaker)
  const ok = got.length === want.length && got.every((g, i) => g === want[i] || (g && want[i] && (g.endsWith(want[i]!.split(' ').pop()!) )))
  if (!ok) { bad++; console.log('✗', JSON.stringify(got), 'want', JSON.stringify(want), '|', text.replace(/\n/g, ' ¶ ')) }
}
console.log(bad, 'of', probes.length)
