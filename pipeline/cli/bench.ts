/**
 * npm run bench -- [--size MB | --input DIR] [--workers N[,N…]] [--format txt|jsonl] [--seed N]
 * Builds a synthetic corpus (or uses DIR), runs the full build once per worker count, each in a
 * child process of its own so that its peak memory is its own, and a read-and-scan floor over
 * the same files; prints MB/s, articles/s, quotes/s and peak RSS with the machine's description.
 */
import { benchFactCheck } from '../fact-check/bench-fact-check.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildDataset } from '../build-dataset.ts'
import { listCorpusInputs } from '../corpus/list-corpus-inputs.ts'
import { makeCorpus, type MadeCorpus } from '../bench/make-corpus.ts'
import { scanFloor } from '../bench/scan-floor.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = `Usage: npm run bench -- [options]

Measures the full build (ingest to CSV, JSONL and metadata) and a read-and-scan floor.

Options:
  --size MB          size of the synthetic corpus made from seeds/ (default: 100)
  --input PATH       measure this folder or file instead of a synthetic corpus
  --workers N[,N…]   worker threads for the build; a list runs one build each (default: 1,<cores>)
  --format txt|jsonl synthetic corpus as one .txt per article or as JSONL files (default: txt)
  --seed N           PRNG seed of the synthetic corpus (default: 24301)
  --keep             keep the build outputs (the synthetic corpus is always kept, in the temp folder, for reruns)
  -h, --help         show this help`

interface RunReport {
  seconds: number
  files: number
  articles: number
  quotes: number
  peakRssBytes: number
  /** User + system CPU of the process, all threads: the cost, whatever else the machine runs. */
  cpuSeconds: number
}

async function child(input: string, out: string, workers: number): Promise<void> {
  const started = performance.now()
  const summary = await buildDataset({ inputDir: input, outDir: out, configPath: path.join(ROOT, 'dataset.yaml'), datasetVersion: '0.0.0', corpus: { workers } })
  const report: RunReport = {
    seconds: (performance.now() - started) / 1000,
    files: summary.files,
    articles: summary.articles,
    quotes: summary.quotes,
    // getrusage's maximum resident set: the whole process, worker threads included.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
  }
  process.stdout.write(JSON.stringify(report) + '\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      input: { type: 'string' },
      workers: { type: 'string' },
      format: { type: 'string' },
      seed: { type: 'string' },
      keep: { type: 'boolean' },
      child: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return void process.stdout.write(USAGE + '\n')
  if (values.child !== undefined) return child(values.input!, values.out!, Number(values.child))

  const cores = availableParallelism()
  const workerCounts = (values.workers ?? (cores > 1 ? `1,${cores}` : '1')).split(',').map(Number)
  if (workerCounts.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--workers takes whole numbers, got '${values.workers}'`)
  const format = values.format === 'jsonl' ? 'jsonl' : 'txt'
  let input: string
  let made: MadeCorpus | null = null
  if (values.input) {
    input = path.resolve(values.input)
  } else {
    const mb = Number(values.size ?? '100')
    const seed = Number(values.seed ?? '24301')
    input = path.join(tmpdir(), `quote-ledger-bench-${format}-${mb}mb-${seed}`)
    const marker = path.join(input, '..', `${path.basename(input)}.json`)
    if (existsSync(marker)) made = JSON.parse(readFileSync(marker, 'utf8')) as MadeCorpus
    else {
      rmSync(input, { recursive: true, force: true })
      const t = performance.now()
      made = makeCorpus({ seedDir: path.join(ROOT, 'seeds'), outDir: input, bytes: mb * 1e6, seed, format })
      writeFileSync(marker, JSON.stringify(made))
      process.stderr.write(`bench: made ${made.articles} articles in ${made.files} files in ${((performance.now() - t) / 1000).toFixed(1)} s\n`)
    }
  }

  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  process.stdout.write(`machine: ${cpu}, ${cores} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}\n`)
  const listed = listCorpusInputs(input)
  const bytes = listed.files.reduce((sum, f) => sum + statSync(f.absPath).size, 0)
  const mb = bytes / 1e6
  process.stdout.write(`load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`)
  process.stdout.write(`corpus: ${input}: ${listed.files.length} files, ${mb.toFixed(1)} MB${made ? `, ${made.articles} synthetic articles` : ''}\n\n`)

  const work = path.join(tmpdir(), `quote-ledger-bench-out-${process.pid}`)
  mkdirSync(work, { recursive: true })
  const rows: string[][] = [['run', 'seconds', 'MB/s', 'articles/s', 'quotes/s', 'peak RSS MB', 'CPU s', 'MB per CPU s']]
  const floorStart = performance.now()
  const floor = await scanFloor(listed.files, path.join(work, 'floor-spans.jsonl'))
  const floorSeconds = (performance.now() - floorStart) / 1000
  rows.push(['read+scan floor', floorSeconds.toFixed(2), (floor.bytes / 1e6 / floorSeconds).toFixed(1), '', `${(floor.marks / floorSeconds).toFixed(0)} marks/s`, (process.resourceUsage().maxRSS / 1024).toFixed(0), '', ''])

  for (const workers of workerCounts) {
    const out = path.join(work, `build-${workers}`)
    // A fresh process per build, started the way this one was (tsx's loader in execArgv).
    const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(workers), '--input', input, '--out', out], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    })
    if (run.status !== 0) throw new Error(`build with ${workers} workers failed (exit ${run.status})`)
    const r = JSON.parse(run.stdout.trim().split('\n').pop()!) as RunReport
    rows.push([
      `build, ${workers === 0 ? 'main thread only' : `${workers} worker${workers === 1 ? '' : 's'}`}`,
      r.seconds.toFixed(2),
      (mb / r.seconds).toFixed(1),
      (r.articles / r.seconds).toFixed(0),
      (r.quotes / r.seconds).toFixed(0),
      (r.peakRssBytes / 2 ** 20).toFixed(0),
      r.cpuSeconds.toFixed(1),
      (mb / r.cpuSeconds).toFixed(2),
    ])
    if (!values.keep) rmSync(out, { recursive: true, force: true })
  }
  if (!values.keep) rmSync(work, { recursive: true, force: true })
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  for (const r of rows) process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + '\n')

  // The fact-check layer on its own, at two sizes: near-linear means the time per quote stays flat.
  process.stdout.write('\nfact-check layer (synthetic quotes with repeats, fragments, variants and misspelt speakers):\n')
  for (const n of [10_000, 100_000]) {
    const r = benchFactCheck(n)
    process.stdout.write(`  ${String(n).padStart(7)} quotes: ${(r.ms / 1000).toFixed(2)} s, ${r.usPerQuote} µs/quote, ${r.groups} groups (${r.multiMemberGroups} with more than one report), ${r.speakers} speakers\n`)
  }
}

await main()
