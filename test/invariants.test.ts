import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Papa from 'papaparse'
import { afterAll, describe, expect, test } from 'vitest'
import { processDocument } from '../pipeline/process-document.ts'
import { validators } from '../pipeline/validate/schemas.ts'
import { buildDataset } from '../pipeline/build-dataset.ts'
import { generateTypes, GENERATED_PATH } from '../pipeline/tools/gen-types.ts'

const root = path.resolve(import.meta.dirname, '..')

function txtFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) out.push(...txtFiles(p))
    else if (name.endsWith('.txt')) out.push(p)
  }
  return out
}

const corpus = [...txtFiles(path.join(root, 'seeds')), ...txtFiles(path.join(root, 'test/dev2/docs')), ...txtFiles(path.join(root, 'test/fixtures/extract'))]

describe('every record points back into its source', () => {
  test.each(corpus.map((f) => [path.relative(root, f), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
    const codePoints = [...text]
    const { quotes, articles } = processDocument({ sourceFile: path.basename(file), text })
    for (const q of quotes) {
      expect(validators.quote(q), JSON.stringify(validators.quote.errors)).toBe(true)
      // The quote is the source's code points in its segments, paragraphs joined by a space.
      const parts = q.segments.map(([s, e]) => codePoints.slice(s, e).join(''))
      expect(parts.join(' ')).toBe(q.quote)
      expect(q.start).toBe(q.segments[0]![0])
      expect(q.end).toBe(q.segments[q.segments.length - 1]![1])
      // The sentence range holds the quote, and line:column is where it starts.
      expect(q.sentence_start).toBeLessThanOrEqual(q.start)
      expect(q.sentence_end).toBeGreaterThanOrEqual(q.end)
      const before = codePoints.slice(0, q.start).join('')
      expect(q.line).toBe(before.split(/\r\n|\r|\n/).length)
    }
    for (const a of articles) expect(validators.article(a), JSON.stringify(validators.article.errors)).toBe(true)
    // Sorted: quotes in source order, ids unique.
    expect(quotes.map((q) => q.start)).toEqual([...quotes.map((q) => q.start)].sort((x, y) => x - y))
    expect(new Set(quotes.map((q) => q.quote_id)).size).toBe(quotes.length)
  })
})

describe('a build', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ql-invariants-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))
  const build = (out: string) =>
    buildDataset({ inputDir: path.join(root, 'seeds'), outDir: path.join(tmp, out), configPath: path.join(root, 'dataset.yaml') })

  test('gives the same bytes twice, and CSV and JSONL hold the same records', async () => {
    const a = await build('a')
    const b = await build('b')
    const files = readdirSync(a.versionDir).sort()
    expect(readdirSync(b.versionDir).sort()).toEqual(files)
    for (const f of files) {
      if (statSync(path.join(a.versionDir, f)).isDirectory()) continue
      expect(readFileSync(path.join(a.versionDir, f)).equals(readFileSync(path.join(b.versionDir, f))), f).toBe(true)
    }
    // Every quote's group and speaker are published, and every group and speaker is used.
    const rows = (name: string) => readFileSync(path.join(a.versionDir, `${name}.jsonl`), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    const quotes = rows('quotes')
    const groups = new Map(rows('quote_groups').map((g) => [g.group_id, g]))
    const speakers = new Map(rows('speakers').map((s) => [s.speaker_id, s]))
    for (const q of quotes) {
      expect(validators.publishedQuote(q), JSON.stringify(validators.publishedQuote.errors)).toBe(true)
      expect((groups.get(q.group_id)?.quote_ids as string[]).includes(q.quote_id as string)).toBe(true)
      expect(q.speaker_id === null ? q.speaker === null : speakers.has(q.speaker_id)).toBe(true)
    }
    expect([...groups.values()].reduce((n, g) => n + (g.size as number), 0)).toBe(quotes.length)
    for (const name of ['quotes', 'articles', 'quote_groups', 'speakers']) {
      const jsonl = readFileSync(path.join(a.versionDir, `${name}.jsonl`), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
      const csvText = readFileSync(path.join(a.versionDir, `${name}.csv`), 'utf8')
      expect(csvText.startsWith('\uFEFF')).toBe(true)
      const parsed = Papa.parse<Record<string, string>>(csvText.slice(1), { header: true, skipEmptyLines: true, dynamicTyping: false })
      expect(parsed.errors).toEqual([])
      expect(parsed.meta.fields).toEqual(Object.keys(jsonl[0]!))
      expect(parsed.data).toHaveLength(jsonl.length)
      parsed.data.forEach((row, k) => {
        const rec = jsonl[k]!
        for (const [field, value] of Object.entries(rec)) {
          const cell = row[field]!
          const expected = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
          // Formula-like cells carry a leading apostrophe in the CSV edition only.
          expect(/^[=+\-@\t\r\n]/.test(expected) ? cell === `'${expected}` : cell === expected, `${name} row ${k} ${field}`).toBe(true)
        }
      })
    }
  })
})

test('pipeline/types.generated.ts is generated from the current schemas', async () => {
  expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generateTypes())
})
