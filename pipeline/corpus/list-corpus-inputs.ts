import { statSync } from 'node:fs'
import path from 'node:path'
import { listInputFiles, type ListInputFilesResult } from '../ingest/list-input-files.ts'
import type { InputFormat } from './read-units.ts'

const EXTENSIONS: Record<InputFormat, string[]> = { txt: ['.txt'], jsonl: ['.jsonl', '.ndjson'], csv: ['.csv'] }

/**
 * The input files of a build: a folder read recursively (.txt, .jsonl/.ndjson and .csv, or only
 * the forced format's extensions), or a single file given directly (`--input news.jsonl`), whose
 * relPath is its base name.
 */
export function listCorpusInputs(input: string, format?: InputFormat): ListInputFilesResult {
  let isFile = false
  try {
    isFile = statSync(input).isFile()
  } catch {
    // Not there: listInputFiles reports it.
  }
  if (isFile) return { files: [{ absPath: path.resolve(input), relPath: path.basename(input) }], diagnostics: [] }
  const extensions = format ? EXTENSIONS[format] : [...EXTENSIONS.txt, ...EXTENSIONS.jsonl, ...EXTENSIONS.csv]
  return listInputFiles(input, { extensions })
}
