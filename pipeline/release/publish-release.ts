import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { archiveMismatch, writeArchive } from './write-archive.ts'
import type { PreparedEntry } from './compress-entry.ts'
import { fileDigest } from './read-chunks.ts'
import { diffReleases } from './diff-releases.ts'
import { bumpReason } from './write-changes.ts'
import { bumpVersion, listVersions } from './published-versions.ts'
import { RELEASE_TABLES, type ReleaseTable } from './release-tables.ts'

export interface PublishOptions {
  /** The finished temporary version folder. */
  tmpDir: string
  outDir: string
  name: string
  version: string
  tables?: readonly ReleaseTable[]
  /** Files of tmpDir already deflated for the zip (see ArchiveParts). */
  prepared?: ReadonlyMap<string, PreparedEntry>
}

export type PublishOutcome =
  | { outcome: 'written' | 'unchanged'; versionDir: string; archive: string }
  | { outcome: 'refused'; message: string }

/** `<out>/<name>-v<version>.zip`, beside the version folder. */
export function archivePath(outDir: string, name: string, version: string): string {
  return path.join(outDir, `${name}-v${version}.zip`)
}

/**
 * Publishes a finished temporary folder as `<out>/v<version>/` plus its zip. A version already
 * published is never rewritten: the same bytes are a no-op ('unchanged'), different ones are
 * refused with what changed and the version the policy asks for instead. The temporary folder is
 * gone afterwards in every case.
 */
export function publishRelease(options: PublishOptions): PublishOutcome {
  const { tmpDir, outDir, name, version } = options
  const versionDir = path.join(outDir, `v${version}`)
  const zip = archivePath(outDir, name, version)
  const created = (JSON.parse(readFileSync(path.join(tmpDir, 'datapackage.json'), 'utf8')) as { created: string }).created
  if (existsSync(versionDir)) {
    const differing = differingFiles(tmpDir, versionDir)
    if (differing.length === 0) {
      rmSync(tmpDir, { recursive: true, force: true })
      // Same bytes as the folder's files, so what was deflated from them serves.
      if (!existsSync(zip)) writeArchive(versionDir, zip, created, options.prepared)
      else {
        const mismatch = archiveMismatch(versionDir, zip)
        if (mismatch !== null) {
          return { outcome: 'refused', message: `Version ${version} is published, but ${path.basename(zip)} does not hold its folder's files (${mismatch}); restore it from the repository` }
        }
      }
      return { outcome: 'unchanged', versionDir, archive: zip }
    }
    const message = refusal(versionDir, tmpDir, outDir, version, differing, options.tables ?? RELEASE_TABLES)
    rmSync(tmpDir, { recursive: true, force: true })
    return { outcome: 'refused', message }
  }
  renameSync(tmpDir, versionDir)
  writeArchive(versionDir, zip, created, options.prepared)
  return { outcome: 'written', versionDir, archive: zip }
}

// "Version 1.0.0 is published and would change: 3 quotes added, …; build 1.1.0 instead (minor: …)"
function refusal(publishedDir: string, newDir: string, outDir: string, version: string, differing: string[], tables: readonly ReleaseTable[]): string {
  const c = diffReleases(publishedDir, version, newDir, version, tables)
  const s = c.summary
  const bump = s.bump ?? 'patch'
  const latest = listVersions(outDir).at(-1) ?? version
  const next = bumpVersion(latest, bump)
  const why = s.bump === null ? 'no quote, article or schema change, but other files differ' : bumpReason(bump)
  return (
    `Version ${version} is published and would change: ${s.quotes_added} quotes added, ${s.quotes_removed} removed, ${s.quotes_changed} changed; ` +
    `${s.articles_added} articles added, ${s.articles_removed} removed; schema ${s.schema_changed ? `changed (${c.schema_changes.join('; ')})` : 'unchanged'}; ` +
    `files that differ: ${differing.join(', ')}. Published versions are never rewritten. ` +
    `Build ${next} instead (${bump}: ${why}): npm run build-dataset -- --dataset-version ${next}`
  )
}

function differingFiles(a: string, b: string): string[] {
  const names = new Set([...readdirSync(a), ...readdirSync(b)])
  const changed: string[] = []
  for (const name of [...names].sort()) {
    const pa = path.join(a, name)
    const pb = path.join(b, name)
    if (!existsSync(pa) || !existsSync(pb) || !sameDigest(fileDigest(pa), fileDigest(pb))) changed.push(name)
  }
  return changed
}

function sameDigest(a: { hex: string; bytes: number }, b: { hex: string; bytes: number }): boolean {
  return a.bytes === b.bytes && a.hex === b.hex
}
