import { readFileSync, statSync } from 'node:fs'
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { ErrorObject } from 'ajv'
import type { Diagnostic, FileMetadata } from '../types.generated.ts'
import { validators } from '../validate/schemas.ts'
import { METADATA_SUFFIX } from './list-input-files.ts'

export interface ReadMetadataResult {
  /** The validated metadata; undefined when there is no sidecar or it is invalid. */
  metadata: FileMetadata | undefined
  /** Relative path of the sidecar looked for, '/'-separated. */
  metadataPath: string
  diagnostics: Diagnostic[]
}

/** A metadata file is a few lines; anything bigger is not one. */
const MAX_METADATA_BYTES = 1024 * 1024

/**
 * Reads the optional `<name>.meta.yaml` beside an input file (`story.txt` → `story.meta.yaml`)
 * and validates it against schema/file-metadata.schema.json. No sidecar: `metadata` undefined and
 * no diagnostics. A sidecar that cannot be read, is not YAML, or breaks the schema is reported
 * as an error with file:line:column and ignored as a whole (the text is still built, without
 * metadata): a half-valid record would mix checked and unchecked fields.
 */
export function readMetadata(absPath: string, relPath: string): ReadMetadataResult {
  const metaAbs = sidecarPath(absPath)
  const metadataPath = sidecarPath(relPath)
  const diagnostics: Diagnostic[] = []
  const none = { metadata: undefined, metadataPath, diagnostics }
  const report = (rule: string, message: string, at: { line: number; column: number } | null = null, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file: metadataPath, line: at?.line ?? null, column: at?.column ?? null, severity, stage: 'ingest', rule, message })

  let source: string
  try {
    const stat = statSync(metaAbs)
    if (!stat.isFile()) {
      report('ingest:invalid-metadata', 'Metadata ignored: not a regular file')
      return none
    }
    if (stat.size > MAX_METADATA_BYTES) {
      report('ingest:invalid-metadata', `Metadata ignored: ${stat.size} bytes, over the ${MAX_METADATA_BYTES}-byte limit for a metadata file`)
      return none
    }
    source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(metaAbs))
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return none
    if (err instanceof TypeError) report('ingest:invalid-metadata', 'Metadata ignored: not valid UTF-8')
    else report('ingest:unreadable-metadata', `Metadata ignored: cannot be read (${errorCode(err)})`)
    return none
  }

  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, prettyErrors: false })
  const at = (offset: number) => position(source, lineCounter, offset)
  for (const warning of doc.warnings) report('ingest:metadata-yaml', `Metadata: ${firstLine(warning.message)}`, at(warning.pos[0]), 'warning')
  if (doc.errors.length > 0) {
    for (const error of doc.errors) report('ingest:metadata-yaml', `Metadata ignored: ${firstLine(error.message)}`, at(error.pos[0]))
    return none
  }
  let value: unknown
  try {
    // maxAliasCount keeps a "billion laughs" file from expanding without bound.
    value = doc.toJS({ maxAliasCount: 50 }) ?? {}
  } catch (err) {
    report('ingest:metadata-yaml', `Metadata ignored: ${firstLine(err instanceof Error ? err.message : String(err))}`, at(0))
    return none
  }
  if (!validators.fileMetadata(value)) {
    const found = (validators.fileMetadata.errors ?? []).map((error) => ({ error, pos: at(errorOffset(doc, error)) }))
    found.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column)
    for (const { error, pos } of found) report('ingest:invalid-metadata', `Metadata ignored: ${describe(error)}`, pos)
    return none
  }
  return { metadata: value, metadataPath, diagnostics }
}

/** `dir/story.txt` → `dir/story.meta.yaml`; a name with no extension gets the suffix added. */
export function sidecarPath(inputPath: string): string {
  const slash = Math.max(inputPath.lastIndexOf('/'), inputPath.lastIndexOf('\\'))
  const dot = inputPath.lastIndexOf('.')
  const stem = dot > slash + 1 ? inputPath.slice(0, dot) : inputPath
  return stem + METADATA_SUFFIX
}

/** Where in the YAML an ajv error points: the offending key for an unknown property, else the value. */
function errorOffset(doc: Document, error: ErrorObject): number {
  const pathParts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  const node = pathParts.length === 0 ? doc.contents : (doc.getIn(pathParts, true) as Node | undefined)
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty
  if (typeof extra === 'string' && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === extra)
    if (pair && isScalar(pair.key) && pair.key.range) return pair.key.range[0]
  }
  return node?.range?.[0] ?? 0
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1) : 'the file'
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty
  if (typeof extra === 'string') return `unknown field \`${extra}\` (allowed: title, outlet, author, url, published)`
  if (error.keyword === 'pattern' && where === 'published') return 'published must be an ISO 8601 date or date-time, e.g. "2019-11-12"'
  return `${where} ${error.message ?? 'is invalid'}`
}

/** 1-based line and code-point column of a UTF-16 offset in the YAML source. */
function position(source: string, lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line } = lineCounter.linePos(offset)
  const lineStart = lineCounter.lineStarts[Math.max(line, 1) - 1] ?? 0
  return { line: Math.max(line, 1), column: [...source.slice(lineStart, offset)].length + 1 }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.trim()
}

function errorCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : String(err)
}
