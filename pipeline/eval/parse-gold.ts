import type { GoldKind, GoldRecord } from './types.ts'

/**
 * Parses a gold JSONL file (one record a line, GUIDELINE.md fields) into records.
 * Throws on a malformed line, naming its line number: a gold file with a broken record
 * would silently change every figure computed from it.
 */
export function parseGold(jsonl: string, source = 'gold'): GoldRecord[] {
  const records: GoldRecord[] = []
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const where = `${source}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new Error(`${where}: not JSON (${(error as Error).message})`)
    }
    records.push(checkRecord(value, where))
  })
  return records
}

const KINDS: readonly GoldKind[] = ['full', 'partial', 'term']

function checkRecord(value: unknown, where: string): GoldRecord {
  if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`)
  const r = value as Record<string, unknown>
  const fail = (field: string, want: string): never => {
    throw new Error(`${where}: field "${field}" must be ${want}, got ${JSON.stringify(r[field])}`)
  }
  if (typeof r.doc !== 'string' || r.doc === '') fail('doc', 'a file name')
  if (!Number.isInteger(r.start) || (r.start as number) < 0) fail('start', 'a non-negative integer')
  if (!Number.isInteger(r.end) || (r.end as number) < (r.start as number)) fail('end', 'an integer >= start')
  if (typeof r.text !== 'string') fail('text', 'a string')
  if (!KINDS.includes(r.kind as GoldKind)) fail('kind', KINDS.join(' | '))
  if (r.speaker !== null && typeof r.speaker !== 'string') fail('speaker', 'a string or null')
  const aliases = r.aliases ?? []
  if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) fail('aliases', 'a list of strings')
  return {
    doc: r.doc as string,
    start: r.start as number,
    end: r.end as number,
    text: r.text as string,
    kind: r.kind as GoldKind,
    speaker: r.speaker as string | null,
    aliases: aliases as string[],
    continues: r.continues === true,
    note: typeof r.note === 'string' ? r.note : null,
  }
}
