import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { checkGoldOffsets } from '../../pipeline/eval/check-gold-offsets.ts'
import { parseGold } from '../../pipeline/eval/parse-gold.ts'

// Invariant for every development set: every gold record's text is its source's code points
// start..end (dev2 to dev6: build_gold.py also checks that every pair of marks was judged).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const SETS = [
  { name: 'dev (../shared/eval)', gold: resolve(ROOT, '..', 'shared', 'eval', 'gold-dev.jsonl'), docs: join(ROOT, 'seeds') },
  { name: 'dev2', gold: join(ROOT, 'test', 'dev2', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev2', 'docs') },
  { name: 'dev3 (held out)', gold: join(ROOT, 'test', 'dev3', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev3', 'docs') },
  { name: 'dev4', gold: join(ROOT, 'test', 'dev4', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev4', 'docs') },
  { name: 'dev5', gold: join(ROOT, 'test', 'dev5', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev5', 'docs') },
  { name: 'dev6', gold: join(ROOT, 'test', 'dev6', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev6', 'docs') },
  { name: 'dev7', gold: join(ROOT, 'test', 'dev7', 'gold.jsonl'), docs: join(ROOT, 'test', 'dev7', 'docs') },
]

describe.each(SETS)('gold file $name', ({ gold, docs }) => {
  test.skipIf(!existsSync(gold))('every record matches its source text at its offsets', () => {
    const records = parseGold(readFileSync(gold, 'utf8'), gold)
    expect(records.length).toBeGreaterThan(0)
    const byDoc = new Map<string, typeof records>()
    for (const r of records) byDoc.set(r.doc, [...(byDoc.get(r.doc) ?? []), r])
    for (const [doc, list] of byDoc) {
      const path = join(docs, doc)
      expect(existsSync(path), `${doc} is under ${docs}`).toBe(true)
      const bad = checkGoldOffsets(list, readFileSync(path, 'utf8'))
      expect(bad.map((r) => `${doc} ${r.start}-${r.end} ${r.text}`)).toEqual([])
    }
  })

  test.skipIf(!existsSync(gold))('term records have no speaker, quotes of continuation follow one of the same speaker', () => {
    const records = parseGold(readFileSync(gold, 'utf8'), gold)
    for (const r of records.filter((g) => g.kind === 'term')) expect(r.speaker, `${r.doc} ${r.text}`).toBeNull()
    records.forEach((r, i) => {
      if (!r.continues) return
      // A quote nested in the one it continues (someone else's words quoted inside) is skipped.
      const earlier = records.slice(0, i).filter((g) => g.doc === r.doc && g.kind !== 'term')
      const nested = (g: (typeof earlier)[number]) => earlier.some((o) => o !== g && o.start <= g.start && g.end <= o.end)
      const previous = earlier.reverse().find((g) => !nested(g))
      expect(previous?.speaker, `${r.doc} ${r.start} continues ${previous?.text}`).toBe(r.speaker)
    })
  })
})
