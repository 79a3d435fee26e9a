import { processDocument } from '../process-document.ts'
import { readFileSync } from 'node:fs'
// Reuse probe tables by evaluating the files' arrays
for (const f of ['probe.mts', 'probe2.mts']) {
  const src = readFileSync(new URL(f, import.meta.url), 'utf8')
  const arr = src.slice(src.indexOf('= [') + 2, src.indexOf('\n]\n') + 2)
  const probes = eval(arr) as Array<[string, unknown]>
  for (const [text] of probes) {
    const got = processDocument({ sourceFile: 't.txt', text }).quotes.map((q) => q.speaker)
    console.log(`    [${JSON.stringify(text)}, ${JSON.stringify(got)}],`)
  }
}
