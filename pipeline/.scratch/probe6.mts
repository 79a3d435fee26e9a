import { processDocument } from '../process-document.ts'
const texts = [
  'Ann Lee spoke on Monday.\n\nThe reform was described as a “game-changer” by ministers.',
  'Ann Lee spoke on Monday.\n\nThe minister, who described the reform as a “game-changer”, left early.',
  'Ann Lee spoke on Monday.\n\nIt was, she said, a “game-changer”.',
  'Ann Lee spoke on Monday.\n\nIt was a “game-changer”, she said.',
  'Ann Lee spoke on Monday.\n\nThe reform is a “game-changer”, according to the minister.',
  'Ann Lee spoke on Monday.\n\nHer aides described the reform as a “game-changer”.',
  'Ann Lee spoke on Monday.\n\nLee’s spokesman called the claims “nonsense”.',
  'Ann Lee spoke on Monday.\n\nIn a letter to MPs, Lee said the plan was “fully funded”.',
  'Ann Lee spoke on Monday.\n\nIn a letter to MPs, the plan was said to be “fully funded”.',
  'The Daily Mail said the rebels were “traitors”.\n\nThe paper also asked whether they felt “remorse”.',
  'The Telegraph reported that ministers were “furious”.',
  'According to the Telegraph, ministers were “furious”.',
  'The Telegraph’s front page branded the rebels “mutineers”.',
  'In an editorial, the Times called the plan “reckless”.',
  'Ann Lee spoke on Monday. Her critics accused her of a “betrayal”.',
  'Ann Lee spoke on Monday. She faced accusations of a “betrayal”.',
  'Ann Lee spoke on Monday. She was accused of a “betrayal” by critics.',
]
for (const text of texts) {
  const qs = processDocument({ sourceFile: 't.txt', text }).quotes
  console.log(JSON.stringify(qs.map((q) => [q.kind, q.speaker, q.attribution])), '|', text.replace(/\n/g, ' ¶ '))
}
