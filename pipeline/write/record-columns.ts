import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SCHEMA_DIR } from '../validate/schemas.ts'

/**
 * The fixed column (and JSON key) order of each dataset file: the order of the schema's
 * `properties`. Users' scripts depend on it; a change is a major version.
 */
export function recordColumns(schemaFile: string): string[] {
  const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, schemaFile), 'utf8')) as { properties: object }
  return Object.keys(schema.properties)
}

/** Serialises a record as one JSON line with its keys in column order. */
export function toJsonLine(record: object, columns: readonly string[]): string {
  const r = record as Record<string, unknown>
  const ordered: Record<string, unknown> = {}
  for (const c of columns) ordered[c] = r[c]
  return JSON.stringify(ordered) + '\n'
}
