import { readFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, test } from 'vitest'
import { csvCellText, csvHeader, csvRows, EXCEL_CELL_LIMIT } from '../../pipeline/write/csv-edition.ts'
import { writeTable } from '../../pipeline/release/write-table.ts'
import { RELEASE_TABLES } from '../../pipeline/release/release-tables.ts'
import { tempDir } from './helpers.ts'

const cols = ['text']
const row = (text: unknown) => csvRows([{ text }], cols)

describe('CSV edition: formula cells', () => {
  test.each([
    ['=SUM(1,2)', `"'=SUM(1,2)"\r\n`],
    ['+1 for the plan', `"'+1 for the plan"\r\n`],
    ['-- a dash', `"'-- a dash"\r\n`],
    ['@everyone', `"'@everyone"\r\n`],
    ['\tTabbed', `"'\tTabbed"\r\n`],
    ['\rCR', `"'\rCR"\r\n`],
    ['\n=1+1', `"'\n=1+1"\r\n`], // papaparse's default pattern misses a leading LF
    ['=1+1\nnote', `"'=1+1\nnote"\r\n`], // … and a formula with a line break after it
    ["'Tis", `"''Tis"\r\n`], // an apostrophe is escaped too, so the rule can be undone exactly
  ])('%j is neutralised', (value, expected) => {
    expect(row(value)).toBe(expected)
    expect(csvCellText(value)).toBe("'" + value)
  })

  test.each([['plain words'], ['a = b'], ['1-2'], ['Britain’s']])('%j is left alone', (value) => {
    expect(row(value)).toBe(`${value}\r\n`)
    expect(csvCellText(value)).toBe(value)
  })

  test('every row is escaped, not every second one (no stateful g flag)', () => {
    expect(csvRows([{ text: '=a' }, { text: '=b' }, { text: '=c' }], cols)).toBe(`"'=a"\r\n"'=b"\r\n"'=c"\r\n`)
  })

  test('BOM, CRLF, RFC 4180 quoting, null empty, arrays as JSON text, fixed column order', () => {
    const header = csvHeader(['b', 'a', 'c'])
    expect(header).toBe('\uFEFFb,a,c\r\n')
    const body = csvRows([{ a: 'say "hi", then go', b: null, c: [[1, 2]] }], ['b', 'a', 'c'])
    expect(body).toBe(',"say ""hi"", then go","[[1,2]]"\r\n')
    const parsed = Papa.parse<string[]>(header + body, { skipEmptyLines: true })
    expect(parsed.data).toEqual([['b', 'a', 'c'], ['', 'say "hi", then go', '[[1,2]]']])
  })
})

describe('cells over Excel’s limit', () => {
  test('are reported as warnings with the quote’s file and line; the JSONL keeps them whole', async () => {
    const dir = tempDir('long')
    const quotes = RELEASE_TABLES.find((t) => t.name === 'quotes')!
    const long = 'x'.repeat(EXCEL_CELL_LIMIT + 1)
    const base = { quote_id: 'q_0000000000000001', article_id: 'a_0000000000000001', source_file: 'long.txt', start: 0, end: 1, speaker: null, speaker_role: null, cue: null, kind: 'full', continues: false, attribution: 'none', segments: [[0, 1]], line: 7, column: 3, sentence_start: 0, sentence_end: 1, flags: [] }
    const result = await writeTable(dir, quotes, [
      { ...base, quote: 'x'.repeat(EXCEL_CELL_LIMIT) }, // exactly at the limit: fine
      { ...base, quote_id: 'q_0000000000000002', quote: '=' + 'x'.repeat(EXCEL_CELL_LIMIT - 1) }, // the escape pushes it over
      { ...base, quote_id: 'q_0000000000000003', quote: long },
    ])
    expect(result.rows).toBe(3)
    expect(result.diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule, d.message.slice(0, 60)])).toEqual([
      ['long.txt', 7, 3, 'warning', 'write:cell-over-excel-limit', 'quotes.csv q_0000000000000002: quote has 32768 characters; E'],
      ['long.txt', 7, 3, 'warning', 'write:cell-over-excel-limit', 'quotes.csv q_0000000000000003: quote has 32768 characters; E'],
    ])
    expect(readFileSync(path.join(dir, 'quotes.jsonl'), 'utf8')).toContain(long)
  })
})
