import { alignWords, type Alignment } from './align-words.ts'
import type { WordToken } from './normalise-quote.ts'
import { FUNCTION_WORDS, NEGATIONS } from './word-classes.ts'

/** Speaker words a quote needs before it can be matched as a variant or a fragment of another. */
export const MIN_MATCH_WORDS = 3

/** Edits allowed for a quote of `words` speaker words: one in five ("our" dropped from 12 words). */
export function allowedEdits(words: number): number {
  return Math.floor(words / 5)
}

/**
 * Decides whether `shorter` reports the same quotation as `longer` (all of it, a variant of it, or
 * a fragment of it) and returns the alignment when it does, else null.
 *
 * - At most one edit in five speaker words; editorial brackets are free.
 * - At least 3 equal words, 2 of them content words: "we are working" alone proves nothing.
 * - Under 10 words only function words may differ ("that should not happen again" /
 *   "it should not happen again"); "we will win this war" / "we will lose this war" do not match.
 * - A negation may differ only when 10 or more words agree: "I will resign" and "I will not
 *   resign" are different statements, while a dropped "not" in a long quote is a misquote the
 *   group should show (the diff holds the "not").
 */
export function matchQuotes(shorter: readonly WordToken[], longer: readonly WordToken[]): Alignment | null {
  const words = shorter.filter((t) => !t.editorial).length
  if (words < MIN_MATCH_WORDS) return null
  const alignment = alignWords(shorter, longer)
  if (alignment.cost > allowedEdits(words)) return null
  let equal = 0
  let equalContent = 0
  const changed: string[] = []
  for (const step of alignment.steps) {
    if (step.op === 'equal') {
      equal++
      if (!FUNCTION_WORDS.has(step.c.key)) equalContent++
      continue
    }
    if (step.op !== 'delete' && !step.v.editorial) changed.push(step.v.key)
    if (step.op !== 'insert') changed.push(step.c.key)
  }
  if (equal < MIN_MATCH_WORDS || equalContent < 2) return null
  if (words < 10 && changed.some((k) => !FUNCTION_WORDS.has(k))) return null
  if (equal < 10 && changed.some((k) => NEGATIONS.has(k))) return null
  return alignment
}

/** Grows with the longest pair aligned; reused so matching allocates nothing per candidate. */
let cells = new Int32Array(1024)
let tops = new Int32Array(64)

/**
 * matchQuotes over interned words, for the blocking loop: `tokens[a..a+n)` is the shorter quote
 * and `tokens[b..b+m)` the longer, each token `wordId << 1 | editorial`; `words` is the shorter
 * quote's speaker-word count; `functionWord` / `negation` flag word ids. Gives exactly
 * matchQuotes' answer, but only fills the cells of the alignment that can cost at most the
 * allowed edits (Ukkonen's cut-off, column by column of the longer quote): every cell on an
 * accepted alignment costs no more than the alignment, so the trace back, and with it the
 * equal and changed words, are the same as the full table gives.
 */
export function matchTokenIds(
  tokens: Int32Array,
  a: number,
  n: number,
  words: number,
  b: number,
  m: number,
  functionWord: Uint8Array,
  negation: Uint8Array,
): boolean {
  if (words < MIN_MATCH_WORDS) return false
  const k = allowedEdits(words)
  const over = k + 1
  const h = n + 1
  if (cells.length < h * (m + 1)) cells = new Int32Array(Math.max(h * (m + 1), cells.length * 2))
  if (tops.length < m + 1) tops = new Int32Array(Math.max(m + 1, tops.length * 2))
  const S = cells
  // Column 0: the variant's words before the stretch, each inserted.
  S[0] = 0
  let active = 0
  for (let i = 1; i <= n; i++) {
    S[i] = S[i - 1]! + (tokens[a + i - 1]! & 1 ? 0 : 1)
    if (S[i]! <= k) active = i
  }
  tops[0] = n
  for (let j = 1; j <= m; j++) {
    const base = j * h
    const prev = base - h
    const prevTop = tops[j - 1]!
    const ck = tokens[b + j - 1]! >> 1
    const limit = active + 1 < n ? active + 1 : n
    S[base] = 0
    let nextActive = 0
    let i = 1
    for (; i <= n; i++) {
      const vt = tokens[a + i - 1]!
      const editorial = vt & 1
      const diag = (i - 1 <= prevTop ? S[prev + i - 1]! : over) + ((vt >> 1) === ck || editorial ? 0 : 1)
      const up = S[base + i - 1]! + (editorial ? 0 : 1)
      const left = (i <= prevTop ? S[prev + i]! : over) + 1
      const value = diag < up ? (diag < left ? diag : left) : up < left ? up : left
      S[base + i] = value
      if (value <= k) nextActive = i
      else if (i >= limit) break
    }
    tops[j] = i > n ? n : i
    active = nextActive
  }
  const at = (i: number, j: number): number => (i <= tops[j]! ? S[j * h + i]! : over)
  let endJ = 0
  for (let j = 1; j <= m; j++) if (at(n, j) < at(n, endJ)) endJ = j
  if (at(n, endJ) > k) return false

  let equal = 0
  let equalContent = 0
  let changedContent = false
  let changedNegation = false
  let i = n
  let j = endJ
  while (i > 0) {
    const vt = tokens[a + i - 1]!
    const v = vt >> 1
    const editorial = vt & 1
    const here = at(i, j)
    if (j > 0) {
      const c = tokens[b + j - 1]! >> 1
      const same = v === c
      if (here === at(i - 1, j - 1) + (same || editorial ? 0 : 1)) {
        if (same) {
          equal++
          if (!functionWord[c]) equalContent++
        } else {
          if (!editorial) {
            if (!functionWord[v]) changedContent = true
            if (negation[v]) changedNegation = true
          }
          if (!functionWord[c]) changedContent = true
          if (negation[c]) changedNegation = true
        }
        i--
        j--
        continue
      }
    }
    if (here === at(i - 1, j) + (editorial ? 0 : 1)) {
      if (!editorial) {
        if (!functionWord[v]) changedContent = true
        if (negation[v]) changedNegation = true
      }
      i--
      continue
    }
    const c = tokens[b + j - 1]! >> 1
    if (!functionWord[c]) changedContent = true
    if (negation[c]) changedNegation = true
    j--
  }
  if (equal < MIN_MATCH_WORDS || equalContent < 2) return false
  if (words < 10 && changedContent) return false
  if (equal < 10 && changedNegation) return false
  return true
}
