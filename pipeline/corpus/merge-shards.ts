import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import path from 'node:path'
import type { ArticleRecord, Diagnostic, QuoteRecord } from '../types.generated.ts'
import { STAGE_FILES, type StageWriter } from '../release/stage-writer.ts'
import type { FileResult } from './process-corpus.ts'
import type { ShardSpec } from './shard-key.ts'

/** Beside a shard's stage files: one line per unit, in the shard's input order. */
export const MANIFEST_FILE = 'shard-manifest.jsonl'
export const SHARD_INFO_FILE = 'shard.json'

/** A manifest line: where the unit stands in the input order and how many stage lines it wrote. */
type ManifestEntry = [fileIndex: number, line: number, articles: number, quotes: number, diagnostics: number, relPath: string, refused: string | null]

interface ShardInfo {
  version: string
  shard: number
  count: number
}

export interface ShardManifest {
  add(result: FileResult): Promise<void>
  close(): Promise<void>
  abort(): void
}

/** Opens the manifest a shard build writes beside its stage files. */
export function openShardManifest(dir: string): ShardManifest {
  const out = createWriteStream(path.join(dir, MANIFEST_FILE))
  return {
    add(r) {
      const entry: ManifestEntry = [r.fileIndex, r.inputLine ?? 0, r.articles.length, r.quotes.length, r.diagnostics.length, r.file.relPath, r.refused]
      return put(out, JSON.stringify(entry) + '\n')
    },
    close: () => new Promise((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve()))),
    abort: () => out.destroy(),
  }
}

/** Moves a finished shard build to `<out>/shard-<i>-of-<n>/`, replacing an older one. */
export function publishShard(tmpDir: string, outDir: string, shard: ShardSpec, version: string): string {
  const info: ShardInfo = { version, shard: shard.index, count: shard.count }
  writeFileSync(path.join(tmpDir, SHARD_INFO_FILE), JSON.stringify(info, null, 2) + '\n')
  const dir = path.join(outDir, `shard-${shard.index}-of-${shard.count}`)
  rmSync(dir, { recursive: true, force: true })
  renameSync(tmpDir, dir)
  return dir
}

/**
 * Interleaves the stage files of shards 1..n back into input order (a k-way merge on file index,
 * then line), writing them through `stage`, so phase 2 sees exactly the stage files a
 * single-machine build would have written. Refuses shard sets that are incomplete, repeated, or
 * built for different versions or shard counts.
 */
export async function mergeShards(
  dirs: readonly string[],
  stage: StageWriter,
  sink: (result: { file: { relPath: string }; articles: ArticleRecord[]; quotes: QuoteRecord[]; diagnostics: Diagnostic[]; refused: string | null }) => Promise<void>,
): Promise<void> {
  checkShardSet(dirs)
  const shards = dirs.map((dir) => ({
    dir,
    manifest: lines(path.join(dir, MANIFEST_FILE)),
    articles: lines(path.join(dir, STAGE_FILES.articles)),
    quotes: lines(path.join(dir, STAGE_FILES.quotes)),
    diagnostics: lines(path.join(dir, STAGE_FILES.diagnostics)),
    head: null as ManifestEntry | null,
  }))
  for (const s of shards) s.head = await nextEntry(s.manifest)
  for (;;) {
    let best: (typeof shards)[number] | null = null
    for (const s of shards) if (s.head && (!best || before(s.head, best.head!))) best = s
    if (!best) break
    const [, , nArticles, nQuotes, nDiagnostics, relPath, refused] = best.head!
    const articles = (await take(best.articles, nArticles, best.dir)) as ArticleRecord[]
    const quotes = (await take(best.quotes, nQuotes, best.dir)) as QuoteRecord[]
    const diagnostics = (await take(best.diagnostics, nDiagnostics, best.dir)) as Diagnostic[]
    await stage.write(articles, quotes, diagnostics)
    await sink({ file: { relPath }, articles, quotes, diagnostics, refused })
    best.head = await nextEntry(best.manifest)
  }
}

/**
 * Throws (with every problem in one message) unless `dirs` are shard outputs 1..n of one
 * shard count and one version, each once: called before anything is written.
 */
export function checkShardSet(dirs: readonly string[]): void {
  const infos = dirs.map((dir) => {
    const infoPath = path.join(dir, SHARD_INFO_FILE)
    if (!existsSync(infoPath)) throw new Error(`Cannot merge: ${dir} is not a shard output (no ${SHARD_INFO_FILE}); build shards with --shard i/n`)
    return JSON.parse(readFileSync(infoPath, 'utf8')) as ShardInfo
  })
  const count = infos[0]?.count ?? 0
  const problems: string[] = []
  if (infos.some((s) => s.count !== count)) problems.push('shards of different shard counts')
  if (infos.some((s) => s.version !== infos[0]!.version)) problems.push('shards of different versions')
  const indices = infos.map((s) => s.shard).sort((a, b) => a - b)
  if (indices.length !== count || indices.some((v, i) => v !== i + 1)) problems.push(`need shards 1..${count} once each, got ${indices.join(', ')}`)
  if (problems.length > 0) throw new Error(`Cannot merge: ${problems.join('; ')}`)
}

function before(a: ManifestEntry, b: ManifestEntry): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])
}

function lines(file: string): AsyncIterator<string> {
  return createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })[Symbol.asyncIterator]()
}

async function nextEntry(it: AsyncIterator<string>): Promise<ManifestEntry | null> {
  const next = await it.next()
  return next.done ? null : (JSON.parse(next.value as string) as ManifestEntry)
}

async function take(it: AsyncIterator<string>, n: number, dir: string): Promise<object[]> {
  const out: object[] = []
  for (let i = 0; i < n; i++) {
    const next = await it.next()
    if (next.done) throw new Error(`Cannot merge: ${dir} has fewer stage records than its manifest lists`)
    out.push(JSON.parse(next.value as string) as object)
  }
  return out
}

function put(s: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => s.write(chunk, (err) => (err ? reject(err) : resolve())))
}
