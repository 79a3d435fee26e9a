import { processDocument } from '../process-document.ts'
const texts = [
  '“We have to do better than this.”\n\nThat was the verdict of the Motherwell captain Keith Lasley after the defeat.\n\nHe was blunt.',
  '“We have to do better than this.” That was the verdict of Keith Lasley after the defeat.',
  '‘We have to do better than this’\n\nMotherwell captain Keith Lasley admitted his side were poor on Saturday.\n\n‘Of course, we are disappointed,’ he said.',
  'Keith Lasley was blunt after the game.\n\nAsked about the defeat, the captain did not hold back. “We were poor. We got punished.”',
  'The police statement continued: “We are appealing for witnesses.”',
  'Detectives are appealing for witnesses.\n\n“We would urge anyone with information to come forward.”\n\nAnyone with information should call 101.',
  'Detective Inspector Jane Smith said: “This was a brutal attack.”\n\n“We would urge anyone with information to come forward.”',
  'The court heard how Smith had shouted “I’ll kill you” at the victim.',
  'Prosecutor Ann Lee told the court Smith had shouted: “I’ll kill you.”',
  'A neighbour, who asked not to be named, said: “They were a lovely family.”\n\n“We are all in shock.”',
  'Mr Justice Poole said: “The father’s conduct was deplorable.”\n\nHe added: ‘There might be lessons to be learned.’',
  'In his ruling, the judge wrote: “The claim fails.”',
  'Judge Mary Owen told Smith: “You are a dangerous man.” She jailed him for ten years.',
  'Jailing him, Judge Mary Owen said: “You are a dangerous man.”',
  'Sentencing Smith, Recorder John Doe told him: “You showed no remorse.”',
]
for (const text of texts) {
  const qs = processDocument({ sourceFile: 't.txt', text }).quotes
  console.log(JSON.stringify(qs.map((q) => [q.kind, q.speaker, q.attribution])), '|', text.replace(/\n/g, ' ¶ '))
}
