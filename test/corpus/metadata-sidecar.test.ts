import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { buildDataset } from '../../pipeline/build-dataset.ts'

const root = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'ql-meta-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

test('a story.meta.yaml beside story.txt fills the article record; a bad one is reported at file:line:column and the text still built', async () => {
  const input = path.join(tmp, 'in')
  mkdirSync(input)
  copyFileSync(path.join(root, 'seeds/000_3a556c28eb24999d.txt'), path.join(input, 'story.txt'))
  copyFileSync(path.join(root, 'seeds/001_ee7aa71c59bbd9c5.txt'), path.join(input, 'other.txt'))
  writeFileSync(path.join(input, 'story.meta.yaml'), 'title: "Trump orders inquiry into leaks"\noutlet: BuzzFeed News\npublished: "2017-05-25"\n')
  writeFileSync(path.join(input, 'other.meta.yaml'), 'outlet: VOA\noutlett: typo\n')
  const summary = await buildDataset({ inputDir: input, outDir: path.join(tmp, 'out'), configPath: path.join(root, 'dataset.yaml'), corpus: { workers: 0 } })
  const articles = readFileSync(path.join(summary.versionDir, 'articles.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  const story = articles.find((a) => a.source_file === 'story.txt')!
  expect(story).toMatchObject({ title: 'Trump orders inquiry into leaks', outlet: 'BuzzFeed News', published: '2017-05-25', author: null, url: null })
  const other = articles.find((a) => a.source_file === 'other.txt')!
  expect(other.outlet).toBeNull()
  expect(Number(other.quote_count)).toBeGreaterThan(0)
  expect(summary.diagnostics).toContainEqual(expect.objectContaining({ file: 'other.meta.yaml', line: 2, column: 1, rule: 'ingest:invalid-metadata' }))
})
