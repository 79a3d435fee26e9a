import { createHash } from 'node:crypto'
import { forEachChunk } from './chunks.mjs'

// The chunked reader lives in plain JavaScript (chunks.mjs) so the archive worker shares it.
export { CHUNK, forEachChunk } from './chunks.mjs'

/** A file's SHA-256 (hex) and size, read in chunks. */
export function fileDigest(file: string): { hex: string; bytes: number } {
  const hash = createHash('sha256')
  let bytes = 0
  forEachChunk(file, (chunk) => {
    hash.update(chunk)
    bytes += chunk.length
  })
  return { hex: hash.digest('hex'), bytes }
}
