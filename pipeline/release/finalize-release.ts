import { createReadStream, rmSync, writeFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import path from 'node:path'
import type { ArticleRecord, DatasetConfig, Diagnostic, QuoteRecord } from '../types.generated.ts'
import type { ValidateFunction } from 'ajv'
import { buildFactCheckIds, type FactCheckIds } from '../fact-check/index.ts'
import { describeErrors, validators } from '../validate/schemas.ts'
import { RELEASE_TABLES, type ReleaseTable } from './release-tables.ts'
import { writeTable } from './write-table.ts'
import { diffReleases, type ReleaseChanges } from './diff-releases.ts'
import { compareVersions, previousVersion, type Bump } from './published-versions.ts'
import { releaseDate } from './release-date.ts'
import { buildDatapackage } from './build-datapackage.ts'
import { writeChanges } from './write-changes.ts'
import { writeDataCard, type CardCounts } from './write-data-card.ts'
import { writeChecksums } from './write-checksums.ts'
import { STAGE_FILES } from './stage-writer.ts'

export interface FinalizeOptions {
  /** The temporary version folder holding the stage files. */
  dir: string
  config: DatasetConfig
  version: string
  /**
   * The out folder the version will be published in: CHANGES are taken against the newest
   * version below this one there. Default: the folder holding `dir` (`<out>/.v<version>.tmp-<pid>`).
   */
  outDir?: string
  /** The tables to publish; RELEASE_TABLES unless a test says otherwise. */
  tables?: readonly ReleaseTable[]
  /** Told of each data file once it is final (ArchiveParts.prepare deflates it for the zip meanwhile). */
  onFileWritten?: (file: string) => void
}

export interface FinalizeResult {
  /** Diagnostics raised while writing (also in diagnostics.jsonl): cells over Excel's limit, a version bump below the policy. */
  diagnostics: Diagnostic[]
  changes: ReleaseChanges
  created: string
}

/**
 * Turns the stage files into a release folder: the data files (JSONL and CSV per table, in
 * input order), CHANGES.json and CHANGELOG.md against the previous version, datapackage.json,
 * the README.md data card and SHA256SUMS; then removes the stage files.
 */
export async function finalizeRelease(options: FinalizeOptions): Promise<FinalizeResult> {
  const { dir, config, version } = options
  const outDir = options.outDir ?? path.dirname(path.resolve(dir))
  const tables = options.tables ?? RELEASE_TABLES
  const diagnostics: Diagnostic[] = []
  // The fact-check layer works across the whole dataset: group every report of a quotation and
  // give each speaker one id, then write the quotes in input order with their ids.
  // The layer sees only the fields it uses (memory: a quote's words and speaker, not its record);
  // the quotes table is then streamed from the stage file a second time with the ids attached.
  const compactQuotes: QuoteRecord[] = []
  // One string per file and article, not one per quote (JSON.parse makes each anew).
  const shared = new Map<string, string>()
  const intern = (value: string) => {
    const known = shared.get(value)
    if (known !== undefined) return known
    shared.set(value, value)
    return value
  }
  for await (const r of readJsonLines(path.join(dir, STAGE_FILES.quotes))) compactQuotes.push(compactQuote(r as QuoteRecord, intern))
  shared.clear()
  const compactArticles: ArticleRecord[] = []
  for await (const r of readJsonLines(path.join(dir, STAGE_FILES.articles))) {
    const a = r as ArticleRecord
    compactArticles.push({ article_id: a.article_id, outlet: a.outlet } as ArticleRecord)
  }
  const layer = buildFactCheckIds(compactArticles, compactQuotes)
  compactQuotes.length = 0
  compactArticles.length = 0
  const derived: Record<string, AsyncIterable<object> | Iterable<object>> = {
    quotes: validatedStream(withIds(readJsonLines(path.join(dir, STAGE_FILES.quotes)), layer), validators.publishedQuote, 'validate:quote-schema', diagnostics),
    quote_groups: validated(layer.groups, validators.quoteGroup, 'validate:quote-group-schema', diagnostics),
    speakers: validated(layer.speakers, validators.speaker, 'validate:speaker-schema', diagnostics),
  }
  // Diagnostics go last: writing the other tables adds to them.
  const dataTables = tables.filter((t) => t.name !== 'diagnostics')
  const written = (table: ReleaseTable) => {
    options.onFileWritten?.(path.join(dir, `${table.name}.jsonl`))
    if (table.csv) options.onFileWritten?.(path.join(dir, `${table.name}.csv`))
  }
  // The data card's counts are taken from the records as they are written (after validation).
  const counts: CardCounts = { quotes: 0, quotesWithSpeaker: 0, articles: 0, sourceFiles: 0, warnings: 0, errors: 0 }
  const sourceFiles = new Set<string>()
  const published: string[] = []
  const countQuote = (q: object) => {
    counts.quotes++
    if ((q as { speaker: unknown }).speaker !== null) counts.quotesWithSpeaker++
  }
  const countArticle = (a: object) => {
    const article = a as { source_file: string; published: string | null }
    counts.articles++
    sourceFiles.add(article.source_file)
    if (article.published !== null) published.push(article.published)
  }
  const countDiagnostic = (d: object) => {
    const severity = (d as { severity: string }).severity
    if (severity === 'warning') counts.warnings++
    else if (severity === 'error') counts.errors++
  }
  // The layer's own tables first, and then let go of them: the quotes table is streamed with a
  // heap that holds only the ids (at 1 GB the groups are most of the heap, and every collection
  // while streaming 950,000 quotes walks all of it). Their diagnostics still go in table order.
  const fromLayer = (t: ReleaseTable) => t.name === 'quote_groups' || t.name === 'speakers'
  const byLayerFirst = [...dataTables.filter(fromLayer), ...dataTables.filter((t) => !fromLayer(t))]
  const tableDiagnostics = new Map<string, Diagnostic[]>()
  for (const table of byLayerFirst) {
    const records = derived[table.name] ?? (table.stageFile === undefined ? undefined : readJsonLines(path.join(dir, table.stageFile)))
    if (records === undefined) continue
    const counted = table.name === 'quotes' ? tap(records, countQuote) : table.name === 'articles' ? tap(records, countArticle) : records
    tableDiagnostics.set(table.name, (await writeTable(dir, table, counted)).diagnostics)
    written(table)
    if (fromLayer(table)) {
      delete derived[table.name]
      if (table.name === 'quote_groups') layer.groups.length = 0
      else layer.speakers.length = 0
    }
  }
  for (const table of dataTables) diagnostics.push(...(tableDiagnostics.get(table.name) ?? []))
  const previous = previousVersion(outDir, version)
  const previousDir = previous === null ? null : path.join(outDir, `v${previous}`)
  const changes = diffReleases(previousDir, previous, dir, version, tables)
  const bumpWarning = checkBump(previous, version, changes.summary.bump)
  if (bumpWarning) diagnostics.push(bumpWarning)
  const diagnosticsTable = tables.find((t) => t.name === 'diagnostics')
  if (diagnosticsTable?.stageFile !== undefined) {
    await writeTable(dir, diagnosticsTable, tap(concat(readJsonLines(path.join(dir, diagnosticsTable.stageFile)), diagnostics), countDiagnostic))
    written(diagnosticsTable)
  }
  for (const f of Object.values(STAGE_FILES)) rmSync(path.join(dir, f), { force: true })
  counts.sourceFiles = sourceFiles.size
  const { created } = releaseDate(published, process.env, config.released)
  const descriptor = buildDatapackage(dir, tables, config, version, created)
  writeChanges(dir, changes, previousDir)
  writeDataCard(dir, descriptor, tables, counts, changes)
  // datapackage.json after the data files it hashes; SHA256SUMS after everything.
  writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(descriptor, null, 2) + '\n')
  writeChecksums(dir)
  return { diagnostics, changes, created }
}

const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 }

// 1.0.0 → 1.0.1 that adds quotes: the policy asks for 1.1.0. Warn; the builder chose the number.
function checkBump(previous: string | null, version: string, bump: Bump | null): Diagnostic | null {
  if (previous === null || bump === null || compareVersions(version, previous) <= 0) return null
  const [a = 0, b = 0] = previous.split('.').map(Number)
  const [x = 0, y = 0] = version.split('.').map(Number)
  const made: Bump = x !== a ? 'major' : y !== b ? 'minor' : 'patch'
  if (RANK[made] >= RANK[bump]) return null
  return {
    file: 'datapackage.json',
    line: null,
    column: null,
    severity: 'warning',
    stage: 'write',
    rule: 'write:version-bump',
    message: `${version} is a ${made} step from ${previous}, but the changes call for a ${bump} version (see CHANGES.json)`,
  }
}

async function* readJsonLines(file: string): AsyncGenerator<object> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) if (line) yield JSON.parse(line) as object
}

/** The records, each shown to `see` as it passes. */
async function* tap(records: AsyncIterable<object> | Iterable<object>, see: (record: object) => void): AsyncGenerator<object> {
  for await (const r of records) {
    see(r)
    yield r
  }
}

async function* concat(first: AsyncIterable<object>, rest: Iterable<object>): AsyncGenerator<object> {
  yield* first
  yield* rest
}

/** The fields of a quote the fact-check layer reads. */
function compactQuote(q: QuoteRecord, intern: (value: string) => string): QuoteRecord {
  return {
    quote_id: q.quote_id,
    article_id: intern(q.article_id),
    source_file: intern(q.source_file),
    start: q.start,
    end: q.end,
    quote: q.quote,
    speaker: q.speaker,
    speaker_role: q.speaker_role,
    kind: q.kind,
  } as QuoteRecord
}

/** The quotes, read again in the order the layer was given them, each with its ids (by position). */
async function* withIds(records: AsyncIterable<object>, ids: Pick<FactCheckIds, 'groupIds' | 'speakerIds'>): AsyncGenerator<object> {
  let i = 0
  for await (const r of records) {
    yield { ...(r as QuoteRecord), group_id: ids.groupIds[i], speaker_id: ids.speakerIds[i] }
    i++
  }
}

async function* validatedStream(records: AsyncIterable<object>, validate: ValidateFunction, rule: string, diagnostics: Diagnostic[]): AsyncGenerator<object> {
  for await (const r of records) if (validated([r], validate, rule, diagnostics).length === 1) yield r
}

/** The records that validate; each one that does not is reported and left out. */
function validated(records: readonly object[], validate: ValidateFunction, rule: string, diagnostics: Diagnostic[]): object[] {
  return records.filter((record) => {
    if (validate(record)) return true
    const r = record as Record<string, unknown>
    diagnostics.push({
      file: typeof r.source_file === 'string' ? r.source_file : 'dataset',
      line: typeof r.line === 'number' ? r.line : null,
      column: typeof r.column === 'number' ? r.column : null,
      severity: 'error',
      stage: 'validate',
      rule,
      message: `Record ${String(Object.values(r)[0])} not written: ${describeErrors(validate.errors)}`,
    })
    return false
  })
}
