import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { CUE_IN_SENTENCE, CUE_PATTERN, hasCueInSentence, nextCue } from '../../pipeline/attribute-speaker/cue-words.ts'
import { capitalIndices, isSpaceCode, nextCapRun, nextCapWord } from '../../pipeline/segment/char-class.ts'
import { isWordChar } from '../../pipeline/extract-quotes/quote-marks.ts'

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
  'he', 'she', 'Jane', 'the', '’ll warn', "'ll warn", 'not deny', 'in a statement', 'In an interview', 'in the',
  'was heard', 'reportedly', 'quoted', 'in the words of',
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

describe('hasCueInSentence is CUE_IN_SENTENCE.test', () => {
  test('on the corpus, sentence by sentence', () => {
    for (const doc of corpus) for (const s of doc.split(/(?<=[.!?])\s+/)) expect(hasCueInSentence(s)).toBe(CUE_IN_SENTENCE.test(s))
  })
  test('on built text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(hasCueInSentence(s)).toBe(CUE_IN_SENTENCE.test(s))
      }),
      { numRuns: 5000 },
    )
  })
})

describe('nextCapRun and nextCapWord find what their regexes find', () => {
  const RUN = /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)(?:\s+(?:(?:al|bin|ibn|de|del|der|den|van|von|da|di|du|la|le|el|ben|ten|ter|dos|das)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.))+/gu
  const WORD = /(?<![\p{L}\p{M}\p{N}\w])(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\p{N}\w])/gu
  const runs = (s: string) => {
    const caps = capitalIndices(s)
    const out: string[] = []
    for (let r = nextCapRun(s, caps, 0, s.length); r; r = nextCapRun(s, caps, r[1], s.length)) out.push(`${r[0]}:${s.slice(r[0], r[1])}`)
    return out
  }
  const capWords = (s: string) => {
    const caps = capitalIndices(s)
    const out: string[] = []
    for (let r = nextCapWord(s, caps, 0, 0, s.length); r; r = nextCapWord(s, caps, 0, r[1], s.length)) out.push(`${r[0]}:${s.slice(r[0], r[1])}`)
    return out
  }
  const viaRe = (re: RegExp, s: string) => viaRegex(re, s).map((x) => x.split(':').slice(0, 2).join(':'))
  const names = fc.constantFrom('Jane', 'Smith', 'al', 'van', 'de', 'J.', 'U.S.', 'O’Neill', 'McDonald', 'Élodie', 'Ōno', '𝐀bc', 'İstanbul', 'Čejka', 'Pavlů', 'said', 'the', 'x', 'Ab1', 'A_b')
  const gaps = fc.constantFrom(' ', '  ', '\n', '\u00A0', '. ', ', ', '’s ', '-', '', '😀', 'é', '\uD800', '\uDC00')
  const capText = fc.array(fc.oneof(names, gaps), { maxLength: 30 }).map((p) => p.join(''))
  test('on the corpus', () => {
    for (const doc of corpus) {
      expect(runs(doc)).toEqual(viaRe(RUN, doc))
      expect(capWords(doc)).toEqual(viaRe(WORD, doc))
    }
  })
  test('on built text', () => {
    fc.assert(
      fc.property(capText, (s) => {
        expect(runs(s)).toEqual(viaRe(RUN, s))
        expect(capWords(s)).toEqual(viaRe(WORD, s))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('character tests agree with the regexes they replace, on every UTF-16 code unit', () => {
  test('isWordChar is /[\\p{L}\\p{N}]/u and isSpaceCode is /\\s/', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (isWordChar(ch) !== /[\p{L}\p{N}]/u.test(ch)) throw new Error(`isWordChar U+${c.toString(16)}`)
      if (isSpaceCode(c) !== /\s/.test(ch)) throw new Error(`isSpaceCode U+${c.toString(16)}`)
    }
  })
})
