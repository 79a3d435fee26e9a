import type { ArticleRecord, QuoteRecord } from '../types.generated.ts'
import type { SourceText } from '../source-text.ts'
import { describeErrors, validators } from './schemas.ts'

/**
 * Keeps the records that validate against their JSON Schema and reports each one that does not
 * (file:line:column, rule validate:schema), so a bad record is never written.
 */
export function validateRecords(
  source: SourceText,
  articles: ArticleRecord[],
  quotes: QuoteRecord[],
): { articles: ArticleRecord[]; quotes: QuoteRecord[] } {
  const goodArticles = articles.filter((a) => {
    if (passes(validators.article, a)) return true
    source.diagnostics.push({
      file: source.sourceFile,
      line: a.line >= 1 ? a.line : null,
      column: a.line >= 1 ? 1 : null,
      severity: 'error',
      stage: 'validate',
      rule: 'validate:article-schema',
      message: `Article record ${a.article_id} not written: ${describeErrors(validators.article.errors)}`,
    })
    return false
  })
  const goodQuotes = quotes.filter((q) => {
    if (passes(validators.quote, q)) return true
    source.diagnostics.push({
      file: source.sourceFile,
      line: q.line >= 1 ? q.line : null,
      column: q.column >= 1 ? q.column : null,
      severity: 'error',
      stage: 'validate',
      rule: 'validate:quote-schema',
      message: `Quote record ${q.quote_id} not written: ${describeErrors(validators.quote.errors)}`,
    })
    return false
  })
  return { articles: goodArticles, quotes: goodQuotes }
}

/** Calls a validator without letting its type guard narrow the record to `never` on failure. */
function passes(validate: (data: unknown) => boolean, record: unknown): boolean {
  return validate(record)
}
