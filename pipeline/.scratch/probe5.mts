import { processDocument } from '../process-document.ts'
const texts = [
  'John Smith, 34, denies murder.\n\nProsecutor Peter Brown told the jury: "Smith planned this attack."\n\nHe added: "The evidence is overwhelming."',
  'John Smith, 34, denies murder.\n\nPeter Brown, prosecuting, said Smith had planned the attack.\n\n"The evidence is overwhelming," he said.',
  'Peter Brown, prosecuting, told the jury that John Smith had attacked the victim.\n\n"He then fled the scene," he said.',
  'Ann Lee met John Smith on Monday.\n\n"It was a productive meeting," she said.\n\n"We agreed on most things," he said.',
  'Ann Lee met John Smith on Monday. Mr Smith said the talks had been "productive".\n\n"We agreed on most things," he said.',
  'Labour leader Keir Starmer attacked Rishi Sunak over the NHS.\n\n"The prime minister has failed," he said.\n\nMr Sunak hit back: "Labour has no plan."',
  'Rishi Sunak was challenged by Keir Starmer on the NHS.\n\n"You have failed," Sir Keir told him.\n\nThe prime minister replied: "We are cutting waiting lists."',
  'Manchester City beat Arsenal 2-1. Pep Guardiola praised Erling Haaland, who scored twice.\n\n"He is a machine," Guardiola said.\n\nHaaland said: "I just do my job."\n\n"The team was amazing," the Norwegian added.',
  'The company reported a loss of £2bn. Chief executive Jane Doe said the results were "disappointing".\n\nShe added: "We will recover."\n\nAnalysts were unimpressed. "The outlook is grim," said Tom Ray of Investec.',
  'Police were called to the scene at 3am.\n\nA spokesman for Greater Manchester Police said: "A man has been arrested."\n\n"Enquiries are ongoing," he added.',
  'Greater Manchester Police said a man had been arrested.\n\nDetective Chief Inspector Sarah Hill said: "This was a shocking attack."\n\n"We are appealing for witnesses," she said.',
]
for (const text of texts) {
  const qs = processDocument({ sourceFile: 't.txt', text }).quotes
  console.log(JSON.stringify(qs.map((q) => [q.speaker, q.attribution])), '|', text.replace(/\n/g, ' ¶ ').slice(0, 150))
}
