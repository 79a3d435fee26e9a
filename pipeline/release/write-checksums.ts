import { readdirSync, writeFileSync } from 'node:fs'
import { fileDigest } from './read-chunks.ts'
import path from 'node:path'

/**
 * Writes SHA256SUMS in GNU coreutils format (`<hex>  <name>`, text-mode marker of two spaces),
 * one line per file of the folder but itself, sorted by name in code-unit order, so
 * `sha256sum -c SHA256SUMS` checks a download.
 */
export function writeChecksums(dir: string): void {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'SHA256SUMS')
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const lines = names.map((name) => `${fileDigest(path.join(dir, name)).hex}  ${name}\n`)
  writeFileSync(path.join(dir, 'SHA256SUMS'), lines.join(''))
}
