// Worker thread that deflates release files for the archive while the main thread goes on
// writing the rest of the release (see archive-parts.ts). Plain JavaScript with no loader: a
// thread that loaded tsx would cost ~90 MB more at the build's peak. It deflates exactly as
// writeArchive's inline entries are deflated — the same fflate ZipDeflate, level, and steps of
// 64 KiB read as read-chunks.ts's forEachChunk reads them (the last step marked final; an empty
// file is one empty final step) — so an archive of prepared entries has the same bytes as one
// deflated inline (test/release/archive-parts.test.ts compares them).
import { closeSync, openSync, readSync, writeSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { ZipDeflate } from 'fflate'

const CHUNK = 1 << 16

function readFull(fd, buffer) {
  let filled = 0
  while (filled < buffer.length) {
    const n = readSync(fd, buffer, filled, buffer.length - filled, null)
    if (n === 0) break
    filled += n
  }
  return filled
}

function forEachChunk(file, each) {
  const fd = openSync(file, 'r')
  try {
    let chunk = Buffer.allocUnsafe(CHUNK)
    let filled = readFull(fd, chunk)
    for (;;) {
      if (filled < CHUNK) {
        each(chunk.subarray(0, filled), true)
        return
      }
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

function compressEntry(file, compressed, level) {
  const out = openSync(compressed, 'w')
  try {
    const entry = new ZipDeflate('', { level })
    entry.ondata = (err, data) => {
      if (err) throw err
      writeSync(out, data)
    }
    forEachChunk(file, (chunk, final) => entry.push(chunk, final))
    return { compressed, crc: entry.crc, size: entry.size }
  } finally {
    closeSync(out)
  }
}

parentPort.on('message', ({ id, file, compressed, level }) => {
  try {
    parentPort.postMessage({ id, entry: compressEntry(file, compressed, level) })
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
})
