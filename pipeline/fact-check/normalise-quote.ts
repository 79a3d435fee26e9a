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

/** Splits a quote into word tokens; hyphens and dashes split words ("counter-terrorism"). */
export function normaliseQuote(text: string): WordToken[] {
  const folded = text.normalize('NFKC').replace(GLUED_BRACKETS, (_m, a?: string, b?: string) => a ?? b ?? '')
  const tokens: WordToken[] = []
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0]
    if (raw.startsWith('[')) {
      const inner = raw.slice(1, -1)
      for (const word of inner.match(TOKEN) ?? []) {
        const key = foldWord(word)
        if (key) tokens.push({ key, surface: `[${trimWord(word)}]`, editorial: true })
      }
      continue
    }
    const key = foldWord(raw)
    if (key) tokens.push({ key, surface: trimWord(raw), editorial: false })
  }
  // One bracket group of several words reads better as one surface run: "[the intelligence]".
  return mergeBracketSurfaces(tokens)
}

function foldWord(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

function trimWord(word: string): string {
  // Keep the dot of an abbreviation (U.S.) but not a sentence full stop (secure.).
  return /^(?:\p{L}\.)+$/u.test(word) ? word : word.replace(/\.$/, '')
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
