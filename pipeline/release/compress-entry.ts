/** A file deflated ahead of the archive (archive-worker.mjs): the raw deflate stream in `compressed`, and what the zip's directory needs. */
export interface PreparedEntry {
  compressed: string
  crc: number
  size: number
}

/** Deflate level of every archive entry, inline (writeArchive) or prepared (ArchiveParts). */
export const ARCHIVE_LEVEL = 6
