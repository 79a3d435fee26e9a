import type { Counts } from './types.ts'

/** Sums per-document tallies into set totals (micro-averaging: every quote weighs the same). */
export function addCounts(all: readonly Counts[]): Counts {
  const total: Counts = {
    goldFull: 0,
    goldPartial: 0,
    foundFull: 0,
    foundPartial: 0,
    foundRightSpeaker: 0,
    systemQuotes: 0,
    systemCorrect: 0,
    systemCorrectRightSpeaker: 0,
  }
  for (const c of all) {
    for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += c[key]
  }
  return total
}
