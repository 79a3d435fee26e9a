import { processDocument } from '../process-document.ts'
const texts = [
  'Kate Wright shared a photo with her stepchildren.\n\nThe 26-year-old wrote: ‘Happy Mother’s Day to all the step mums.’',
  'Kate Wright shared a photo.\n\nWriting on Instagram, the former TOWIE star said: ‘I love them so much.’',
  'Rio Ferdinand praised his wife Kate.\n\n‘She is amazing,’ the former England defender told MailOnline.',
  'Rio Ferdinand and his wife Kate spoke to MailOnline.\n\n‘She is amazing,’ he said.\n\n‘He is the best dad,’ she added.',
  'Kate Wright, 26, and Rio Ferdinand, 41, married in 2019.\n\nShe captioned the post: ‘Family first.’',
  'The singer, 35, took to Twitter to write: ‘Thank you all.’',
  'Adele took to Twitter to write: ‘Thank you all.’',
  'Adele, 35, took to Instagram on Sunday. ‘Thank you all,’ she wrote.',
  'A source told The Sun: ‘They are head over heels.’',
  'An insider told MailOnline: ‘They are head over heels.’\n\nThe source added: ‘It is the real deal.’',
  'Harry Kane scored twice.\n\nSpeaking to Sky Sports, Kane said: ‘It was a great night.’\n\nThe England captain added: ‘We deserved it.’',
  'Gareth Southgate said Kane was ‘world class’.\n\n‘He has been brilliant,’ the manager told ITV.',
  'Boris Johnson told reporters: "We will get Brexit done."\n\nMr Johnson, 55, added that the deal was "oven-ready".',
  'The Prime Minister said: "We will get Brexit done."',
  'Dr Anthony Fauci, the nation’s top infectious disease expert, told CNN: "We are not out of the woods."',
  'White House spokeswoman Jen Psaki declined to comment.\n\n"We don\'t comment on ongoing investigations," she said.',
]
for (const text of texts) {
  const qs = processDocument({ sourceFile: 't.txt', text }).quotes
  console.log(JSON.stringify(qs.map((q) => [q.speaker, q.attribution])), '|', text.replace(/\n/g, ' ¶ ').slice(0, 140))
}
