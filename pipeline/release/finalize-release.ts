import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import path from 'node:path'
import type { DatasetConfig } from '../types.generated.ts'
import { csvHeader, csvRows } from '../write/csv-edition.ts'
import { ARTICLE_COLUMNS, DIAGNOSTIC_COLUMNS, QUOTE_COLUMNS, STAGE_FILES } from './stage-writer.ts'
import { toJsonLine } from '../write/record-columns.ts'

export interface FinalizeOptions {
  /** The temporary version folder holding the stage files. */
  dir: string
  config: DatasetConfig
  version: string
}

/**
 * Turns the stage files into the release's data files: quotes.jsonl / quotes.csv,
 * articles.jsonl / articles.csv and diagnostics.jsonl, streamed in batches, then removes the
 * stage files.
 */
export async function finalizeRelease(options: FinalizeOptions): Promise<void> {
  const { dir } = options
  await convert(path.join(dir, STAGE_FILES.quotes), dir, 'quotes', QUOTE_COLUMNS, true)
  await convert(path.join(dir, STAGE_FILES.articles), dir, 'articles', ARTICLE_COLUMNS, true)
  await convert(path.join(dir, STAGE_FILES.diagnostics), dir, 'diagnostics', DIAGNOSTIC_COLUMNS, false)
  for (const f of Object.values(STAGE_FILES)) rmSync(path.join(dir, f), { force: true })
}

async function convert(stageFile: string, dir: string, name: string, columns: readonly string[], csv: boolean): Promise<void> {
  const jsonl = createWriteStream(path.join(dir, `${name}.jsonl`))
  const csvOut = csv ? createWriteStream(path.join(dir, `${name}.csv`)) : null
  if (csvOut) await put(csvOut, csvHeader(columns))
  let batch: object[] = []
  const flush = async () => {
    await put(jsonl, batch.map((r) => toJsonLine(r, columns)).join(''))
    if (csvOut) await put(csvOut, csvRows(batch, columns))
    batch = []
  }
  const lines = createInterface({ input: createReadStream(stageFile, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line) continue
    batch.push(JSON.parse(line) as object)
    if (batch.length >= 5000) await flush()
  }
  await flush()
  await end(jsonl)
  if (csvOut) await end(csvOut)
}

function put(s: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (chunk.length === 0) return resolve()
    s.write(chunk, (err) => (err ? reject(err) : resolve()))
  })
}

function end(s: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())))
}
