import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileDigest } from './read-chunks.ts'
import type { DatasetConfig } from '../types.generated.ts'
import { SCHEMA_DIR } from '../validate/schemas.ts'
import type { ReleaseTable } from './release-tables.ts'
import { checkDatapackage } from './datapackage-profile.ts'

/** A Table Schema field as datapackage.json writes it. */
export interface TableField {
  name: string
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any'
  description?: string
  constraints?: Record<string, unknown>
}

export interface DataResource {
  name: string
  type: 'table'
  path: string
  title: string
  description: string
  format: 'csv' | 'jsonl'
  mediatype: string
  encoding: 'utf-8'
  bytes: number
  hash: string
  dialect?: Record<string, unknown>
  schema: { fields: TableField[]; missingValues?: string[]; primaryKey?: string[]; foreignKeys?: ReleaseTable['foreignKeys'] }
}

export interface Datapackage {
  $schema: string
  name: string
  title: string
  description?: string
  homepage?: string
  version: string
  created: string
  licenses: Array<{ name: string; path?: string; title?: string }>
  sources: Array<{ title: string }>
  resources: DataResource[]
}

/** What the CSV edition's cells mean; repeated in each CSV resource's description. */
export const CSV_NEUTRALISATION =
  "Text cells that start with = + - @ tab, CR, LF or ' carry one extra leading ' so no spreadsheet runs them as a formula; drop the first character of any cell that starts with ' to get the exact value (the JSONL file has it as is)."

/**
 * The release's Frictionless Data Package v2 descriptor: one CSV and one JSONL resource per
 * table (JSONL only for non-CSV tables), each with bytes, a sha256 hash and a Table Schema made
 * from the table's JSON Schema. Throws if the result does not pass the v2 profile: that is a bug
 * here, not bad input.
 */
export function buildDatapackage(dir: string, tables: readonly ReleaseTable[], config: DatasetConfig, version: string, created: string): Datapackage {
  const resources: DataResource[] = []
  for (const table of tables) {
    const fields = tableFields(table)
    const keys = {
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    }
    if (table.csv) {
      resources.push({
        name: table.name,
        type: 'table',
        path: `${table.name}.csv`,
        title: `${table.title} (spreadsheet edition)`,
        description: `${table.description} UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting; arrays as JSON text, null as an empty cell. ${CSV_NEUTRALISATION}`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        ...sizeAndHash(path.join(dir, `${table.name}.csv`)),
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: { fields, missingValues: [''], ...keys },
      })
    }
    resources.push({
      name: table.csv ? `${table.name}-jsonl` : table.name,
      type: 'table',
      path: `${table.name}.jsonl`,
      title: table.csv ? `${table.title} (exact JSON Lines)` : table.title,
      description: `${table.description} One JSON object per line, keys in field order; the exact, lossless form.`,
      format: 'jsonl',
      mediatype: 'application/jsonl',
      encoding: 'utf-8',
      ...sizeAndHash(path.join(dir, `${table.name}.jsonl`)),
      // A foreign key names a resource; the JSONL twin points at the other table's JSONL twin.
      schema: {
        fields,
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys.map((fk) => ({ ...fk, reference: { ...fk.reference, resource: jsonlName(tables, fk.reference.resource) } })) } : {}),
      },
    })
  }
  const descriptor: Datapackage = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: config.name,
    title: config.title,
    ...(config.description === undefined ? {} : { description: config.description }),
    ...(config.homepage === undefined ? {} : { homepage: config.homepage }),
    version,
    created,
    licenses: [config.license],
    sources: [{ title: 'News articles; each record names its input file (source_file), and articles.csv gives outlet, author, url and date where known' }],
    resources,
  }
  const problems = checkDatapackage(descriptor)
  if (problems.length > 0) throw new Error(`datapackage.json does not pass the Data Package v2 profile: ${problems.join('; ')}`)
  return descriptor
}

/** Table Schema fields from a JSON Schema's properties, in column order. */
export function tableFields(table: ReleaseTable): TableField[] {
  const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, table.schemaFile), 'utf8')) as JsonSchema
  const required = new Set(schema.required ?? [])
  return Object.entries(schema.properties).map(([name, prop]) => {
    const types = (Array.isArray(prop.type) ? prop.type : [prop.type]).filter((t) => t !== 'null')
    const nullable = Array.isArray(prop.type) && prop.type.includes('null')
    const type = types.length === 1 && isFieldType(types[0]) ? types[0] : 'any'
    const constraints: Record<string, unknown> = {}
    if (required.has(name) && !nullable) constraints.required = true
    if (table.primaryKey?.length === 1 && table.primaryKey[0] === name) constraints.unique = true
    // Table Schema patterns are XML Schema regexes: anchored already, and ^ $ are literal there.
    if (type === 'string' && prop.pattern && /^\^[^^$]*\$$/.test(prop.pattern)) constraints.pattern = prop.pattern.slice(1, -1)
    if (type === 'string' && prop.enum) constraints.enum = prop.enum
    if (type === 'integer' && prop.minimum !== undefined) constraints.minimum = prop.minimum
    return {
      name,
      type,
      ...(prop.description === undefined ? {} : { description: prop.description }),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    }
  })
}

interface JsonSchema {
  required?: string[]
  properties: Record<string, { type?: string | string[]; description?: string; pattern?: string; enum?: string[]; minimum?: number }>
}

function isFieldType(t: string | undefined): t is TableField['type'] {
  return t === 'string' || t === 'integer' || t === 'number' || t === 'boolean' || t === 'array' || t === 'object'
}

function jsonlName(tables: readonly ReleaseTable[], name: string): string {
  return tables.find((t) => t.name === name)?.csv ? `${name}-jsonl` : name
}

function sizeAndHash(file: string): { bytes: number; hash: string } {
  const { hex, bytes } = fileDigest(file)
  return { bytes, hash: `sha256:${hex}` }
}
