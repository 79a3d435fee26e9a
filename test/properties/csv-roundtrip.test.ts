import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import { CSV_BOM, csvHeader, csvRows } from '../../pipeline/write/csv-edition.ts'
import { toJsonLine } from '../../pipeline/write/record-columns.ts'

// Any strings — commas, quotes, line breaks, formula triggers, astral characters — survive the CSV
// edition and JSONL the same way: parse the CSV, drop the one leading ' the data card says a
// neutralised cell gains, and every cell equals the JSONL value as text.
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', "'", '"', ',', ';', ' ', '😀', '𝒜', 'é', 'SUM(A1)', 'a', '=1+1', '""'), { maxLength: 12 })
    .map((p) => p.join('')),
)
const record = fc.record({
  id: hostile,
  text: hostile,
  maybe: fc.option(hostile, { nil: null }),
  count: fc.integer(),
  flag: fc.boolean(),
  list: fc.array(hostile, { maxLength: 3 }),
})
const columns = ['id', 'text', 'maybe', 'count', 'flag', 'list']

describe('CSV edition and JSONL hold the same records', () => {
  test('for any strings', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 8 }), (records) => {
        const csv = csvHeader(columns) + csvRows(records, columns)
        expect(csv.startsWith(CSV_BOM)).toBe(true)
        const parsed = Papa.parse<string[]>(csv.slice(1), { header: false, skipEmptyLines: false, newline: '\r\n', delimiter: ',' })
        const rows = parsed.data.filter((r, i) => !(i === parsed.data.length - 1 && r.length === 1 && r[0] === ''))
        expect(rows[0]).toEqual(columns)
        expect(rows).toHaveLength(records.length + 1)
        records.forEach((r, k) => {
          const json = JSON.parse(toJsonLine(r, columns)) as Record<string, unknown>
          expect(json).toEqual(r) // JSONL is exact
          const cells = rows[k + 1]!.map((c) => (c.startsWith("'") ? c.slice(1) : c))
          const expected = columns.map((c) => {
            const v = json[c]
            return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
          })
          expect(cells).toEqual(expected)
          // and no cell a spreadsheet would run as a formula
          for (const c of rows[k + 1]!) expect(/^[=+\-@\t\r\n]/.test(c)).toBe(false)
        })
      }),
      { numRuns: 300 },
    )
  })
})
