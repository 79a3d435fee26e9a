import { cpSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { makeCorpus } from '../../pipeline/bench/make-corpus.ts'
import { parseShard } from '../../pipeline/corpus/shard-key.ts'
import { ROOT, build, readTree, tempDir } from './build-helpers.ts'

describe('--shard and --merge', () => {
  test('parseShard takes i/n with 1 ≤ i ≤ n only', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 })
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/3/4']) expect(parseShard(bad)).toBeNull()
  })

  test('three shards merged are the same bytes as one build (txt files and a JSONL split by line)', async () => {
    const input = tempDir('corpus')
    cpSync(path.join(ROOT, 'seeds'), path.join(input, 'seeds'), { recursive: true })
    makeCorpus({ seedDir: path.join(ROOT, 'seeds'), outDir: path.join(input, 'txt'), bytes: 120_000, seed: 11 })
    makeCorpus({ seedDir: path.join(ROOT, 'seeds'), outDir: path.join(input, 'jsonl'), bytes: 120_000, seed: 12, format: 'jsonl' })
    writeFileSync(path.join(input, 'jsonl', 'broken.jsonl'), '{"id": 1, "text": "“Fine,” she said."}\nnot json\n')

    const single = tempDir('single')
    const whole = await build(input, single, { corpus: { workers: 1 } })
    const shardOut = tempDir('shards')
    const counts: number[] = []
    for (const index of [1, 2, 3]) {
      const s = await build(input, shardOut, { corpus: { workers: 1, shard: { index, count: 3 } } })
      counts.push(s.articles)
    }
    // Every shard got a share, and together exactly the whole.
    expect(counts.every((c) => c > 0)).toBe(true)
    expect(counts.reduce((a, b) => a + b)).toBe(whole.articles)

    const merged = tempDir('merged')
    const dirs = [3, 1, 2].map((i) => path.join(shardOut, `shard-${i}-of-3`))
    const m = await build(input, merged, { merge: dirs })
    expect(m.quotes).toBe(whole.quotes)
    expect(readTree(merged)).toEqual(readTree(single))
  })

  test('an incomplete shard set is refused', async () => {
    const input = tempDir('corpus')
    cpSync(path.join(ROOT, 'seeds'), input, { recursive: true })
    const shardOut = tempDir('shards')
    await build(input, shardOut, { corpus: { workers: 0, shard: { index: 1, count: 2 } } })
    await expect(build(input, tempDir('merged'), { merge: [path.join(shardOut, 'shard-1-of-2')] })).rejects.toThrow(/need shards 1..2/)
  })
})
