import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkGoldOffsets } from '../../pipeline/eval/check-gold-offsets.ts'
import { parseGold } from '../../pipeline/eval/parse-gold.ts'
import { DEV_SETS } from '../../pipeline/eval/dev-sets.ts'

// Invariant for every development set: every gold record's text is its source's code points
// start..end (dev2 to dev13: build_gold.py also checks that every pair of marks was judged).
const SETS = DEV_SETS

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
