import type { AlignStep } from './align-words.ts'

/** One run of a word diff; see schema/quote-group.schema.json (variants[].diff). */
export interface DiffRun {
  op: 'equal' | 'delete' | 'insert'
  words: string
}

/**
 * Turns alignment steps into runs that read left to right: equal words, then for each changed
 * stretch the canonical words left out (delete) before the member's words put in (insert).
 * "This damage is" → "[The] damage is" gives delete "This", insert "[The]", equal "damage is".
 */
export function wordDiff(steps: readonly AlignStep[]): DiffRun[] {
  const runs: DiffRun[] = []
  let equal: string[] = []
  let deleted: string[] = []
  let inserted: string[] = []
  const flushChanges = (): void => {
    if (deleted.length) runs.push({ op: 'delete', words: deleted.join(' ') })
    if (inserted.length) runs.push({ op: 'insert', words: inserted.join(' ') })
    deleted = []
    inserted = []
  }
  for (const step of steps) {
    if (step.op === 'equal') {
      flushChanges()
      equal.push(step.v.surface)
      continue
    }
    if (equal.length) runs.push({ op: 'equal', words: equal.join(' ') })
    equal = []
    if (step.op === 'substitute' || step.op === 'delete') deleted.push(step.c.surface)
    if (step.op === 'substitute' || step.op === 'insert') inserted.push(step.v.surface)
  }
  flushChanges()
  if (equal.length) runs.push({ op: 'equal', words: equal.join(' ') })
  return runs
}
