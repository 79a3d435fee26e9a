// Worker thread that deflates release files for the archive while the main thread goes on
// writing the rest of the release (see archive-parts.ts). Plain JavaScript with no loader: a
// thread that loaded tsx would cost ~90 MB more at the build's peak. It deflates exactly as
// writeArchive's inline entries are deflated — the same fflate ZipDeflate, level, and 64 KiB
// steps (the same chunks.mjs) — so an archive of prepared entries has the same bytes as one
// deflated inline (test/release/archive-parts.test.ts compares them).
import { closeSync, openSync, writeSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { ZipDeflate } from 'fflate'
import { forEachChunk } from './chunks.mjs'

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
