/**
 * `npm run eval -- --gold FILE.jsonl --docs DIR [--verbose] [--json]`
 *
 * Runs the pipeline over every .txt under DIR (recursive, sorted) and scores the documents that
 * the gold file annotates (GUIDELINE.md, "Scoring"; issue 3). With no arguments it scores both
 * development sets: ../shared/eval/gold-dev.jsonl on seeds/ (skipped with a note when absent),
 * test/dev2/gold.jsonl on test/dev2/docs/, the held-out test/dev3/gold.jsonl on test/dev3/docs/
 * (score it, do not tune on it), and test/dev4 to test/dev7 (gold.jsonl on docs/).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { addCounts } from '../eval/add-counts.ts'
import { checkGoldOffsets } from '../eval/check-gold-offsets.ts'
import { computeMetrics } from '../eval/compute-metrics.ts'
import { formatFindings } from '../eval/format-findings.ts'
import { formatTable } from '../eval/format-table.ts'
import { parseGold } from '../eval/parse-gold.ts'
import { scoreDocument } from '../eval/score-document.ts'
import type { DocumentScore, GoldRecord, SystemQuote } from '../eval/types.ts'
import { processDocument } from '../process-document.ts'
import { DEV_SETS } from '../eval/dev-sets.ts'

const USAGE = 'usage: npm run eval -- [--gold FILE.jsonl --docs DIR] [--verbose] [--json]'

interface SetResult {
  name: string
  gold: string
  docs: string
  documents: DocumentScore[]
  /** Files under DIR with no gold record: run, not scored. */
  unscored: string[]
  notes: string[]
  seconds: number
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      docs: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if ((values.gold === undefined) !== (values.docs === undefined)) {
    console.error(`eval: --gold and --docs go together\n${USAGE}`)
    return 2
  }

  const explicit = values.gold !== undefined && values.docs !== undefined
  const sets = explicit
    ? [{ name: basename(values.gold as string), gold: resolve(values.gold as string), docs: resolve(values.docs as string) }]
    : DEV_SETS
  const results: SetResult[] = []
  const skipped: string[] = []
  for (const set of sets) {
    if (!existsSync(set.gold) || !existsSync(set.docs)) {
      const missing = existsSync(set.gold) ? set.docs : set.gold
      if (explicit) {
        console.error(`eval: ${missing} not found`)
        return 2
      }
      skipped.push(`${set.name}: skipped, ${relative(process.cwd(), missing)} not found`)
      continue
    }
    results.push(evaluateSet(set))
  }

  if (values.json) {
    console.log(JSON.stringify({ sets: results.map(toJson), skipped }, null, 2))
    return 0
  }
  for (const line of skipped) console.log(line)
  if (explicit) printSet(results[0] as SetResult, values.verbose)
  else printSummary(results, values.verbose)
  return 0
}

function evaluateSet(set: { name: string; gold: string; docs: string }): SetResult {
  const started = performance.now()
  const gold = parseGold(readFileSync(set.gold, 'utf8'), set.gold)
  const byDoc = new Map<string, GoldRecord[]>()
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g])

  const notes: string[] = []
  const documents: DocumentScore[] = []
  const unscored: string[] = []
  const seen = new Set<string>()
  for (const file of listText(set.docs)) {
    const rel = relative(set.docs, file)
    // Gold names a document by its file name; a path under DIR also matches.
    const key = byDoc.has(rel) ? rel : basename(file)
    // The guideline's offsets index the file as decoded, BOM and all; the pipeline sees it without.
    const decoded = readFileSync(file, 'utf8')
    const bom = decoded.startsWith('\uFEFF') ? 1 : 0
    let system: SystemQuote[] = []
    try {
      const out = processDocument({ sourceFile: relative(process.cwd(), file), text: decoded.slice(bom) })
      system = out.quotes.map((q) => shift(q, bom))
    } catch (error) {
      notes.push(`${rel}: pipeline failed (${(error as Error).message}); scored as no quotes`)
    }
    const records = byDoc.get(key)
    if (records === undefined) {
      unscored.push(rel)
      continue
    }
    seen.add(key)
    const bad = checkGoldOffsets(records, decoded)
    if (bad.length > 0) notes.push(`${key}: ${bad.length} gold record(s) do not match the source text at their offsets`)
    documents.push(scoreDocument({ doc: key, text: decoded, gold: records, system }))
  }
  for (const [doc, records] of byDoc) {
    if (seen.has(doc)) continue
    notes.push(`${doc}: in the gold but not under ${relative(process.cwd(), set.docs) || '.'}; its quotes count as missed`)
    documents.push(scoreDocument({ doc, text: '', gold: records, system: [] }))
  }
  return { ...set, documents, unscored, notes, seconds: (performance.now() - started) / 1000 }
}

function shift(q: SystemQuote, by: number): SystemQuote {
  if (by === 0) return q
  const moved: SystemQuote = { start: q.start + by, end: q.end + by, speaker: q.speaker }
  if (q.segments !== undefined) moved.segments = q.segments.map(([a, b]) => [a + by, b + by] as const)
  return moved
}

/** Every .txt file under `dir`, recursively, in code-unit order of their paths. */
function listText(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...listText(path))
    else if (entry.endsWith('.txt')) out.push(path)
  }
  return out.sort()
}

function printSet(result: SetResult, verbose: boolean): void {
  const rows = result.documents.map((d) => ({ label: d.doc, counts: d.counts }))
  const total = addCounts(result.documents.map((d) => d.counts))
  console.log(`gold ${relative(process.cwd(), result.gold)} on ${relative(process.cwd(), result.docs) || '.'}: ` +
    `${result.documents.length} documents scored in ${result.seconds.toFixed(1)} s`)
  console.log(formatTable([...rows, { label: 'ALL', counts: total }]))
  printTotals(total)
  printNotes(result)
  if (verbose) printFindings(result)
}

function printSummary(results: SetResult[], verbose: boolean): void {
  const rows = results.map((r) => ({ label: `${r.name} (${r.documents.length} docs)`, counts: addCounts(r.documents.map((d) => d.counts)) }))
  console.log(formatTable(rows, 'set'))
  console.log('targets: E2E F1 >= 0.92, span F1 >= 0.95, attribution >= 0.93 (issue 3)')
  for (const r of results) printNotes(r)
  if (verbose) for (const r of results) printFindings(r)
}

function printTotals(total: ReturnType<typeof addCounts>): void {
  const m = computeMetrics(total)
  const f = (x: number | null): string => (x === null ? '-' : x.toFixed(3))
  console.log(
    `end-to-end: precision ${f(m.e2ePrecision)} recall ${f(m.e2eRecall)} F1 ${f(m.e2eF1)}; ` +
      `span: precision ${f(m.precision)} recall ${f(m.recall)} F1 ${f(m.spanF1)}; attribution ${f(m.attribution)}`,
  )
}

function printNotes(r: SetResult): void {
  if (r.unscored.length > 0) console.log(`${r.name}: ${r.unscored.length} file(s) without gold run but not scored: ${r.unscored.join(', ')}`)
  for (const note of r.notes) console.log(`${r.name}: ${note}`)
}

function printFindings(r: SetResult): void {
  const findings = r.documents.flatMap((d) => d.findings)
  console.log(`\n${r.name}: ${findings.length} finding(s)`)
  if (findings.length > 0) console.log(formatFindings(findings))
}

function toJson(r: SetResult): object {
  const total = addCounts(r.documents.map((d) => d.counts))
  return {
    name: r.name,
    gold: relative(process.cwd(), r.gold),
    docs: relative(process.cwd(), r.docs),
    seconds: r.seconds,
    totals: { counts: total, metrics: computeMetrics(total) },
    documents: r.documents.map((d) => ({ doc: d.doc, counts: d.counts, metrics: computeMetrics(d.counts), findings: d.findings })),
    unscored: r.unscored,
    notes: r.notes,
  }
}

process.exitCode = main(process.argv.slice(2))
