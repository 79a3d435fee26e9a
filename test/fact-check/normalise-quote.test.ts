import fc from 'fast-check'
import { expect, test } from 'vitest'
import { normaliseQuote, type WordToken } from '../../pipeline/fact-check/normalise-quote.ts'

// The regular-expression tokeniser normaliseQuote had before its hand-written fast path: the
// fast path must read every quote exactly as this does.
const GLUED_BRACKETS = /(?<=[\p{L}\p{N}])\[([^\]\s]*)\]|\[([^\]\s]*)\](?=[\p{L}\p{N}])/gu
const TOKEN = /\[[^\]]*\]|[\p{L}\p{N}]+(?:['’.\/][\p{L}\p{N}]+)*\.?/gu
function referenceNormalise(text: string): WordToken[] {
  const folded = text.normalize('NFKC').replace(GLUED_BRACKETS, (_m, a?: string, b?: string) => a ?? b ?? '')
  const fold = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  const trim = (word: string) => (/^(?:\p{L}\.)+$/u.test(word) ? word : word.replace(/\.$/, ''))
  const tokens: WordToken[] = []
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0]
    if (raw.startsWith('[')) {
      for (const word of raw.slice(1, -1).match(TOKEN) ?? []) {
        const key = fold(word)
        if (key) tokens.push({ key, surface: `[${trim(word)}]`, editorial: true })
      }
      continue
    }
    const key = fold(raw)
    if (key) tokens.push({ key, surface: trim(raw), editorial: false })
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (t.editorial && next?.editorial && t.surface.endsWith(']') && next.surface.startsWith('[')) {
      t.surface = t.surface.slice(0, -1)
      next.surface = next.surface.slice(1)
    }
  }
  return tokens
}

test.each([
  '“It’s time to bring our troops home,” ',
  '[The] damage is [T]he U.S. 7/7 counter-terrorism secure.',
  "it [the intelligence] don't [a [b] c] x[y]z [unclosed a.b. ‘q’ — end",
  'Ｆｕｌｌｗｉｄｔｈ café naïve İstanbul ﬁne … 2½',
])('normaliseQuote(%j) reads as the regular expressions do', (text) => {
  expect(normaliseQuote(text)).toEqual(referenceNormalise(text))
})

test('normaliseQuote agrees with the regular expressions on random text', () => {
  const pieces = ['a', 'B', 'z', 'Q', '0', '7', ' ', ' ', '.', "'", '’', '‘', '/', '[', ']', '-', '—', '–', '“', '”', ',', '\n', 'é', 'İ', '…', 'ﬁ', '_', '!', 'Ab', 'U.S.', 'don’t']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('')
      expect(normaliseQuote(text)).toEqual(referenceNormalise(text))
    }),
    { numRuns: 5000 },
  )
})
