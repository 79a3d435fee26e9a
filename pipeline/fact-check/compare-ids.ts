/** UTF-16 code-unit order, the order a release sorts ids and names in (never locale order). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
