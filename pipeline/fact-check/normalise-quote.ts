/**
 * A quote's words as the fact-check layer compares them: one token per word, with a key folded
 * for comparison and the surface form kept for diffs.
 */
export interface WordToken {
  /** Lower case, NFKC, apostrophes and punctuation dropped: `Don’t` → `dont`, `U.S.` → `us`. */
  key: string
  /** The word as written, trailing punctuation trimmed: `secure.` → `secure`, `[The]` stays. */
  surface: string
  /**
   * Inside editorial brackets standing as whole words ("[The] damage", "it [the intelligence]"):
   * the reporter's words, not the speaker's, so they are left out of matching keys.
   */
  editorial: boolean
}

// Brackets glued to a word are a capitalisation change, not an insertion: "[T]he" → "The".
const GLUED_BRACKETS = /(?<=[\p{L}\p{N}])\[([^\]\s]*)\]|\[([^\]\s]*)\](?=[\p{L}\p{N}])/gu
// A whole-word bracket group, or a run of letters, digits and in-word marks (don't, U.S., 7/7).
const TOKEN = /\[[^\]]*\]|[\p{L}\p{N}]+(?:['’.\/][\p{L}\p{N}]+)*\.?/gu

/** Receives a quote's words in order: the folded key, and for a surface the raw word. */
export type WordSink = (key: string, raw: string, editorial: boolean) => void

/**
 * Receives a quote's words without the strings being cut: `span` for a plain-text word
 * text[start, end) (its key is the word lower-cased with everything but a-z0-9 dropped),
 * `key` for a word read by the regular expressions.
 */
export interface SpanSink {
  span(text: string, start: number, end: number, editorial: boolean): void
  key(key: string, editorial: boolean): void
}

/** Splits a quote into word tokens; hyphens and dashes split words ("counter-terrorism"). */
export function normaliseQuote(text: string): WordToken[] {
  const tokens: WordToken[] = []
  scanQuote(text, (key, raw, editorial) => {
    tokens.push({ key, surface: editorial ? `[${trimWord(raw)}]` : trimWord(raw), editorial })
  })
  // One bracket group of several words reads better as one surface run: "[the intelligence]".
  return mergeBracketSurfaces(tokens)
}

/**
 * The words of a quote as normaliseQuote reads them, without building tokens: `sink` gets each
 * word's key, raw text and whether it is editorial. Text of ASCII and the common typographic
 * marks (curly quotes, en and em dashes), which NFKC leaves as it is, is scanned by hand; any
 * other text goes through the Unicode regular expressions.
 */
export function scanQuote(text: string, sink: WordSink): void {
  if (!isPlainText(text)) {
    scanRegex(text, sink)
    return
  }
  scanQuoteSpans(text, {
    span: (folded, start, end, editorial) => {
      const raw = folded.slice(start, end)
      sink(foldPlain(raw), raw, editorial)
    },
    key: () => {},
  })
}

/** scanQuote's words as spans of the (bracket-folded) text where it can, keys otherwise. */
export function scanQuoteSpans(text: string, sink: SpanSink): void {
  if (!isPlainText(text)) {
    scanRegex(text, (key, _raw, editorial) => sink.key(key, editorial))
    return
  }
  const folded = text.includes('[') ? text.replace(GLUED_BRACKETS, (_m, a?: string, b?: string) => a ?? b ?? '') : text
  const length = folded.length
  let i = 0
  while (i < length) {
    const c = folded.charCodeAt(i)
    if (c === 0x5b /* [ */) {
      const close = folded.indexOf(']', i + 1)
      if (close === -1) {
        i++
        continue
      }
      // A whole-word bracket group: each word inside is editorial.
      let k = i + 1
      while (k < close) {
        if (!isAlnum(folded.charCodeAt(k))) {
          k++
          continue
        }
        const end = wordEnd(folded, k, close)
        sink.span(folded, k, end, true)
        k = end
      }
      i = close + 1
      continue
    }
    if (!isAlnum(c)) {
      i++
      continue
    }
    const end = wordEnd(folded, i, length)
    sink.span(folded, i, end, false)
    i = end
  }
}

function scanRegex(text: string, sink: WordSink): void {
  const folded = text.normalize('NFKC').replace(GLUED_BRACKETS, (_m, a?: string, b?: string) => a ?? b ?? '')
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0]
    if (raw.startsWith('[')) {
      const inner = raw.slice(1, -1)
      for (const word of inner.match(TOKEN) ?? []) {
        const key = foldWord(word)
        if (key) sink(key, word, true)
      }
      continue
    }
    const key = foldWord(raw)
    if (key) sink(key, raw, false)
  }
}

/** ASCII, ‘ ’ “ ” – —: characters NFKC keeps and the hand scanner knows. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014) continue
    return false
  }
  return true
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
}

/** The TOKEN word alternative from `start` (a letter or digit): letters and digits joined by ' ’ . / and a final dot. */
function wordEnd(text: string, start: number, limit: number): number {
  let j = start + 1
  while (j < limit && isAlnum(text.charCodeAt(j))) j++
  for (;;) {
    if (j + 1 >= limit) break
    const c = text.charCodeAt(j)
    if (!(c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2f) || !isAlnum(text.charCodeAt(j + 1))) break
    j += 2
    while (j < limit && isAlnum(text.charCodeAt(j))) j++
  }
  if (j < limit && text.charCodeAt(j) === 0x2e) j++
  return j
}

/** foldWord for a plain-text word: lower case with the in-word marks dropped. */
function foldPlain(word: string): string {
  let marks = false
  let upper = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) upper = true
    else if (!isAlnum(c)) marks = true
  }
  const lower = upper ? word.toLowerCase() : word
  return marks ? lower.replace(/[^a-z0-9]/g, '') : lower
}

function foldWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

function trimWord(word: string): string {
  // Only a final dot is ever trimmed.
  if (word.charCodeAt(word.length - 1) !== 0x2e) return word
  // Keep the dot of an abbreviation (U.S.) but not a sentence full stop (secure.).
  return /^(?:\p{L}\.)+$/u.test(word) ? word : word.slice(0, -1)
}

function mergeBracketSurfaces(tokens: WordToken[]): WordToken[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (t.editorial && next?.editorial && t.surface.endsWith(']') && next.surface.startsWith('[')) {
      // "[the] [intelligence]" came from one group "[the intelligence]": show it that way.
      t.surface = t.surface.slice(0, -1)
      next.surface = next.surface.slice(1)
    }
  }
  return tokens
}
