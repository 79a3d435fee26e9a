import { readFileSync } from 'node:fs'
import { processDocument } from '../process-document.ts'
import { parseSpeakerPhrase } from '../attribute-speaker/speaker-phrase.ts'
const [file, ...rest] = process.argv.slice(2)
if (file === '--phrase') { for (const p of rest) console.log(p, '→', JSON.stringify(parseSpeakerPhrase(p))); process.exit(0) }
const r = processDocument({ sourceFile: file!, text: readFileSync(file!, 'utf8') })
for (const q of r.quotes) console.log(q.start, q.kind, JSON.stringify(q.speaker), q.attribution, '|', q.quote.slice(0, 70))
if (process.env.SUBJ) { const m = await import('../attribute-speaker/attribute-speakers.ts') as any; }
