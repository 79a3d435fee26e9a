import { closeSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs'
import { fileDigest, forEachChunk } from './read-chunks.ts'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { Unzip, UnzipInflate, Zip, ZipDeflate, type ZipInputFile } from 'fflate'
import { ARCHIVE_LEVEL, type PreparedEntry } from './compress-entry.ts'

/**
 * Zips a version folder as `<name>-v<version>/<file>` entries, sorted by name, every entry dated
 * `created` (UTC wall time; zip has no time zone), mode 0644, deflate level 6: the same folder
 * gives the same bytes on any machine, time zone and Node version. Streamed: each file is read
 * and compressed in fixed 64 KiB steps and written out as it is compressed, so memory does not
 * grow with the release (a 1 GB corpus gives gigabytes of tables). Written beside the folder
 * through a temporary file, so a reader never sees half an archive. Files deflated ahead
 * (`prepared`, by file name: see ArchiveParts) are copied in as they are; they were deflated the
 * same way, so the archive's bytes do not depend on which files were.
 */
export function writeArchive(versionDir: string, archivePath: string, created: string, prepared: ReadonlyMap<string, PreparedEntry> = new Map()): void {
  const topFolder = path.basename(archivePath, '.zip')
  const tmp = `${archivePath}.tmp-${process.pid}`
  const out = openSync(tmp, 'w')
  try {
    const zip = new Zip((err, data) => {
      if (err) throw err
      writeSync(out, data)
    })
    const utc = new Date(created)
    // fflate writes the DOS date from the Date's local-time getters; run it in UTC so the entry
    // times do not depend on the builder's TZ (setting process.env.TZ takes effect at once in Node).
    // Everything below is synchronous, so no other code runs under the changed TZ.
    withUtc(() => {
      for (const name of fileNames(versionDir)) {
        const ready = prepared.get(name)
        if (ready) {
          addPrepared(zip, `${topFolder}/${name}`, utc, ready)
          continue
        }
        const entry = new ZipDeflate(`${topFolder}/${name}`, { level: ARCHIVE_LEVEL })
        entry.mtime = utc
        entry.os = 3
        entry.attrs = 0o100644 << 16
        zip.add(entry)
        forEachChunk(path.join(versionDir, name), (chunk, final) => entry.push(chunk, final))
      }
      zip.end()
    })
  } catch (e) {
    closeSync(out)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(out)
  renameSync(tmp, archivePath)
}

/**
 * Why `archivePath` does not hold exactly the files of `versionDir` under `<top>/`, or null when it
 * does. Compares contents (SHA-256 of each entry against its file), not the archive's own bytes, so
 * an archive written by an earlier release of the tool (v1.0.0 was zipped in one piece) still
 * checks. Streamed, like writing.
 */
export function archiveMismatch(versionDir: string, archivePath: string): string | null {
  const topFolder = path.basename(archivePath, '.zip')
  const expected = new Map(fileNames(versionDir).map((name) => [`${topFolder}/${name}`, name]))
  const seen = new Map<string, string>()
  const unzip = new Unzip((file) => {
    const hash = createHash('sha256')
    file.ondata = (err, data, final) => {
      if (err) throw err
      hash.update(data)
      if (final) seen.set(file.name, hash.digest('hex'))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    forEachChunk(archivePath, (chunk, final) => unzip.push(chunk, final))
  } catch (e) {
    return `it cannot be read as a zip (${(e as Error).message})`
  }
  for (const entry of seen.keys()) if (!expected.has(entry)) return `it holds ${entry}, which the folder does not`
  for (const [entry, name] of expected) {
    const digest = seen.get(entry)
    if (digest === undefined) return `it lacks ${entry}`
    if (digest !== fileDigest(path.join(versionDir, name)).hex) return `its ${entry} differs from the folder's ${name}`
  }
  return null
}

// The entry ZipDeflate would make (flag 0 is level 6's), fed the deflate stream already made;
// crc and size are read by the zip only with the final chunk, as ZipDeflate sets them then.
function addPrepared(zip: Zip, filename: string, mtime: Date, ready: PreparedEntry): void {
  const entry: ZipInputFile = { filename, size: 0, crc: 0, compression: 8, flag: 0, mtime, os: 3, attrs: 0o100644 << 16 }
  zip.add(entry)
  forEachChunk(ready.compressed, (chunk, final) => {
    if (final) {
      entry.crc = ready.crc
      entry.size = ready.size
    }
    entry.ondata!(null, chunk as Uint8Array<ArrayBuffer>, final)
  })
}

function fileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function withUtc<T>(run: () => T): T {
  const tz = process.env.TZ
  process.env.TZ = 'UTC'
  try {
    return run()
  } finally {
    if (tz === undefined) delete process.env.TZ
    else process.env.TZ = tz
  }
}
