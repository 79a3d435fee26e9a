import { readdirSync, realpathSync, statSync, type BigIntStats, type Dirent } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from '../types.generated.ts'

export interface InputFile {
  /** Absolute path as reached from the input folder (through symlinks, not resolved). */
  absPath: string
  /** Path relative to the input folder, '/'-separated. */
  relPath: string
}

export interface ListInputFilesOptions {
  /** File name endings to take, matched case-insensitively. Default `['.txt']`. */
  extensions?: string[]
}

export interface ListInputFilesResult {
  /** Sorted by relPath (UTF-16 code units), each real file once. */
  files: InputFile[]
  diagnostics: Diagnostic[]
}

/** Ending of the optional metadata file beside an input: `story.txt` → `story.meta.yaml`. */
export const METADATA_SUFFIX = '.meta.yaml'

/**
 * Every input file under `inputDir`, recursively, in a stable order (relPath compared by UTF-16
 * code units). Symlinks are followed, but each real folder and each real file is taken once
 * (device + inode): a link back to an ancestor is a loop, reported once and not entered; a link
 * to a folder or file already taken is skipped with a note, so the same text is not counted
 * twice. Folders and entries that cannot be read, and `.meta.yaml` files with no input beside
 * them, are reported; nothing here throws for a bad tree.
 */
export function listInputFiles(inputDir: string, options: ListInputFilesOptions = {}): ListInputFilesResult {
  const extensions = (options.extensions ?? ['.txt']).map((e) => e.toLowerCase())
  const diagnostics: Diagnostic[] = []
  const report = (file: string, severity: Diagnostic['severity'], rule: string, message: string) =>
    diagnostics.push({ file, line: null, column: null, severity, stage: 'ingest', rule, message })

  const root = path.resolve(inputDir)
  let rootStat: BigIntStats
  let rootReal: string
  try {
    rootStat = statSync(root, { bigint: true })
    rootReal = realpathSync(root)
  } catch (err) {
    report(inputDir, 'error', 'ingest:unreadable-folder', `Input folder cannot be read (${errorCode(err)})`)
    return { files: [], diagnostics }
  }
  if (!rootStat.isDirectory()) {
    report(inputDir, 'error', 'ingest:not-a-folder', 'Input path is not a folder')
    return { files: [], diagnostics }
  }

  const seenDirs = new Set<string>([inodeKey(rootStat)])
  const candidates: Array<InputFile & { key: string; viaLink: boolean }> = []
  const sidecars: string[] = []
  // Folders are walked real-tree-first: links to folders wait in `linked` until every real
  // folder under the root is known, so `archive/ -> ../2019/` never wins over `2019/` itself.
  const pending: Array<{ relPath: string; realPath: string }> = [{ relPath: '', realPath: rootReal }]
  const linked: Array<{ relPath: string }> = []

  const walk = (relDir: string, realDir: string, viaLink: boolean) => {
    let entries: Dirent[]
    try {
      entries = readdirSync(path.join(root, relDir), { withFileTypes: true })
    } catch (err) {
      report(relDir || '.', 'warning', 'ingest:unreadable-folder', `Folder skipped: cannot be read (${errorCode(err)})`)
      return
    }
    entries.sort((a, b) => compareCodeUnits(a.name, b.name))
    for (const entry of entries) {
      const relPath = relDir ? `${relDir}/${entry.name}` : entry.name
      const absPath = path.join(root, relPath)
      if (entry.isDirectory()) {
        let stat: BigIntStats
        try {
          stat = statSync(absPath, { bigint: true })
        } catch (err) {
          report(relPath, 'warning', 'ingest:unreadable-folder', `Folder skipped: cannot be read (${errorCode(err)})`)
          continue
        }
        // A bind mount can bring a folder back under itself without any symlink.
        if (skipSeenFolder(relPath, stat, path.join(realDir, entry.name))) continue
        pending.push({ relPath, realPath: path.join(realDir, entry.name) })
        continue
      }
      if (entry.isSymbolicLink()) {
        let stat: BigIntStats
        try {
          stat = statSync(absPath, { bigint: true })
        } catch (err) {
          report(relPath, 'warning', 'ingest:broken-symlink', `Symlink skipped: its target cannot be reached (${errorCode(err)})`)
          continue
        }
        if (stat.isDirectory()) {
          linked.push({ relPath })
          continue
        }
        if (matches(entry.name, extensions)) addFile(relPath, absPath, stat, true)
        continue
      }
      if (entry.name.toLowerCase().endsWith(METADATA_SUFFIX)) {
        sidecars.push(relPath)
        continue
      }
      if (!matches(entry.name, extensions)) continue
      let stat: BigIntStats
      try {
        stat = statSync(absPath, { bigint: true })
      } catch (err) {
        report(relPath, 'warning', 'ingest:unreadable-file', `File skipped: cannot be read (${errorCode(err)})`)
        continue
      }
      addFile(relPath, absPath, stat, viaLink)
    }
  }

  const addFile = (relPath: string, absPath: string, stat: BigIntStats, viaLink: boolean) => {
    // A FIFO or device named story.txt would block or never end when read.
    if (!stat.isFile()) {
      report(relPath, 'warning', 'ingest:not-a-regular-file', 'Skipped: not a regular file (FIFO, socket or device)')
      return
    }
    candidates.push({ relPath, absPath, key: inodeKey(stat), viaLink })
  }

  /** Reports and returns true when the folder was already taken; else marks it taken. */
  const skipSeenFolder = (relPath: string, stat: BigIntStats, real: string): boolean => {
    const key = inodeKey(stat)
    if (!seenDirs.has(key)) {
      seenDirs.add(key)
      return false
    }
    if (isLogicalAncestor(root, relPath, key)) {
      report(relPath, 'warning', 'ingest:symlink-loop', `Loop skipped: ${relPath} leads back to its own ancestor ${displayPath(rootReal, real)}`)
    } else {
      report(relPath, 'info', 'ingest:duplicate-folder', `Skipped: the folder ${displayPath(rootReal, real)} is already read`)
    }
    return true
  }

  const drain = (viaLink: boolean) => {
    for (let next = pending.pop(); next; next = pending.pop()) walk(next.relPath, next.realPath, viaLink)
  }
  drain(false)
  // Links to folders, in relPath order; a link found inside a linked folder joins the queue.
  for (let i = 0; i < linked.length; i++) {
    sortTail(linked, i)
    const link = linked[i]!
    const absPath = path.join(root, link.relPath)
    let stat: BigIntStats
    let real: string
    try {
      stat = statSync(absPath, { bigint: true })
      real = realpathSync(absPath)
    } catch (err) {
      report(link.relPath, 'warning', 'ingest:broken-symlink', `Symlink skipped: its target cannot be reached (${errorCode(err)})`)
      continue
    }
    if (skipSeenFolder(link.relPath, stat, real)) continue
    pending.push({ relPath: link.relPath, realPath: real })
    drain(true)
  }

  candidates.sort((a, b) => compareCodeUnits(a.relPath, b.relPath))
  // The same file reached twice (a symlink or hard link): keep the real path, else the first.
  const chosen = new Map<string, (typeof candidates)[number]>()
  for (const c of candidates) {
    const prev = chosen.get(c.key)
    if (!prev) chosen.set(c.key, c)
    else if (prev.viaLink && !c.viaLink) chosen.set(c.key, c)
  }
  const files: InputFile[] = []
  for (const c of candidates) {
    const kept = chosen.get(c.key)!
    if (kept === c) files.push({ absPath: c.absPath, relPath: c.relPath })
    else report(c.relPath, 'info', 'ingest:duplicate-file', `Skipped: same file as ${kept.relPath}`)
  }

  const inputs = new Set(files.map((f) => f.relPath))
  const dropped = new Set(candidates.map((c) => c.relPath))
  for (const sidecar of sidecars.sort(compareCodeUnits)) {
    const stem = sidecar.slice(0, -METADATA_SUFFIX.length)
    const hasInput = extensions.some((ext) => inputs.has(stem + ext) || dropped.has(stem + ext))
    if (!hasInput) report(sidecar, 'warning', 'ingest:orphan-metadata', `Metadata file has no input beside it (expected ${path.posix.basename(stem)}${extensions[0] ?? ''})`)
  }

  diagnostics.sort((a, b) => compareCodeUnits(a.file, b.file))
  return { files, diagnostics }
}

/** Plain `<` on strings: UTF-16 code units, the same in every locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function matches(name: string, extensions: string[]): boolean {
  const lower = name.toLowerCase()
  return extensions.some((ext) => lower.endsWith(ext) && lower.length > ext.length)
}

function inodeKey(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}`
}

/** True when a folder on the way from the root to `relPath` (root included) has this key. */
function isLogicalAncestor(root: string, relPath: string, key: string): boolean {
  const parts = relPath.split('/').slice(0, -1)
  for (let n = 0; n <= parts.length; n++) {
    try {
      if (inodeKey(statSync(path.join(root, ...parts.slice(0, n)), { bigint: true })) === key) return true
    } catch {
      return false
    }
  }
  return false
}

/** True when `child` is `parent` or below it. */
function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function displayPath(rootReal: string, real: string): string {
  return isInside(real, rootReal) ? path.relative(rootReal, real).split(path.sep).join('/') || '.' : real
}

function sortTail(list: Array<{ relPath: string }>, from: number): void {
  const tail = list.splice(from).sort((a, b) => compareCodeUnits(a.relPath, b.relPath))
  list.push(...tail)
}

function errorCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : String(err)
}
