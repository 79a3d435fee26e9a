import { readFileSync, readdirSync } from 'node:fs'
import { processDocument } from '../process-document.ts'
// Compare speakers per doc between HEAD's extractor (via git worktree at /tmp/headwt) and now.
const files = process.argv.slice(2)
for (const f of files) {
  const r = processDocument({ sourceFile: f, text: readFileSync(f, 'utf8').replace(/^\uFEFF/, '') })
  for (const q of r.quotes) console.log(f.split('/').pop(), q.start, JSON.stringify(q.speaker), q.attribution, q.kind, '|', q.quote.slice(0, 50))
}
