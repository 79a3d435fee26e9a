import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { buildFactCheckIds, buildFactCheckLayer } from '../../pipeline/fact-check/index.ts'
import { processDocument } from '../../pipeline/process-document.ts'
import type { ArticleRecord, QuoteRecord } from '../../pipeline/types.generated.ts'

// The release build takes the layer's ids by input position (buildFactCheckIds) instead of a map
// from quote_id over the layer's sorted copy of every quote: both must give each quote the same ids.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const articles: ArticleRecord[] = []
const quotes: QuoteRecord[] = []
for (const dir of ['seeds', 'test/dev2/docs']) {
  for (const file of readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const result = processDocument({ sourceFile: file, text: readFileSync(path.join(root, dir, file), 'utf8') })
    articles.push(...result.articles)
    quotes.push(...result.quotes)
  }
}

function byMap(input: readonly QuoteRecord[]) {
  const ids = new Map<string, { group_id: string; speaker_id: string | null }>()
  for (const q of buildFactCheckLayer(articles, input).quotes) ids.set(q.quote_id, { group_id: q.group_id, speaker_id: q.speaker_id })
  return input.map((q) => ids.get(q.quote_id)!)
}

function byPosition(input: readonly QuoteRecord[]) {
  const { groupIds, speakerIds } = buildFactCheckIds(articles, input)
  return input.map((_, i) => ({ group_id: groupIds[i]!, speaker_id: speakerIds[i]! }))
}

test('ids by input position are the ids a map by quote_id gives', () => {
  expect(quotes.length).toBeGreaterThan(100)
  expect(byPosition(quotes)).toEqual(byMap(quotes))
})

test('a quote_id that occurs twice gets the ids of its last occurrence at both', () => {
  // The same record twice (a file listed twice), once with another speaker: both copies get the
  // ids of the later one in quote_id order, as the map did.
  const twin = { ...quotes[5]!, speaker: 'Someone Else' }
  const input = [...quotes.slice(0, 10), twin, ...quotes.slice(10)]
  const got = byPosition(input)
  expect(got).toEqual(byMap(input))
  expect(got[5]).toEqual(got[10])
})

test('groups and speakers are those of the layer', () => {
  const layer = buildFactCheckLayer(articles, quotes)
  const ids = buildFactCheckIds(articles, quotes)
  expect(ids.groups).toEqual(layer.groups)
  expect(ids.speakers).toEqual(layer.speakers)
})
