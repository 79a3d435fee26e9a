import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { syntheticCorpus } from '../../pipeline/fact-check/bench-fact-check.ts'
import { buildFactCheckLayer } from '../../pipeline/fact-check/index.ts'

// The optimised layer must give byte-identical output to the straightforward one it replaced:
// the fixture holds hashes of that implementation's output on the seeded synthetic corpus.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/bench-5000.json', import.meta.url), 'utf8')) as {
  n: number
  quotes: string
  groups: string
  speakers: string
}

test('the layer gives the same output as before on the 5,000-quote synthetic corpus', () => {
  const { articles, quotes } = syntheticCorpus(fixture.n)
  const layer = buildFactCheckLayer(articles, quotes)
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')
  expect(hash(layer.speakers)).toBe(fixture.speakers)
  expect(hash(layer.groups)).toBe(fixture.groups)
  expect(hash(layer.quotes)).toBe(fixture.quotes)
})
