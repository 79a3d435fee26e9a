import type { WordToken } from './normalise-quote.ts'

/** One step of an alignment of a member's words (v) against the canonical words (c). */
export type AlignStep =
  | { op: 'equal'; v: WordToken; c: WordToken }
  | { op: 'substitute'; v: WordToken; c: WordToken }
  | { op: 'insert'; v: WordToken }
  | { op: 'delete'; c: WordToken }

export interface Alignment {
  /** Edits needed: each inserted, left-out or substituted speaker word costs 1; editorial words cost 0. */
  cost: number
  steps: AlignStep[]
  /** The stretch [start, end) of `canonical` (indices into that array) the member covers. */
  start: number
  end: number
}

/**
 * Aligns all of `variant` against the best-fitting stretch of `canonical` (semi-global edit
 * distance over words: leading and trailing canonical words are free, so a partial quote costs
 * nothing for the words it leaves out around it). Editorial words ("[The]") stand for any one
 * word or none, at no cost: "[The] damage is" against "This damage is" costs 0.
 * O(|variant| × |canonical|); callers only align candidate pairs found by blocking.
 */
/** Reused between calls: alignWords allocates only its steps. */
let table = new Int32Array(1024)

export function alignWords(variant: readonly WordToken[], canonical: readonly WordToken[]): Alignment {
  const n = variant.length
  const m = canonical.length
  const w = m + 1
  if (table.length < (n + 1) * w) table = new Int32Array(Math.max((n + 1) * w, table.length * 2))
  const dist = table
  // Row 0 (free leading canonical words) is all zeros; every other cell is written before it is read.
  dist.fill(0, 0, w)
  for (let i = 1; i <= n; i++) {
    const v = variant[i - 1]!
    const insertCost = v.editorial ? 0 : 1
    dist[i * w] = dist[(i - 1) * w]! + insertCost
    for (let j = 1; j <= m; j++) {
      const c = canonical[j - 1]!
      const diag = dist[(i - 1) * w + j - 1]! + (v.key === c.key || v.editorial ? 0 : 1)
      const up = dist[(i - 1) * w + j]! + insertCost
      const left = dist[i * w + j - 1]! + 1
      dist[i * w + j] = Math.min(diag, up, left)
    }
  }
  // Free trailing canonical words: end where the whole variant costs least (leftmost on ties).
  let endJ = 0
  for (let j = 1; j <= m; j++) if (dist[n * w + j]! < dist[n * w + endJ]!) endJ = j
  const cost = dist[n * w + endJ]!

  const steps: AlignStep[] = []
  let i = n
  let j = endJ
  // Trace back, preferring a diagonal step (equal or substitute) so an editorial "[The]" lines up
  // with the word it replaces, then an insertion, then a deletion.
  while (i > 0) {
    const v = variant[i - 1]!
    const here = dist[i * w + j]!
    if (j > 0) {
      const c = canonical[j - 1]!
      const same = v.key === c.key
      if (here === dist[(i - 1) * w + j - 1]! + (same || v.editorial ? 0 : 1)) {
        steps.push(same ? { op: 'equal', v, c } : { op: 'substitute', v, c })
        i--
        j--
        continue
      }
    }
    if (here === dist[(i - 1) * w + j]! + (v.editorial ? 0 : 1)) {
      steps.push({ op: 'insert', v })
      i--
      continue
    }
    steps.push({ op: 'delete', c: canonical[j - 1]! })
    j--
  }
  steps.reverse()
  return { cost, steps, start: j, end: endJ }
}
