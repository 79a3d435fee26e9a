/**
 * `npx tsx pipeline/bench/extract-speed.ts [rounds]`
 *
 * Single-threaded speed of processDocument in MB/s of CPU time (process.cpuUsage: user + system,
 * as the machine is shared and wall clock is noisy) over the seeds and test/dev2/docs, repeated
 * for many rounds, with a per-stage breakdown (each stage timed on its own, same rounds).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { processDocument } from '../process-document.ts'
import { SourceText } from '../source-text.ts'
import { segmentArticles } from '../segment/segment-articles.ts'
import { ArticleContext } from '../extract-quotes/article-context.ts'
import { extractQuotes } from '../extract-quotes/extract-quotes.ts'
import { attributeSpeakers } from '../attribute-speaker/attribute-speakers.ts'
import { buildRecords } from '../records/build-records.ts'
import { validateRecords } from '../validate/validate-records.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dirs = ['seeds', 'test/dev2/docs'].map((d) => path.join(root, d))
const docs = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ sourceFile: f, text: readFileSync(path.join(d, f), 'utf8').replace(/^\uFEFF/, '') })),
)
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0)
const rounds = Number(process.argv[2] ?? 200)

const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}

// Warm up, then the whole function.
for (let r = 0; r < 20; r++) for (const d of docs) processDocument(d)
let t0 = cpu()
for (let r = 0; r < rounds; r++) for (const d of docs) processDocument(d)
const total = cpu() - t0

// Stages, each timed on its own.
const stage = { source: 0, segment: 0, extract: 0, attribute: 0, records: 0, validate: 0 }
for (let r = 0; r < rounds; r++) {
  for (const d of docs) {
    let t = cpu()
    const source = new SourceText(d.sourceFile, d.text)
    let u = cpu(); stage.source += u - t; t = u
    const articles = segmentArticles(source)
    u = cpu(); stage.segment += u - t; t = u
    const arts = []
    const qs = []
    for (const article of articles) {
      const ctx = new ArticleContext(source, article)
      t = cpu()
      const extracted = extractQuotes(ctx)
      u = cpu(); stage.extract += u - t; t = u
      const attributed = attributeSpeakers(ctx, extracted)
      u = cpu(); stage.attribute += u - t; t = u
      const built = buildRecords(ctx, attributed, {}, null)
      u = cpu(); stage.records += u - t; t = u
      arts.push(built.article)
      qs.push(...built.quotes)
    }
    t = cpu()
    validateRecords(source, arts, qs)
    stage.validate += cpu() - t
  }
}

const mb = (bytes * rounds) / 1e6
console.log(`${docs.length} docs, ${(bytes / 1e3).toFixed(1)} kB × ${rounds} rounds = ${mb.toFixed(1)} MB`)
console.log(`processDocument: ${total.toFixed(2)} s CPU, ${(mb / total).toFixed(2)} MB/s`)
for (const [k, v] of Object.entries(stage)) console.log(`  ${k.padEnd(10)} ${v.toFixed(2).padStart(7)} s  ${(mb / v).toFixed(1).padStart(8)} MB/s  ${((100 * v) / Object.values(stage).reduce((a, b) => a + b)).toFixed(1).padStart(5)}%`)
