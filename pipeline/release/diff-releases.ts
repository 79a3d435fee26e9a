import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { StringDecoder } from 'node:string_decoder'
import path from 'node:path'
import type { Bump } from './published-versions.ts'
import type { ReleaseTable } from './release-tables.ts'
import { tableFields } from './build-datapackage.ts'

/** What changed between two release folders, in the shape of CHANGES.json (after csv-diff). */
export interface ReleaseChanges {
  version: string
  previous_version: string | null
  summary: {
    quotes_added: number
    quotes_removed: number
    quotes_changed: number
    articles_added: number
    articles_removed: number
    schema_changed: boolean
    /** What the versioning policy (README, "Versions and releases") asks for; null: no change to quotes, articles or schema. */
    bump: Bump | null
  }
  schema_changes: string[]
  added: string[]
  removed: string[]
  changed: Array<{ quote_id: string; changes: Record<string, [unknown, unknown]> }>
}

/**
 * Compares the quotes (by quote_id, field by field), the article ids and the table layouts of
 * `dir` against `previousDir` (null: the first version, where every quote is added). Streams
 * both quotes.jsonl files: memory holds a short fingerprint per previous quote and the records of
 * the quotes that changed, never a whole release (a 1 GB corpus gives a ~500 MB quotes.jsonl,
 * near the longest string V8 can hold, 512 Mi characters).
 */
const DATASET_DERIVED = new Set(['group_id', 'speaker_id'])

export function diffReleases(previousDir: string | null, previousVersion: string | null, dir: string, version: string, tables: readonly ReleaseTable[]): ReleaseChanges {
  const beforeFile = previousDir === null ? null : path.join(previousDir, 'quotes.jsonl')
  const afterFile = path.join(dir, 'quotes.jsonl')
  // Pass 1: the previous version's quotes as id → fingerprint of the fields that count.
  const before = new Map<string, string>()
  if (beforeFile !== null) forEachRecord(beforeFile, (r) => before.set(String(r.quote_id), fingerprint(r)))
  // Pass 2: this version's quotes against them.
  const added: string[] = []
  const changedIds = new Set<string>()
  forEachRecord(afterFile, (r) => {
    const id = String(r.quote_id)
    const old = before.get(id)
    if (old === undefined) {
      added.push(id)
      return
    }
    if (old !== fingerprint(r)) changedIds.add(id)
    before.delete(id)
  })
  const removed = [...before.keys()]
  before.clear()
  // Pass 3, only for quotes that changed: both records, field by field.
  const changed: ReleaseChanges['changed'] = []
  if (changedIds.size > 0 && beforeFile !== null) {
    const olds = new Map<string, Record<string, unknown>>()
    forEachRecord(beforeFile, (r) => {
      if (changedIds.has(String(r.quote_id))) olds.set(String(r.quote_id), r)
    })
    forEachRecord(afterFile, (now) => {
      const id = String(now.quote_id)
      const old = olds.get(id)
      if (old === undefined) return
      const changes: Record<string, [unknown, unknown]> = {}
      for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
        // group_id and speaker_id are derived from the whole dataset: a new report joining a group
        // re-derives them for every member. They are not corrections to the quote.
        if (DATASET_DERIVED.has(key)) continue
        if (JSON.stringify(old[key] ?? null) !== JSON.stringify(now[key] ?? null)) changes[key] = [old[key] ?? null, now[key] ?? null]
      }
      if (Object.keys(changes).length > 0) changed.push({ quote_id: id, changes })
    })
  }
  added.sort(compareCodeUnits)
  removed.sort(compareCodeUnits)
  changed.sort((a, b) => compareCodeUnits(a.quote_id, b.quote_id))
  const articlesBefore = previousDir === null ? new Set<string>() : recordIds(path.join(previousDir, 'articles.jsonl'), 'article_id')
  const articlesAfter = recordIds(path.join(dir, 'articles.jsonl'), 'article_id')
  const schemaChanges = previousDir === null ? [] : compareLayouts(previousDir, tables)
  const summary = {
    quotes_added: added.length,
    quotes_removed: removed.length,
    quotes_changed: changed.length,
    articles_added: [...articlesAfter].filter((a) => !articlesBefore.has(a)).length,
    articles_removed: [...articlesBefore].filter((a) => !articlesAfter.has(a)).length,
    schema_changed: schemaChanges.length > 0,
    bump: null as Bump | null,
  }
  summary.bump = previousDir === null ? null : policyBump(summary)
  return { version, previous_version: previousVersion, summary, schema_changes: schemaChanges, added, removed, changed }
}

/**
 * A record's counted fields, as a 64-bit hex hash of their JSON in key order: two records have
 * the same fingerprint exactly when no field but group_id/speaker_id differs (a missing field
 * and null are the same, as the field comparison has it).
 */
function fingerprint(record: Record<string, unknown>): string {
  const hash = createHash('sha256')
  for (const key of Object.keys(record).sort(compareCodeUnits)) {
    const value = record[key]
    if (DATASET_DERIVED.has(key) || value === null || value === undefined) continue
    hash.update(JSON.stringify(key)).update(':').update(JSON.stringify(value)).update(',')
  }
  return hash.digest('hex').slice(0, 16)
}

/** The versioning policy: layout change → major, new quotes or articles → minor, corrections and removals → patch. */
export function policyBump(s: Omit<ReleaseChanges['summary'], 'bump'>): Bump | null {
  if (s.schema_changed) return 'major'
  if (s.quotes_added > 0 || s.articles_added > 0) return 'minor'
  if (s.quotes_changed > 0 || s.quotes_removed > 0 || s.articles_removed > 0) return 'patch'
  return null
}

/** One line per difference between the previous release's tables and this code's tables. */
function compareLayouts(previousDir: string, tables: readonly ReleaseTable[]): string[] {
  const out: string[] = []
  const before = previousLayouts(previousDir)
  for (const table of tables) {
    const now = tableFields(table).map((f) => `${f.name}:${f.type}`)
    const old = before.get(table.name)
    if (old === undefined) {
      out.push(`table ${table.name} added`)
      continue
    }
    // A layout read from a CSV header has names only; compare names then.
    const typed = old.every((f) => f.includes(':'))
    const nowCmp = typed ? now : now.map((f) => f.slice(0, f.indexOf(':')))
    const found = out.length
    for (const f of old) if (!nowCmp.includes(f)) out.push(`${table.name}: field ${f} removed or retyped`)
    for (const f of nowCmp) if (!old.includes(f)) out.push(`${table.name}: field ${f} added`)
    if (out.length === found && old.join() !== nowCmp.join()) out.push(`${table.name}: fields reordered`)
  }
  for (const name of before.keys()) if (!tables.some((t) => t.name === name)) out.push(`table ${name} removed`)
  return out
}

// Field layouts of a published release: from its datapackage.json, or, for a release made before
// there was one, from each CSV header.
function previousLayouts(dir: string): Map<string, string[]> {
  const layouts = new Map<string, string[]>()
  const descriptorFile = path.join(dir, 'datapackage.json')
  if (existsSync(descriptorFile)) {
    const descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8')) as { resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string; type?: string }> } }> }
    for (const r of descriptor.resources) {
      const table = r.path.replace(/\.(csv|jsonl)$/, '')
      if (!layouts.has(table) && r.schema) layouts.set(table, r.schema.fields.map((f) => `${f.name}:${f.type ?? 'string'}`))
    }
    return layouts
  }
  for (const name of ['quotes', 'articles']) {
    const csv = path.join(dir, `${name}.csv`)
    if (!existsSync(csv)) continue
    const header = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
    layouts.set(name, header.split(','))
  }
  return layouts
}

function recordIds(file: string, key: string): Set<string> {
  const out = new Set<string>()
  if (existsSync(file)) forEachRecord(file, (r) => out.add(String(r[key])))
  return out
}

/** Calls `each` with every record of a JSONL file, read in 1 MiB steps (no whole-file string). */
function forEachRecord(file: string, each: (record: Record<string, unknown>) => void): void {
  if (!existsSync(file)) return
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1 << 20)
    const decoder = new StringDecoder('utf8')
    let rest = ''
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split('\n')
      rest = lines.pop()!
      for (const line of lines) if (line) each(JSON.parse(line) as Record<string, unknown>)
    }
    rest += decoder.end()
    if (rest) each(JSON.parse(rest) as Record<string, unknown>)
  } finally {
    closeSync(fd)
  }
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
