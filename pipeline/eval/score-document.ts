import { markCountable } from './mark-countable.ts'
import { matchSpeaker } from './match-speaker.ts'
import type { Counts, DocumentScore, Finding, GoldRecord, SystemQuote } from './types.ts'

/**
 * Scores one document's system quotes against its gold records (GUIDELINE.md, "Scoring").
 * Returns the tallies every metric is derived from, plus every miss, false quote and wrong speaker.
 *
 * `text` is the text the gold offsets index; system quotes must already be in the same code-point
 * offsets. Only characters that are neither white space nor quote marks are counted.
 */
export function scoreDocument(input: {
  doc: string
  text: string
  gold: readonly GoldRecord[]
  system: readonly SystemQuote[]
}): DocumentScore {
  const { doc } = input
  const chars = Array.from(input.text)
  const n = chars.length
  const countable = markCountable(chars)

  const quotes = input.gold.filter((g) => g.kind !== 'term')
  const terms = input.gold.filter((g) => g.kind === 'term')
  const systemSpans = input.system.map((s) => mergeIntervals(s.segments ?? [[s.start, s.end]], n))

  const systemCovered = maskOf(systemSpans.flat(), n)
  const inGoldQuote = maskOf(quotes.map((g) => clamp([g.start, g.end], n)), n)
  const inTerm = maskOf(terms.map((g) => clamp([g.start, g.end], n)), n)

  const countAll = prefixSum(countable)
  const countCovered = prefixSum(countable.map((c, i) => c & (systemCovered[i] as number)))
  const rawCovered = prefixSum(systemCovered)
  const countInGold = prefixSum(countable.map((c, i) => c & (inGoldQuote[i] as number)))
  const countInTerm = prefixSum(countable.map((c, i) => c & (inTerm[i] as number) & (1 - (inGoldQuote[i] as number))))

  const systemSizes = systemSpans.map((spans) => sumOver(spans, countAll))
  const counts: Counts = {
    goldFull: 0,
    goldPartial: 0,
    foundFull: 0,
    foundPartial: 0,
    foundRightSpeaker: 0,
    systemQuotes: input.system.length,
    systemCorrect: 0,
    systemCorrectRightSpeaker: 0,
  }
  const findings: Finding[] = []

  for (const g of quotes) {
    const span = clamp([g.start, g.end], n)
    if (g.kind === 'full') counts.goldFull++
    else counts.goldPartial++
    // A gold quote of marks and spaces only is judged on raw characters instead.
    const size = rangeSum(countAll, span)
    const coverage = size > 0 ? rangeSum(countCovered, span) / size : rangeSum(rawCovered, span) / Math.max(1, span[1] - span[0])
    if (!atLeastNinetyPercent(coverage)) {
      findings.push({ type: 'miss', doc, start: g.start, end: g.end, text: g.text, kind: g.kind, coverage })
      continue
    }
    if (g.kind === 'full') counts.foundFull++
    else counts.foundPartial++

    const best = bestCovering(span, systemSpans, systemSizes, size > 0 ? countAll : prefixSum(new Uint8Array(n).fill(1)))
    const got = best === -1 ? null : (input.system[best] as SystemQuote).speaker
    if (best !== -1 && matchSpeaker(got, g)) counts.foundRightSpeaker++
    else findings.push({ type: 'wrong-speaker', doc, start: g.start, end: g.end, text: g.text, expected: g.speaker, got })
  }

  input.system.forEach((s, i) => {
    const spans = systemSpans[i] as Array<[number, number]>
    const size = systemSizes[i] as number
    const inside = sumOver(spans, countInGold)
    if (size === 0 || !atLeastNinetyPercent(inside / size)) {
      findings.push({
        type: 'false-quote',
        doc,
        start: s.start,
        end: s.end,
        text: spans.map(([a, b]) => chars.slice(a, b).join('')).join(' ¶ '),
        inside: size === 0 ? 0 : inside / size,
        inTerm: size > 0 && sumOver(spans, countInTerm) * 2 > size,
      })
      return
    }
    counts.systemCorrect++
    const g = mostOverlapped(spans, quotes, n, countAll)
    if (g !== undefined && matchSpeaker(s.speaker, g)) counts.systemCorrectRightSpeaker++
  })

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type))
  return { doc, counts, findings }
}

// Compared in integers so 0.9 itself passes despite floating point (9 of 10 characters).
function atLeastNinetyPercent(ratio: number): boolean {
  return Math.round(ratio * 1e9) >= 9e8
}

function clamp([a, b]: readonly [number, number], n: number): [number, number] {
  const start = Math.max(0, Math.min(n, a))
  return [start, Math.max(start, Math.min(n, b))]
}

/** Sorted, non-overlapping intervals, so a segment listed twice is not counted twice. */
function mergeIntervals(spans: ReadonlyArray<readonly [number, number]>, n: number): Array<[number, number]> {
  const sorted = spans.map((s) => clamp(s, n)).sort((x, y) => x[0] - y[0])
  const merged: Array<[number, number]> = []
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b)
    else if (b > a) merged.push([a, b])
  }
  return merged
}

function maskOf(spans: ReadonlyArray<readonly [number, number]>, n: number): Uint8Array {
  const mask = new Uint8Array(n)
  for (const [a, b] of spans) mask.fill(1, a, b)
  return mask
}

function prefixSum(values: Uint8Array): Int32Array {
  const sums = new Int32Array(values.length + 1)
  for (let i = 0; i < values.length; i++) sums[i + 1] = (sums[i] as number) + (values[i] as number)
  return sums
}

function rangeSum(sums: Int32Array, [a, b]: readonly [number, number]): number {
  return (sums[b] as number) - (sums[a] as number)
}

function sumOver(spans: ReadonlyArray<readonly [number, number]>, sums: Int32Array): number {
  return spans.reduce((total, span) => total + rangeSum(sums, span), 0)
}

function overlap(spans: ReadonlyArray<readonly [number, number]>, [a, b]: readonly [number, number], sums: Int32Array): number {
  let total = 0
  for (const [x, y] of spans) {
    const lo = Math.max(a, x)
    const hi = Math.min(b, y)
    if (hi > lo) total += rangeSum(sums, [lo, hi])
  }
  return total
}

/** Index of the system quote covering most of `span`, the tightest on a tie; -1 when none touches it. */
function bestCovering(
  span: readonly [number, number],
  systemSpans: ReadonlyArray<Array<[number, number]>>,
  systemSizes: readonly number[],
  sums: Int32Array,
): number {
  let best = -1
  let bestOverlap = 0
  systemSpans.forEach((spans, i) => {
    const o = overlap(spans, span, sums)
    if (o === 0) return
    if (o > bestOverlap || (o === bestOverlap && (systemSizes[i] as number) < (systemSizes[best] as number))) {
      best = i
      bestOverlap = o
    }
  })
  return best
}

/** The gold quote a system quote overlaps most (the first on a tie). */
function mostOverlapped(
  spans: ReadonlyArray<readonly [number, number]>,
  quotes: readonly GoldRecord[],
  n: number,
  sums: Int32Array,
): GoldRecord | undefined {
  let best: GoldRecord | undefined
  let bestOverlap = 0
  for (const g of quotes) {
    const o = overlap(spans, clamp([g.start, g.end], n), sums)
    if (o > bestOverlap) {
      best = g
      bestOverlap = o
    }
  }
  return best
}
