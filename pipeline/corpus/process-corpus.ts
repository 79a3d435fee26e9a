import type { ArticleRecord, Diagnostic, QuoteRecord } from '../types.generated.ts'
import type { InputFile } from '../ingest/list-input-files.ts'
import { readSource } from '../ingest/read-source.ts'
import { processDocument } from '../process-document.ts'

export interface CorpusOptions {
  maxBytes?: number
}

/** What one input file gave: records, diagnostics, or a refusal. */
export interface FileResult {
  file: InputFile
  articles: ArticleRecord[]
  quotes: QuoteRecord[]
  diagnostics: Diagnostic[]
  refused: string | null
}

/**
 * Runs the per-document pipeline over the corpus and hands each file's result to `sink` in
 * input order, one file at a time, so memory is bounded by the largest file, not the corpus.
 */
export async function processCorpus(
  files: readonly InputFile[],
  options: CorpusOptions,
  sink: (result: FileResult) => Promise<void>,
): Promise<void> {
  for (const file of files) await sink(processFile(file, options))
}

/** Reads, decodes and processes one file; never throws for bad input. */
export function processFile(file: InputFile, options: CorpusOptions): FileResult {
  const read = readSource(file.absPath, file.relPath, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
  if (!read.ok) return { file, articles: [], quotes: [], diagnostics: read.diagnostics, refused: read.reason }
  const result = processDocument({ sourceFile: file.relPath, text: read.text })
  return { file, ...result, diagnostics: [...read.diagnostics, ...result.diagnostics], refused: null }
}
