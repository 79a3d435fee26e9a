import { createHash } from 'node:crypto'

/**
 * A stable id: a letter prefix (so spreadsheets and pandas never read it as a number) and the
 * first 16 hex digits (64 bits) of SHA-256 over the NFC-normalised parts joined by U+0000.
 */
export function stableId(prefix: 'q' | 'a' | 'g' | 's', parts: readonly (string | number)[]): string {
  const hash = createHash('sha256')
  hash.update(parts.map((p) => String(p).normalize('NFC')).join('\u0000'))
  return `${prefix}_${hash.digest('hex').slice(0, 16)}`
}
