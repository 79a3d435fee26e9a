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
