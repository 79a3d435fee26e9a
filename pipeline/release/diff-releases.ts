import { existsSync, readFileSync } from 'node:fs'
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
 * `dir` against `previousDir` (null: the first version, where every quote is added). Reads both
 * quotes.jsonl files whole: memory grows with the release.
 */
const DATASET_DERIVED = new Set(['group_id', 'speaker_id'])

export function diffReleases(previousDir: string | null, previousVersion: string | null, dir: string, version: string, tables: readonly ReleaseTable[]): ReleaseChanges {
  const before = previousDir === null ? new Map<string, Record<string, unknown>>() : readById(path.join(previousDir, 'quotes.jsonl'), 'quote_id')
  const after = readById(path.join(dir, 'quotes.jsonl'), 'quote_id')
  const added = [...after.keys()].filter((id) => !before.has(id)).sort(compareCodeUnits)
  const removed = [...before.keys()].filter((id) => !after.has(id)).sort(compareCodeUnits)
  const changed: ReleaseChanges['changed'] = []
  for (const id of [...after.keys()].sort(compareCodeUnits)) {
    const old = before.get(id)
    if (old === undefined) continue
    const now = after.get(id)!
    const changes: Record<string, [unknown, unknown]> = {}
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      // group_id and speaker_id are derived from the whole dataset: a new report joining a group
      // re-derives them for every member. They are not corrections to the quote.
      if (DATASET_DERIVED.has(key)) continue
      if (JSON.stringify(old[key] ?? null) !== JSON.stringify(now[key] ?? null)) changes[key] = [old[key] ?? null, now[key] ?? null]
    }
    if (Object.keys(changes).length > 0) changed.push({ quote_id: id, changes })
  }
  const articlesBefore = previousDir === null ? new Set<string>() : new Set(readById(path.join(previousDir, 'articles.jsonl'), 'article_id').keys())
  const articlesAfter = new Set(readById(path.join(dir, 'articles.jsonl'), 'article_id').keys())
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

function readById(file: string, key: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>()
  if (!existsSync(file)) return out
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue
    const record = JSON.parse(line) as Record<string, unknown>
    out.set(String(record[key]), record)
  }
  return out
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
