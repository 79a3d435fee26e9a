import { createWriteStream, type WriteStream } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../types.generated.ts'
import { csvCellText, csvHeader, csvRows, EXCEL_CELL_LIMIT } from '../write/csv-edition.ts'
import { recordColumns, toJsonLine } from '../write/record-columns.ts'
import type { ReleaseTable } from './release-tables.ts'

export interface WrittenTable {
  rows: number
  /** One warning per CSV cell longer than Excel keeps, pointing at the record's source. */
  diagnostics: Diagnostic[]
}

/** Records per write, and JSON characters per write: a quote group of a syndicated quote lists thousands of ids. */
const BATCH = 5000
const BATCH_CHARS = 1 << 20

/**
 * Writes a table's records, in the order given, as `<name>.jsonl` and (for CSV tables)
 * `<name>.csv` in `dir`, in batches of at most 5,000 records or about 1 MB, so memory stays
 * bounded by the batch, not the table. Returns the row count and a
 * `write:cell-over-excel-limit` warning for each CSV cell over 32,767 characters.
 */
export async function writeTable(dir: string, table: ReleaseTable, records: AsyncIterable<object> | Iterable<object>): Promise<WrittenTable> {
  const columns = recordColumns(table.schemaFile)
  const jsonl = createWriteStream(path.join(dir, `${table.name}.jsonl`))
  const csv = table.csv ? createWriteStream(path.join(dir, `${table.name}.csv`)) : null
  const diagnostics: Diagnostic[] = []
  let rows = 0
  try {
    if (csv) await put(csv, csvHeader(columns))
    let batch: object[] = []
    let lines: string[] = []
    let chars = 0
    const flush = async () => {
      await put(jsonl, lines.join(''))
      if (csv) await put(csv, csvRows(batch, columns))
      batch = []
      lines = []
      chars = 0
    }
    for await (const record of records) {
      rows++
      if (csv) diagnostics.push(...overlongCells(table.name, record as Record<string, unknown>, columns))
      const line = toJsonLine(record, columns)
      lines.push(line)
      chars += line.length
      if (csv) batch.push(record)
      if (lines.length >= BATCH || chars >= BATCH_CHARS) await flush()
    }
    await flush()
  } finally {
    await end(jsonl)
    if (csv) await end(csv)
  }
  return { rows, diagnostics }
}

// A quote of 40,000 characters opens in Excel cut at 32,767, silently; say so where it came from.
function overlongCells(tableName: string, record: Record<string, unknown>, columns: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const c of columns) {
    const length = csvCellText(record[c]).length
    if (length <= EXCEL_CELL_LIMIT) continue
    const id = columns[0] === undefined ? '' : ` ${String(record[columns[0]])}`
    const file = typeof record.source_file === 'string' ? record.source_file : typeof record.file === 'string' ? record.file : `${tableName}.csv`
    out.push({
      file,
      line: typeof record.line === 'number' ? record.line : null,
      column: typeof record.column === 'number' ? record.column : null,
      severity: 'warning',
      stage: 'write',
      rule: 'write:cell-over-excel-limit',
      message: `${tableName}.csv${id}: ${c} has ${length} characters; Excel keeps ${EXCEL_CELL_LIMIT} and cuts the rest (${tableName}.jsonl has it whole)`,
    })
  }
  return out
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
