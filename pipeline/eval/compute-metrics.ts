import type { Counts, Metrics } from './types.ts'

/**
 * Derives the issue-3 metrics from tallies. A ratio with nothing to divide by is null
 * (no partial quotes in a document means no partial recall, not a recall of 0 or 1).
 * - span F1: harmonic mean of precision and recall of full + partial quotes;
 * - attribution: found gold quotes with the right speaker / found gold quotes;
 * - end-to-end F1: both span and speaker right, on each side.
 */
export function computeMetrics(c: Counts): Metrics {
  const gold = c.goldFull + c.goldPartial
  const found = c.foundFull + c.foundPartial
  const recall = ratio(found, gold)
  const precision = ratio(c.systemCorrect, c.systemQuotes)
  const e2ePrecision = ratio(c.systemCorrectRightSpeaker, c.systemQuotes)
  const e2eRecall = ratio(c.foundRightSpeaker, gold)
  return {
    recallFull: ratio(c.foundFull, c.goldFull),
    recallPartial: ratio(c.foundPartial, c.goldPartial),
    recall,
    precision,
    spanF1: f1(precision, recall),
    attribution: ratio(c.foundRightSpeaker, found),
    e2ePrecision,
    e2eRecall,
    e2eF1: f1(e2ePrecision, e2eRecall),
  }
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole
}

// With gold quotes but no system quotes, precision is undefined yet the F1 is plainly 0.
function f1(p: number | null, r: number | null): number | null {
  if (r === null) return null
  if (p === null || p + r === 0) return 0
  return (2 * p * r) / (p + r)
}
