import { cpSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { makeCorpus } from '../../pipeline/bench/make-corpus.ts'
import { ROOT, build, readTree, tempDir } from './build-helpers.ts'

describe('processCorpus on worker threads', () => {
  test('the output is the same bytes with 0 (main thread), 1 and 2 workers', async () => {
    const input = tempDir('corpus')
    // The seeds plus ~45 synthetic articles: two batches and more (32 units a batch) to come back out of order.
    cpSync(path.join(ROOT, 'seeds'), path.join(input, 'seeds'), { recursive: true })
    makeCorpus({ seedDir: path.join(ROOT, 'seeds'), outDir: path.join(input, 'synthetic'), bytes: 300_000, seed: 7 })
    const outs = [0, 1, 2].map(() => tempDir('out'))
    const summaries = []
    for (const [i, workers] of [0, 1, 2].entries()) summaries.push(await build(input, outs[i]!, { corpus: { workers } }))
    expect(summaries[0]!.files).toBeGreaterThan(40)
    expect(summaries[0]!.quotes).toBeGreaterThan(40)
    const [a, b, c] = outs.map((o) => readTree(o))
    expect([...a!.keys()]).toContain('v9.9.9/quotes.jsonl')
    expect(b).toEqual(a)
    expect(c).toEqual(a)
  })
})
