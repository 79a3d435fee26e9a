import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import Papa from 'papaparse'
import type { Diagnostic } from '../types.generated.ts'
import type { InputFile } from '../ingest/list-input-files.ts'
import type { CorpusUnit } from './process-batch.ts'

export type InputFormat = 'txt' | 'jsonl' | 'csv'

/** One unit and where it stands in the input order: file index, then line (0 for a .txt). */
export interface OrderedUnit {
  unit: CorpusUnit
  fileIndex: number
  line: number
}

/** The format of an input file: forced by `--input-format`, else from its extension. */
export function formatOf(relPath: string, forced?: InputFormat): InputFormat {
  if (forced) return forced
  const lower = relPath.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.csv')) return 'csv'
  return 'txt'
}

/**
 * The corpus as units in input order: a .txt file is one unit; a JSONL file gives one unit per
 * non-blank line and a CSV file one per data row, both streamed (never read whole), so a 10 GB
 * export costs no more memory than its longest line. Problems with a whole record file (cannot
 * be read) go to `report`, and the rest of the corpus goes on.
 */
export async function* readUnits(
  files: readonly InputFile[],
  forced: InputFormat | undefined,
  report: (d: Diagnostic, fileIndex: number, line: number) => void,
): AsyncGenerator<OrderedUnit> {
  for (let fileIndex = 0; fileIndex < files.length; fileIndex++) {
    const file = files[fileIndex]!
    const format = formatOf(file.relPath, forced)
    if (format === 'txt') {
      yield { unit: { kind: 'file', absPath: file.absPath, relPath: file.relPath }, fileIndex, line: 0 }
      continue
    }
    let line = 0
    try {
      if (format === 'jsonl') {
        const lines = createInterface({ input: createReadStream(file.absPath, 'utf8'), crlfDelay: Infinity })
        for await (const text of lines) {
          line++
          const json = line === 1 ? text.replace(/^\uFEFF/, '') : text
          if (json.trim() === '') continue
          yield { unit: { kind: 'record', relPath: file.relPath, line, json }, fileIndex, line }
        }
      } else {
        // Comma, as RFC 4180 says: papaparse would otherwise guess the delimiter from the first
        // rows and may take the semicolons of an article's text for it.
        const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: true, skipEmptyLines: true, delimiter: ',' })
        const rows = createReadStream(file.absPath, 'utf8').pipe(parser) as AsyncIterable<Record<string, unknown>>
        for await (const fields of rows) {
          line++
          yield { unit: { kind: 'record', relPath: file.relPath, line, fields }, fileIndex, line }
        }
      }
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? String(err.code) : (err as Error).message
      // Ordered after the lines read before the failure.
      report({ file: file.relPath, line: null, column: null, severity: 'error', stage: 'ingest', rule: 'ingest:unreadable-file', message: `File refused: cannot be read (${code})` }, fileIndex, line + 1)
    }
  }
}
