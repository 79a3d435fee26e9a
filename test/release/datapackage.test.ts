import { createHash } from 'node:crypto'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import { beforeAll, describe, expect, test } from 'vitest'
import { checkDatapackage } from '../../pipeline/release/datapackage-profile.ts'
import type { Datapackage } from '../../pipeline/release/build-datapackage.ts'
import { validators } from '../../pipeline/validate/schemas.ts'
import { build, readJsonl, SEEDS, tempDir, CONFIG_VERSION } from './helpers.ts'

let dir = ''
let dp: Datapackage

beforeAll(async () => {
  const out = tempDir('dp')
  const summary = await build(SEEDS, out)
  dir = summary.versionDir
  dp = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as Datapackage
})

describe('datapackage.json', () => {
  test('passes the Data Package v2 profile', () => {
    expect(checkDatapackage(dp)).toEqual([])
    expect(dp.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json')
    expect(dp.version).toBe(CONFIG_VERSION)
    expect(dp.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(dp.licenses[0]?.name).toBe('CC-BY-4.0')
  })

  test('the profile check rejects a bad hash, a missing name and an unknown field type', () => {
    const bad = structuredClone(dp) as unknown as { resources: Array<Record<string, unknown>> }
    bad.resources[0]!.hash = 'sha256:not-hex'
    expect(checkDatapackage(bad).join('\n')).toMatch(/hash/)
    const noName = structuredClone(dp) as unknown as { resources: Array<Record<string, unknown>> }
    delete noName.resources[1]!.name
    expect(checkDatapackage(noName)).not.toEqual([])
    const badType = structuredClone(dp) as unknown as { resources: Array<{ schema: { fields: Array<{ type: string }> } }> }
    badType.resources[0]!.schema.fields[0]!.type = 'text'
    expect(checkDatapackage(badType)).not.toEqual([])
  })

  test('bytes and sha256 of every resource match the files', () => {
    expect(dp.resources.map((r) => r.path)).toEqual([
      'quotes.csv', 'quotes.jsonl', 'articles.csv', 'articles.jsonl', 'quote_groups.csv', 'quote_groups.jsonl', 'speakers.csv', 'speakers.jsonl', 'diagnostics.jsonl',
    ])
    for (const r of dp.resources) {
      const data = readFileSync(path.join(dir, r.path))
      expect(r.bytes, r.path).toBe(data.length)
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`)
    }
  })

  test('keys: quote_id is the primary key and unique; article_id points at an article', () => {
    const quotes = dp.resources.find((r) => r.name === 'quotes')!
    expect(quotes.schema.primaryKey).toEqual(['quote_id'])
    expect(quotes.schema.foreignKeys).toEqual([
      { fields: ['article_id'], reference: { resource: 'articles', fields: ['article_id'] } },
      { fields: ['group_id'], reference: { resource: 'quote_groups', fields: ['group_id'] } },
      { fields: ['speaker_id'], reference: { resource: 'speakers', fields: ['speaker_id'] } },
    ])
    expect(dp.resources.find((r) => r.name === 'quotes-jsonl')!.schema.foreignKeys?.[0]?.reference.resource).toBe('articles-jsonl')
    const rows = readJsonl(path.join(dir, 'quotes.jsonl'))
    const articleIds = new Set(readJsonl(path.join(dir, 'articles.jsonl')).map((a) => a.article_id))
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((q) => q.quote_id)).size).toBe(rows.length)
    for (const q of rows) expect(articleIds.has(q.article_id)).toBe(true)
  })

  test('the CSV header is the fields in order, and every record validates against its JSON Schema', () => {
    for (const [name, validate] of [['quotes', validators.quote], ['articles', validators.article]] as const) {
      const resource = dp.resources.find((r) => r.name === name)!
      const parsed = Papa.parse<string[]>(readFileSync(path.join(dir, `${name}.csv`), 'utf8'), { skipEmptyLines: true })
      expect(parsed.data[0]).toEqual(resource.schema.fields.map((f) => f.name))
      const rows = readJsonl(path.join(dir, `${name}.jsonl`))
      expect(parsed.data.length - 1).toBe(rows.length)
      for (const r of rows) expect(validate(r), JSON.stringify(validate.errors)).toBe(true)
    }
    const descriptions = dp.resources.find((r) => r.name === 'quotes')!.schema.fields.map((f) => f.description)
    expect(descriptions.every((d) => typeof d === 'string' && d.length > 0)).toBe(true)
  })
})

describe('SHA256SUMS', () => {
  test('lists every other file, sorted, in GNU format', () => {
    const lines = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trimEnd().split('\n')
    const names = lines.map((l) => l.slice(66))
    expect(lines.every((l) => /^[0-9a-f]{64} {2}\S+$/.test(l))).toBe(true)
    expect(names).toEqual([...names].sort())
    expect(names).toEqual([
      'CHANGELOG.md', 'CHANGES.json', 'README.md', 'articles.csv', 'articles.jsonl', 'datapackage.json', 'diagnostics.jsonl',
      'quote_groups.csv', 'quote_groups.jsonl', 'quotes.csv', 'quotes.jsonl', 'speakers.csv', 'speakers.jsonl',
    ])
  })

  const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0
  test.skipIf(!hasSha256sum)('sha256sum -c passes in the folder, and fails on a changed file', () => {
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toMatch(/quotes\.csv: OK/)
    const copy = tempDir('sums')
    for (const name of ['SHA256SUMS', 'CHANGELOG.md', 'CHANGES.json', 'README.md', 'articles.csv', 'articles.jsonl', 'datapackage.json', 'diagnostics.jsonl', 'quotes.csv', 'quotes.jsonl']) {
      writeFileSync(path.join(copy, name), readFileSync(path.join(dir, name)))
    }
    writeFileSync(path.join(copy, 'quotes.csv'), readFileSync(path.join(dir, 'quotes.csv'), 'utf8') + 'x')
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: copy }).status).not.toBe(0)
  })
})

describe('data card', () => {
  test('has counts, a field table from the schemas and loading recipes that keep text as text', () => {
    const card = readFileSync(path.join(dir, 'README.md'), 'utf8')
    const quotes = readJsonl(path.join(dir, 'quotes.jsonl')).length
    expect(card).toContain(`| Quotes | ${quotes} (`)
    expect(card).toContain('| `quote_id` | string (primary key) | Stable id')
    expect(card).toContain('| `article_id` | string (→ articles) |')
    expect(card).toContain('dtype=str, keep_default_na=False')
    expect(card).toContain('col_types = cols(.default = col_character())')
    expect(card).toMatch(/Convert text to numbers, dates, and formulas/)
    expect(card).toMatch(/= \+ - @ tab, CR, LF or '/)
    expect(card).toMatch(/JSONL files are the exact, lossless form/)
  })
})
