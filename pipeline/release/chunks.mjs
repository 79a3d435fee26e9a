// Reading a file in fixed steps, in plain JavaScript so that the archive worker (which loads no
// TypeScript) and the rest of the release (through read-chunks.ts) read files the same way: the
// archive's bytes depend on these steps. Types in chunks.d.mts.
import { closeSync, openSync, readSync } from 'node:fs'

/** Read in steps of this many bytes: memory stays flat whatever the file sizes. */
export const CHUNK = 1 << 16

/**
 * Calls `each` with a file's bytes in CHUNK-sized pieces (fresh buffers), the last one marked
 * final; an empty file gives one empty final chunk. Release files reach gigabytes at scale: no
 * step here holds a whole file.
 */
export function forEachChunk(file, each) {
  const fd = openSync(file, 'r')
  try {
    let chunk = Buffer.allocUnsafe(CHUNK)
    let filled = readFull(fd, chunk)
    for (;;) {
      if (filled < CHUNK) {
        each(chunk.subarray(0, filled), true)
        return
      }
      // A full chunk: read the next before passing this one on, to know whether this is the last.
      const next = Buffer.allocUnsafe(CHUNK)
      const nextFilled = readFull(fd, next)
      each(chunk, nextFilled === 0)
      if (nextFilled === 0) return
      chunk = next
      filled = nextFilled
    }
  } finally {
    closeSync(fd)
  }
}

function readFull(fd, buffer) {
  let filled = 0
  while (filled < buffer.length) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, null)
    if (n === 0) break
    filled += n
  }
  return filled
}
