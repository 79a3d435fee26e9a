import { readFileSync } from 'node:fs'
import type { DatasetConfig, Diagnostic } from '../types.generated.ts'
import { validators } from '../validate/schemas.ts'
import { locateSchemaErrors, parseYamlWithPositions } from './yaml-errors.ts'

/**
 * Reads and validates the dataset's YAML config (dataset.yaml). Returns the config, or the
 * problems with file:line:column (YAML syntax, duplicate keys, schema violations).
 */
export function loadConfig(file: string, displayName = file): { config: DatasetConfig | null; diagnostics: Diagnostic[] } {
  const diag = (line: number | null, column: number | null, rule: string, message: string): Diagnostic => ({
    file: displayName,
    line,
    column,
    severity: 'error',
    stage: 'config',
    rule,
    message,
  })
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    return { config: null, diagnostics: [diag(null, null, 'config:unreadable', `Cannot read the dataset config: ${(err as NodeJS.ErrnoException).code ?? String(err)}`)] }
  }
  const { doc, lineCounter, problems } = parseYamlWithPositions(text.replace(/^\uFEFF/, ''))
  if (problems.length > 0) {
    return { config: null, diagnostics: problems.map((p) => diag(p.line, p.column, 'config:yaml-syntax', p.message)) }
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 })
  if (!validators.datasetConfig(data)) {
    const located = locateSchemaErrors(doc, lineCounter, validators.datasetConfig.errors ?? [])
    return { config: null, diagnostics: located.map((p) => diag(p.line, p.column, 'config:schema', p.message)) }
  }
  return { config: data, diagnostics: [] }
}
