/**
 * Levenshtein distance between two strings, giving up (returning limit + 1) as soon as it must
 * exceed `limit`: "lieberman" / "liberman" → 1.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      row.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    prev = row
  }
  return Math.min(prev[b.length]!, limit + 1)
}
