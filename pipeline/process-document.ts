import type { ArticleRecord, Diagnostic, FileMetadata, QuoteRecord } from './types.generated.ts'
import { SourceText } from './source-text.ts'
import { segmentArticles } from './segment/segment-articles.ts'
import { ArticleContext } from './extract-quotes/article-context.ts'
import { extractQuotes } from './extract-quotes/extract-quotes.ts'
import { attributeSpeakers } from './attribute-speaker/attribute-speakers.ts'
import { buildRecords } from './records/build-records.ts'
import { validateRecords } from './validate/validate-records.ts'

export interface DocumentInput {
  /** Path relative to the input folder, '/'-separated. */
  sourceFile: string
  /** The decoded text: BOM removed, nothing else changed. */
  text: string
  metadata?: FileMetadata
  /** 1-based line (JSONL) or row (CSV) of the record in its input file. */
  inputLine?: number
}

export interface DocumentResult {
  articles: ArticleRecord[]
  quotes: QuoteRecord[]
  diagnostics: Diagnostic[]
}

/**
 * The pipeline for one document, as a list of pure stages:
 * segment → extract quotes → attribute speakers → build records → validate.
 * Warnings travel on the SourceText; nothing here throws on odd text.
 */
export function processDocument(input: DocumentInput): DocumentResult {
  const source = new SourceText(input.sourceFile, input.text)
  const articles: ArticleRecord[] = []
  const quotes: QuoteRecord[] = []
  for (const article of segmentArticles(source)) {
    const ctx = new ArticleContext(source, article)
    const extracted = extractQuotes(ctx)
    const attributed = attributeSpeakers(ctx, extracted)
    const built = buildRecords(ctx, attributed, input.metadata ?? {}, input.inputLine ?? null)
    articles.push(built.article)
    quotes.push(...built.quotes)
  }
  const valid = validateRecords(source, articles, quotes)
  return { ...valid, diagnostics: source.diagnostics }
}
