import { hash } from 'node:crypto'

/**
 * A stable id: a letter prefix (so spreadsheets and pandas never read it as a number) and the
 * first 16 hex digits (64 bits) of SHA-256 over the NFC-normalised parts joined by U+0000.
 */
export function stableId(prefix: 'q' | 'a' | 'g' | 's', parts: readonly (string | number)[]): string {
  let joined = ''
  for (let k = 0; k < parts.length; k++) {
    const p = String(parts[k])
    joined += (k > 0 ? '\u0000' : '') + (ASCII.test(p) ? p : p.normalize('NFC'))
  }
  return `${prefix}_${hash('sha256', joined, 'hex').slice(0, 16)}`
}

// ASCII text is already NFC.
const ASCII = /^[\x00-\x7f]*$/
