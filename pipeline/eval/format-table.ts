import { computeMetrics } from './compute-metrics.ts'
import type { Counts, Metrics } from './types.ts'

/**
 * Renders rows of tallies as an aligned plain-text table of the issue-3 metrics, one row per
 * document or set. Counts are shown next to the ratios so a reader can tell 1/1 from 40/40.
 */
export function formatTable(rows: ReadonlyArray<{ label: string; counts: Counts }>, labelHeader = 'doc'): string {
  const header = [labelHeader, 'gold F/P', 'sys', 'R full', 'R part', 'prec', 'span F1', 'attrib', 'E2E F1']
  const body = rows.map(({ label, counts }) => {
    const m: Metrics = computeMetrics(counts)
    return [
      label,
      `${counts.goldFull}/${counts.goldPartial}`,
      String(counts.systemQuotes),
      pct(m.recallFull),
      pct(m.recallPartial),
      pct(m.precision),
      pct(m.spanF1),
      pct(m.attribution),
      pct(m.e2eF1),
    ]
  })
  const widths = header.map((h, col) => Math.max(h.length, ...body.map((r) => (r[col] as string).length)))
  const line = (cells: string[]): string =>
    cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] as number) : cell.padStart(widths[col] as number))).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

function pct(value: number | null): string {
  return value === null ? '-' : value.toFixed(3)
}
