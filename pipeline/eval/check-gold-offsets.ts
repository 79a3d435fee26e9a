import type { GoldRecord } from './types.ts'

/**
 * Returns the gold records whose `text` is not the source's code points `start..end`
 * (Python slicing, as the guideline defines offsets). An empty list means the gold is sound.
 */
export function checkGoldOffsets(records: readonly GoldRecord[], text: string): GoldRecord[] {
  const chars = Array.from(text)
  return records.filter((r) => r.end > chars.length || chars.slice(r.start, r.end).join('') !== r.text)
}
