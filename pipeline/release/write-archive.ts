import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { zipSync, type Zippable } from 'fflate'

/**
 * Zips a version folder as `<name>-v<version>/<file>` entries, sorted by name, every entry dated
 * `created` (UTC wall time; zip has no time zone), mode 0644, deflate level 6: the same folder
 * gives the same bytes on any machine, time zone and Node version. Written beside the folder
 * through a temporary file, so a reader never sees half an archive.
 */
export function writeArchive(versionDir: string, archivePath: string, created: string): void {
  const bytes = archiveBytes(versionDir, path.basename(archivePath, '.zip'), created)
  const tmp = `${archivePath}.tmp-${process.pid}`
  writeFileSync(tmp, bytes)
  renameSync(tmp, archivePath)
}

export function archiveBytes(versionDir: string, topFolder: string, created: string): Uint8Array {
  const names = readdirSync(versionDir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const files: Zippable = {}
  const utc = new Date(created)
  for (const name of names) {
    files[`${topFolder}/${name}`] = [readFileSync(path.join(versionDir, name)), { level: 6, mtime: utc, os: 3, attrs: 0o100644 << 16 }]
  }
  // fflate writes the DOS date from the Date's local-time getters; run it in UTC so the entry
  // times do not depend on the builder's TZ (setting process.env.TZ takes effect at once in Node).
  const tz = process.env.TZ
  process.env.TZ = 'UTC'
  try {
    return zipSync(files)
  } finally {
    if (tz === undefined) delete process.env.TZ
    else process.env.TZ = tz
  }
}
