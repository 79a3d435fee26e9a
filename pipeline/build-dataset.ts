import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from './types.generated.ts'
import { loadConfig } from './config/load-config.ts'
import { processCorpus, type CorpusOptions } from './corpus/process-corpus.ts'
import { listCorpusInputs } from './corpus/list-corpus-inputs.ts'
import { checkShardSet, mergeShards, openShardManifest, publishShard } from './corpus/merge-shards.ts'
import { openStageWriter } from './release/stage-writer.ts'
import { finalizeRelease } from './release/finalize-release.ts'
import { publishRelease } from './release/publish-release.ts'
import { ArchiveParts } from './release/archive-parts.ts'
import { formatDiagnostic } from './source-text.ts'

export interface BuildOptions {
  inputDir: string
  outDir: string
  /** The dataset's YAML config. */
  configPath: string
  /** Overrides the config's version for one build. */
  datasetVersion?: string
  /** Any refused file fails the build, and nothing is written. */
  strict?: boolean
  maxBytes?: number
  /** Worker threads, input format and fields, and shard: see CorpusOptions. */
  corpus?: Omit<CorpusOptions, 'maxBytes'>
  /** Shard output folders to merge into one version instead of reading input (inputDir unused). */
  merge?: string[]
}

export interface BuildSummary {
  version: string
  versionDir: string
  /** 'written': a new version; 'unchanged': the published version already holds these bytes. */
  outcome: 'written' | 'unchanged'
  files: number
  articles: number
  quotes: number
  warnings: number
  errors: number
  refused: Array<{ file: string; reason: string }>
  diagnostics: Diagnostic[]
}

/** A build that cannot go on: bad config, a published version that would change, --strict. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message)
  }
}

/**
 * Builds one dataset version: ingest → segment → extract quotes → attribute speakers →
 * validate → write, streaming records out as each file is done. Everything is written into a
 * temporary folder beside the target and renamed into place at the end, so a build that dies
 * leaves no partial version; a published version is never rewritten.
 */
export async function buildDataset(options: BuildOptions): Promise<BuildSummary> {
  const { config, diagnostics: configDiagnostics } = loadConfig(options.configPath, path.relative(process.cwd(), options.configPath) || options.configPath)
  if (!config) throw new BuildError('The dataset config is not valid', configDiagnostics)
  const version = options.datasetVersion ?? config.version
  const versionDir = path.join(options.outDir, `v${version}`)

  if (options.merge) {
    try {
      checkShardSet(options.merge)
    } catch (err) {
      throw new BuildError((err as Error).message)
    }
  }
  const listed = options.merge ? { files: [], diagnostics: [] } : listCorpusInputs(options.inputDir, options.corpus?.format)
  const diagnostics: Diagnostic[] = [...listed.diagnostics]
  const refused: BuildSummary['refused'] = []
  for (const d of listed.diagnostics) if (d.severity === 'error') refused.push({ file: d.file, reason: d.message })

  mkdirSync(options.outDir, { recursive: true })
  removeStaleTempFolders(options.outDir)
  const tmpDir = path.join(options.outDir, `.v${version}.tmp-${process.pid}`)
  rmSync(tmpDir, { recursive: true, force: true })
  mkdirSync(tmpDir)
  inProgress.add(tmpDir)
  const stage = openStageWriter(tmpDir)
  // The zip's large entries are deflated on a worker thread while the release is finished.
  const parts = new ArchiveParts(`${tmpDir}-zip`)
  inProgress.add(parts.dir)
  const shard = options.corpus?.shard
  const manifest = shard ? openShardManifest(tmpDir) : null
  let articles = 0
  let quotes = 0
  // Input files seen through the shards, for a merge's summary (a merge lists nothing itself).
  const mergedFiles = new Set<string>()
  try {
    // Phase 1: every file through the per-document pipeline, records streamed to stage files;
    // or, with --merge, the shards' stage files interleaved back into input order.
    const sink = async (result: { file: { relPath: string }; articles: unknown[]; quotes: unknown[]; diagnostics: Diagnostic[]; refused: string | null }) => {
      if (result.file.relPath !== '') mergedFiles.add(result.file.relPath)
      diagnostics.push(...result.diagnostics)
      if (result.refused !== null) refused.push({ file: result.file.relPath, reason: result.refused })
      articles += result.articles.length
      quotes += result.quotes.length
    }
    // The listing's own findings (symlink loops, unreadable folders, orphan metadata) open
    // diagnostics.jsonl; with --shard, shard 1 carries them, so a merge writes them once.
    if (!options.merge && listed.diagnostics.length > 0 && (!shard || shard.index === 1)) {
      await stage.write([], [], listed.diagnostics)
      await manifest?.add({ fileIndex: -1, inputLine: 0, file: { relPath: '' }, articles: [], quotes: [], diagnostics: listed.diagnostics, refused: null } as unknown as Parameters<NonNullable<typeof manifest>['add']>[0])
    }
    if (options.merge) {
      await mergeShards(options.merge, stage, sink)
    } else {
      const corpusOptions = { ...options.corpus, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) }
      await processCorpus(listed.files, corpusOptions, async (result) => {
        await sink(result)
        await stage.write(result.articles, result.quotes, result.diagnostics)
        await manifest?.add(result)
      })
    }
    await stage.close()
    if (shard && manifest) {
      // A shard is the stage files and a manifest, for a later --merge; not a release.
      await manifest.close()
      inProgress.delete(parts.dir)
      const shardDir = publishShard(tmpDir, options.outDir, shard, version)
      return { version, versionDir: shardDir, outcome: 'written', files: listed.files.length, articles, quotes, warnings: diagnostics.filter((d) => d.severity === 'warning').length, errors: diagnostics.filter((d) => d.severity === 'error').length, refused, diagnostics }
    }
    // Phase 2: the release's files from the stage files.
    // Write-stage warnings (a cell over Excel's limit, a version bump below the policy) join the rest.
    diagnostics.push(...(await finalizeRelease({ dir: tmpDir, config, version, onFileWritten: (file) => parts.prepare(file) })).diagnostics)
  } catch (err) {
    stage.abort()
    manifest?.abort()
    await parts.close()
    rmSync(tmpDir, { recursive: true, force: true })
    inProgress.delete(tmpDir)
    inProgress.delete(parts.dir)
    throw err
  }

  const summary: BuildSummary = {
    version,
    versionDir,
    outcome: 'written',
    files: options.merge ? mergedFiles.size : listed.files.length,
    articles,
    quotes,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    refused,
    diagnostics,
  }
  if (options.strict && refused.length > 0) {
    await parts.close()
    inProgress.delete(parts.dir)
    rmSync(tmpDir, { recursive: true, force: true })
    throw new BuildError(`--strict: ${refused.length} input file(s) refused; nothing written`, diagnostics.filter((d) => d.severity === 'error'))
  }
  // Renames the folder into place and writes <out>/<name>-v<version>.zip; a published version is
  // never rewritten: same bytes are a no-op, different ones are refused with what changed.
  let published: ReturnType<typeof publishRelease>
  try {
    published = publishRelease({ tmpDir, outDir: options.outDir, name: config.name, version, prepared: await parts.settled() })
  } finally {
    await parts.close()
    inProgress.delete(parts.dir)
  }
  inProgress.delete(tmpDir)
  if (published.outcome === 'refused') throw new BuildError(published.message)
  return { ...summary, outcome: published.outcome }
}

/** Temporary version folders of builds running in this process: removed on Ctrl-C. */
const inProgress = new Set<string>()

/**
 * Removes the temporary folders of builds in this process (for a SIGINT/SIGTERM handler): an
 * interrupted build leaves nothing behind and never touches a published version.
 */
export function removeTemporaryFolders(): void {
  for (const dir of inProgress) rmSync(dir, { recursive: true, force: true })
  inProgress.clear()
}

/**
 * A build killed outright (SIGKILL, power loss) cannot clean up: its `.v<version>.tmp-<pid>`
 * folder stays. Such a folder is never a version (only a rename publishes one); the next build in
 * the same out folder removes those whose process is gone.
 */
function removeStaleTempFolders(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    const m = /^\.v\d+\.\d+\.\d+\.tmp-(\d+)(?:-zip)?$/.exec(name)
    if (!m || Number(m[1]) === process.pid || isAlive(Number(m[1]))) continue
    rmSync(path.join(outDir, name), { recursive: true, force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export { formatDiagnostic }
