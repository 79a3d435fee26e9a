import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { CUE_PATTERN, nextCue } from '../../pipeline/attribute-speaker/cue-words.ts'

// Hand-written scanners that stand in for a regex (for speed) must find exactly what it finds:
// checked here on the seed and dev documents and on text built from the pieces that matter.

const root = path.resolve(import.meta.dirname, '../..')
const corpus = ['seeds', 'test/dev2/docs', 'test/dev3/docs'].flatMap((d) =>
  readdirSync(path.join(root, d))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(root, d, f), 'utf8')),
)

const words = fc.constantFrom(
  'said', 'Said', 'SAID', 'says', 'told', 'continued to', 'continued', 'added to', 'added', 'called for', 'calling',
  'to describe', 'will call', 'went on', 'according to', 'According to', 'United States', 'states', 'read the',
  'reads', 'saying', 'pointing out', 'said to have', 'ſaid', 'aſked', '\u212Aeeps', 'told_', 'said1', 'xsaid',
  'he', 'she', 'Jane', 'the', '’ll warn', "'ll warn", 'not deny',
)
const sep = fc.constantFrom(' ', '  ', ', ', '. ', '\n', '“', '”', '-', '_', '1', 'é', '😀', '')
const text = fc.array(fc.oneof(words, sep), { maxLength: 40 }).map((p) => p.join(''))

function viaRegex(re: RegExp, s: string): string[] {
  const out: string[] = []
  re.lastIndex = 0
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(`${m.index}:${m[0]}:${m[1]}`)
  return out
}

describe('nextCue finds what CUE_PATTERN finds', () => {
  const viaScan = (s: string) => {
    const out: string[] = []
    for (let m = nextCue(s, 0); m; m = nextCue(s, m.index + m[0].length)) out.push(`${m.index}:${m[0]}:${m[1]}`)
    return out
  }
  test('on the corpus', () => {
    for (const doc of corpus) expect(viaScan(doc)).toEqual(viaRegex(CUE_PATTERN, doc))
  })
  test('on built text', () => {
    fc.assert(fc.property(text, (s) => {
        expect(viaScan(s)).toEqual(viaRegex(CUE_PATTERN, s))
      }), { numRuns: 3000 })
  })
})
