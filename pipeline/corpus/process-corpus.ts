import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ArticleRecord, Diagnostic, QuoteRecord } from '../types.generated.ts'
import type { InputFile } from '../ingest/list-input-files.ts'
import { DEFAULT_FIELDS, processBatch, type BatchOptions, type CorpusUnit, type InputFields, type UnitResult } from './process-batch.ts'
import { readUnits, type InputFormat, type OrderedUnit } from './read-units.ts'
import { inShard, type ShardSpec } from './shard-key.ts'

export interface CorpusOptions {
  maxBytes?: number
  /** Worker threads; 0 runs everything on the main thread. Default: the core count. */
  workers?: number
  /** Forces one format for every input file; default: by extension (.jsonl/.ndjson, .csv, else txt). */
  format?: InputFormat
  fields?: Partial<InputFields>
  /** Only the units of this shard (see shard-key.ts). */
  shard?: ShardSpec
}

/** What one unit (a .txt file, a JSONL line, a CSV row) gave: records, diagnostics, or a refusal. */
export interface FileResult {
  file: InputFile
  /** Position in the input order: index into the file list, then line/row (0 for a .txt). */
  fileIndex: number
  /** 1-based JSONL line or CSV data row; null for a .txt file. */
  inputLine: number | null
  articles: ArticleRecord[]
  quotes: QuoteRecord[]
  diagnostics: Diagnostic[]
  refused: string | null
}

/** Units per batch, and text per batch for record files: one message each way per batch. */
const BATCH_UNITS = 32
const BATCH_CHARS = 512 * 1024
/** Batches in flight (sent, or done and waiting their turn) per worker: the reorder buffer. */
const IN_FLIGHT_PER_WORKER = 4

/**
 * Runs the per-document pipeline over the corpus on a pool of worker threads and hands each
 * unit's result to `sink` in input order, one at a time. Units go out in batches; results come
 * back in any order and wait in a bounded reorder buffer (at most workers × 4 batches), so
 * memory is bounded by a few batches, not by the corpus, and the output is the same bytes for
 * any number of workers.
 */
export async function processCorpus(
  files: readonly InputFile[],
  options: CorpusOptions,
  sink: (result: FileResult) => Promise<void>,
): Promise<void> {
  const workers = options.workers ?? availableParallelism()
  const batchOptions: BatchOptions = { fields: { ...DEFAULT_FIELDS, ...options.fields }, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) }
  const pool =
    workers > 0
      ? new Piscina<{ units: CorpusUnit[]; options: BatchOptions }, UnitResult[]>({
          filename: new URL('./corpus-worker.mjs', import.meta.url).href,
          minThreads: workers,
          maxThreads: workers,
          // No queue limit here: the reorder buffer already bounds the batches handed out.
          idleTimeout: 60_000,
        })
      : null
  const run = (units: CorpusUnit[]): Promise<UnitResult[]> => {
    const task = { units, options: batchOptions }
    if (pool) return pool.run(task)
    return new Promise((resolve) => resolve(processBatch(task)))
  }

  // Problems with a whole record file are passed on in order, as a unit with no records.
  const early: FileResult[] = []
  const inFlight: Array<{ batch: OrderedUnit[]; results: Promise<UnitResult[]>; early: FileResult[] }> = []
  const maxInFlight = Math.max(1, workers) * IN_FLIGHT_PER_WORKER
  const emitHead = async () => {
    const head = inFlight.shift()!
    const results = await head.results
    for (const r of head.early) await sink(r)
    for (let i = 0; i < head.batch.length; i++) {
      const { unit, fileIndex, line } = head.batch[i]!
      await sink({ file: files[fileIndex]!, fileIndex, inputLine: unit.kind === 'file' ? null : line, ...results[i]! })
    }
  }
  let batch: OrderedUnit[] = []
  let chars = 0
  const submit = async () => {
    const results = run(batch.map((b) => b.unit))
    // Awaited in order by emitHead; this only keeps a failure from being reported as unhandled first.
    results.catch(() => undefined)
    inFlight.push({ batch, results, early: early.splice(0) })
    batch = []
    chars = 0
    while (inFlight.length >= maxInFlight) await emitHead()
  }
  try {
    const report = (d: Diagnostic, fileIndex: number, line: number) => {
      // A whole-file problem belongs to the shard of the file's own key, as a .txt file would.
      const file = files[fileIndex]!
      if (options.shard && !inShard({ unit: { kind: 'file', absPath: file.absPath, relPath: file.relPath }, fileIndex, line: 0 }, files, options.shard)) return
      early.push({ file, fileIndex, inputLine: line, articles: [], quotes: [], diagnostics: [d], refused: d.severity === 'error' ? d.message : null })
    }
    for await (const ordered of readUnits(files, options.format, report)) {
      if (options.shard && !inShard(ordered, files, options.shard)) continue
      batch.push(ordered)
      chars += ordered.unit.kind === 'record' ? (ordered.unit.json?.length ?? 1024) : 4096
      if (batch.length >= BATCH_UNITS || chars >= BATCH_CHARS) await submit()
    }
    if (batch.length > 0 || early.length > 0) await submit()
    while (inFlight.length > 0) await emitHead()
  } finally {
    await pool?.destroy()
  }
}
