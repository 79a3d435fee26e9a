import Papa from 'papaparse'

/**
 * The spreadsheet edition of a dataset file: UTF-8 with a BOM (Excel needs it to read UTF-8),
 * CRLF line ends, RFC 4180 quoting, a fixed column order. Arrays and objects are written as
 * JSON text; null as an empty cell. A cell that a spreadsheet would run as a formula (starting
 * with = + - @ tab CR or LF: OWASP's CSV-injection list) gets a leading apostrophe; so does a
 * cell that already starts with one, so the rule can be undone exactly: drop the first character
 * of every cell that starts with '. JSONL keeps the exact value.
 */
export const CSV_BOM = '\uFEFF'

/** Excel keeps at most this many characters in a cell and cuts the rest. */
export const EXCEL_CELL_LIMIT = 32_767

// No `g` flag: with one, RegExp.test keeps lastIndex and papaparse escapes every second match.
// papaparse's default pattern misses a leading LF and any value with a line break after the first
// character (/^[=+\-@\t\r].*$/ has no s flag), so pass our own. The apostrophe is in the set to
// keep the rule reversible: `'=x` in a cell is always an escaped `=x`, `''tis` an escaped `'tis`.
export const FORMULA_START = /^[=+\-@\t\r\n']/

export function csvHeader(columns: readonly string[]): string {
  return CSV_BOM + Papa.unparse([columns as string[]], { newline: '\r\n', quotes: false }) + '\r\n'
}

/** CSV rows (no header) for a batch of records, each row ending in CRLF. */
export function csvRows(records: readonly object[], columns: readonly string[]): string {
  if (records.length === 0) return ''
  const rows = records.map((record) => {
    const r = record as Record<string, unknown>
    return columns.map((c) => toCell(r[c]))
  })
  return (
    Papa.unparse(rows, {
      header: false,
      newline: '\r\n',
      quoteChar: '"',
      escapeChar: '"',
      escapeFormulae: FORMULA_START,
    }) + '\r\n'
  )
}

/** The text a CSV cell holds for a value, after neutralisation (what a spreadsheet shows). */
export function csvCellText(value: unknown): string {
  const cell = toCell(value)
  return FORMULA_START.test(cell) ? "'" + cell : cell
}

function toCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
