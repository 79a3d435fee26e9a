import { LineCounter, parseDocument, type Document } from 'yaml'
import type { ErrorObject } from 'ajv'

/** A problem in a YAML file, at file:line:column. */
export interface YamlProblem {
  line: number | null
  column: number | null
  message: string
}

/** Parses YAML keeping positions; syntax errors come back with their line and column. */
export function parseYamlWithPositions(text: string): { doc: Document; lineCounter: LineCounter; problems: YamlProblem[] } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const problems = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0]
    return { line: pos?.line ?? null, column: pos?.col ?? null, message: e.message.split('\n')[0]! }
  })
  return { doc, lineCounter, problems }
}

/** Maps ajv errors on a YAML document back to the line and column of the offending node. */
export function locateSchemaErrors(doc: Document, lineCounter: LineCounter, errors: ErrorObject[]): YamlProblem[] {
  return errors.map((e) => {
    const pathParts = e.instancePath
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
    let node = doc.getIn(pathParts, true) as { range?: [number, number, number] } | undefined
    if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
      const parent = (pathParts.length ? doc.getIn(pathParts, true) : doc.contents) as { items?: Array<{ key?: { value?: unknown; range?: [number, number, number] } }> } | null
      const pair = parent?.items?.find((it) => it.key?.value === e.params.additionalProperty)
      if (pair?.key?.range) node = pair.key
    }
    const range = node?.range ?? (doc.contents as { range?: [number, number, number] } | null)?.range
    const pos = range ? lineCounter.linePos(range[0]) : null
    const where = e.instancePath || '(top level)'
    const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : ''
    return { line: pos?.line ?? null, column: pos?.col ?? null, message: `${where} ${e.message ?? 'is invalid'}${extra}` }
  })
}
