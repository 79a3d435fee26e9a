import { closeSync, openSync, writeSync } from 'node:fs'
import { ZipDeflate } from 'fflate'
import { forEachChunk } from './read-chunks.ts'

/** A file deflated ahead of the archive: the raw deflate stream in `compressed`, and what the zip's directory needs. */
export interface PreparedEntry {
  compressed: string
  crc: number
  size: number
}

/** Deflate level of every archive entry (see writeArchive). */
export const ARCHIVE_LEVEL = 6

/**
 * Deflates `file` into `compressed` exactly as writeArchive's inline entries are deflated (the
 * same fflate ZipDeflate, level and 64 KiB steps), so an archive built from prepared entries
 * has the same bytes as one built inline.
 */
export function compressEntry(file: string, compressed: string): PreparedEntry {
  const out = openSync(compressed, 'w')
  try {
    const entry = new ZipDeflate('', { level: ARCHIVE_LEVEL })
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
