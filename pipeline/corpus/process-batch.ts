import type { ArticleRecord, Diagnostic, FileMetadata, QuoteRecord } from '../types.generated.ts'
import { readSource } from '../ingest/read-source.ts'
import { readMetadata } from '../ingest/read-metadata.ts'
import { processDocument } from '../process-document.ts'

/** Which field (JSONL key or CSV column) holds the article's text, id and metadata. */
export interface InputFields {
  text: string
  id: string
  title: string
  url: string
  published: string
  outlet: string
  author: string
}

export const DEFAULT_FIELDS: InputFields = { text: 'text', id: 'id', title: 'title', url: 'url', published: 'published', outlet: 'outlet', author: 'author' }

/**
 * One document to process. `file`: a .txt file, read in the worker so the main thread never
 * touches its bytes. `record`: one JSONL line (`json`, parsed in the worker) or one CSV row
 * (`fields`, parsed by papaparse in the main thread); `line` is its 1-based line (JSONL) or
 * data row (CSV) in the input file.
 */
export type CorpusUnit =
  | { kind: 'file'; absPath: string; relPath: string }
  | { kind: 'record'; relPath: string; line: number; json?: string; fields?: Record<string, unknown> }

export interface BatchOptions {
  maxBytes?: number
  fields: InputFields
}

/** What one unit gave: records, diagnostics, or a refusal (a file or record that gave nothing). */
export interface UnitResult {
  articles: ArticleRecord[]
  quotes: QuoteRecord[]
  diagnostics: Diagnostic[]
  refused: string | null
}

/**
 * The worker task: runs the per-document pipeline over a batch of units, in order. Batching
 * amortises the message cost between threads (one post per batch, not per article). Never throws
 * for bad input; a bug in a stage becomes an error diagnostic on that unit, not a lost build.
 */
export function processBatch(task: { units: CorpusUnit[]; options: BatchOptions }): UnitResult[] {
  return task.units.map((unit) => {
    try {
      return unit.kind === 'file' ? processFileUnit(unit, task.options) : processRecordUnit(unit, task.options)
    } catch (err) {
      const where = unit.kind === 'file' ? { line: null } : { line: unit.line }
      const reason = `internal error while processing (a bug in quote-ledger): ${(err as Error).message}`
      return {
        articles: [],
        quotes: [],
        diagnostics: [{ file: unit.relPath, line: where.line, column: null, severity: 'error', stage: 'corpus', rule: 'corpus:internal-error', message: reason }],
        refused: reason,
      }
    }
  })
}

function processFileUnit(unit: Extract<CorpusUnit, { kind: 'file' }>, options: BatchOptions): UnitResult {
  const read = readSource(unit.absPath, unit.relPath, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  if (!read.ok) return { articles: [], quotes: [], diagnostics: read.diagnostics, refused: read.reason }
  // story.txt → story.meta.yaml (title, outlet, author, url, published), when there is one.
  const meta = readMetadata(unit.absPath, unit.relPath)
  const result = processDocument({ sourceFile: unit.relPath, text: read.text, ...(meta.metadata ? { metadata: meta.metadata } : {}) })
  return { ...result, diagnostics: [...read.diagnostics, ...meta.diagnostics, ...result.diagnostics], refused: null }
}

function processRecordUnit(unit: Extract<CorpusUnit, { kind: 'record' }>, options: BatchOptions): UnitResult {
  const { fields } = options
  const bad = (rule: string, message: string): UnitResult => ({
    articles: [],
    quotes: [],
    diagnostics: [{ file: unit.relPath, line: unit.line, column: null, severity: 'error', stage: 'ingest', rule, message }],
    refused: message,
  })
  let record: unknown = unit.fields
  if (unit.json !== undefined) {
    try {
      record = JSON.parse(unit.json)
    } catch (err) {
      return bad('ingest:invalid-json-line', `Line skipped: not valid JSON (${(err as Error).message})`)
    }
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return bad('ingest:invalid-json-line', 'Line skipped: not a JSON object')
  const r = record as Record<string, unknown>
  const text = r[fields.text]
  const id = typeof r[fields.id] === 'string' || typeof r[fields.id] === 'number' ? String(r[fields.id]) : null
  const named = id === null ? '' : ` (id ${JSON.stringify(id)})`
  if (typeof text !== 'string' || text.trim() === '') {
    const why = text === undefined ? `no '${fields.text}' field` : typeof text !== 'string' ? `'${fields.text}' is not a string` : `'${fields.text}' is empty`
    return bad('ingest:missing-text', `Record skipped${named}: ${why}`)
  }
  const diagnostics: Diagnostic[] = []
  if ('__parsed_extra' in r) {
    // papaparse's name for the cells past the header's last column.
    diagnostics.push({ file: unit.relPath, line: unit.line, column: null, severity: 'warning', stage: 'ingest', rule: 'ingest:csv-extra-fields', message: `Row has more fields than the header${named}; the extra ones are ignored` })
  }
  const metadata: FileMetadata = {}
  for (const key of ['title', 'url', 'published', 'outlet', 'author'] as const) {
    const value = r[fields[key]]
    if (value === undefined || value === null || value === '') continue
    if (typeof value === 'string') metadata[key] = value
    else diagnostics.push({ file: unit.relPath, line: unit.line, column: null, severity: 'warning', stage: 'ingest', rule: 'ingest:invalid-field', message: `'${fields[key]}' ignored${named}: not a string` })
  }
  const result = processDocument({ sourceFile: unit.relPath, text: text.replace(/^\uFEFF/, ''), metadata, inputLine: unit.line })
  // A diagnostic from the text points at the record's line in the input file; its place in the
  // text goes into the message ("news.jsonl:812 … (text 3:14)").
  for (const d of result.diagnostics) {
    const at = d.line === null ? '' : ` (text ${d.line}:${d.column ?? 1})`
    diagnostics.push({ ...d, line: unit.line, column: null, message: `${d.message}${at}${named}` })
  }
  return { articles: result.articles, quotes: result.quotes, diagnostics, refused: null }
}
