import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Papa from 'papaparse'
import { beforeAll, describe, expect, test } from 'vitest'
import { recordColumns } from '../../pipeline/write/record-columns.ts'
import { build, HOSTILE, readJsonl, SEEDS, tempDir } from './helpers.ts'

// Real clients read the CSV edition and must agree with the JSONL record for record.
// CI installs them with .ci/install-release-tools.sh; locally the tests skip with a message.

/** The data card's rule, written out independently: text as is, null empty, arrays as JSON, and an apostrophe before = + - @ tab CR LF '. */
function documentedCell(value: unknown): string {
  const text = value === null ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return /^[=+\-@\t\r\n']/.test(text) ? `'${text}` : text
}

function expectedRows(versionDir: string, table: string, schemaFile: string): string[][] {
  const columns = recordColumns(schemaFile)
  return readJsonl(path.join(versionDir, `${table}.jsonl`)).map((r) => columns.map((c) => documentedCell(r[c])))
}

const PYTHONS = ['/usr/bin/python3', 'python3']
const python = PYTHONS.find((p) => spawnSync(p, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0)
const soffice = ['soffice', 'libreoffice'].find((p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0)
if (!python) console.warn('real-clients: skipping the pandas test: no python3 with pandas (bash .ci/install-release-tools.sh installs it)')
if (!soffice) console.warn('real-clients: skipping the LibreOffice test: no soffice (bash .ci/install-release-tools.sh installs it)')

let versionDir = ''
const TABLES = [
  ['quotes', 'quote.schema.json'],
  ['articles', 'article.schema.json'],
] as const

beforeAll(async () => {
  if (!python && !soffice) return
  // The seeds plus an article whose quotes start with = - @ + and an apostrophe.
  const input = tempDir('clients-in')
  for (const dir of [SEEDS, HOSTILE]) for (const f of readdirSync(dir)) if (f.endsWith('.txt')) copyFileSync(path.join(dir, f), path.join(input, f))
  versionDir = (await build(input, tempDir('clients-out'))).versionDir
  const quotes = readJsonl(path.join(versionDir, 'quotes.jsonl')).map((q) => q.quote as string)
  expect(quotes.filter((q) => /^[=+\-@']/.test(q)).length).toBeGreaterThanOrEqual(5)
})

describe('real clients load the CSV edition', () => {
  test.skipIf(!python)('pandas read_csv(dtype=str, keep_default_na=False) agrees with the JSONL', () => {
    const script = [
      'import json, sys, pandas as pd',
      'df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)',
      'print(json.dumps({"columns": list(df.columns), "rows": df.values.tolist()}))',
    ].join('\n')
    for (const [table, schemaFile] of TABLES) {
      const got = JSON.parse(execFileSync(python!, ['-c', script, path.join(versionDir, `${table}.csv`)], { encoding: 'utf8' })) as { columns: string[]; rows: string[][] }
      expect(got.columns, table).toEqual(recordColumns(schemaFile)) // BOM stripped, order fixed
      expect(got.rows, table).toEqual(expectedRows(versionDir, table, schemaFile))
    }
  })

  test.skipIf(!soffice)('LibreOffice headless csv → xlsx → csv (columns as Text) agrees with the JSONL', () => {
    const work = tempDir('lo')
    const profile = pathToFileURL(path.join(work, 'profile')).href
    for (const [table, schemaFile] of TABLES) {
      const columns = recordColumns(schemaFile)
      // Import as the data card says: UTF-8 (76), comma (44), double quote (34), every column Text (2).
      const types = columns.map((_, i) => `${i + 1}/2`).join('/')
      execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', `--infilter=CSV:44,34,76,1,${types}`, '--convert-to', 'xlsx', '--outdir', work, path.join(versionDir, `${table}.csv`)], { stdio: 'pipe' })
      execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false', '--outdir', path.join(work, 'back'), path.join(work, `${table}.xlsx`)], { stdio: 'pipe' })
      const parsed = Papa.parse<string[]>(readFileSync(path.join(work, 'back', `${table}.csv`), 'utf8'), { skipEmptyLines: true })
      expect(parsed.errors, table).toEqual([])
      expect(parsed.data[0], table).toEqual(columns)
      expect(parsed.data.slice(1), table).toEqual(expectedRows(versionDir, table, schemaFile))
    }
  })
})
