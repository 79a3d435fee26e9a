import * as crypto from 'node:crypto'

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string
// crypto.hash (Node 20.12+) hashes a string in one call, several times faster than createHash.
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash

/** stableId (pipeline/records/stable-id.ts), the same ids, for the layer's many group and speaker ids. */
export function stableIdFast(prefix: 'q' | 'a' | 'g' | 's', parts: readonly (string | number)[]): string {
  const text = parts.map((p) => String(p).normalize('NFC')).join('\u0000')
  const hex = oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex')
  return `${prefix}_${hex.slice(0, 16)}`
}
