import type { ArticleRecord, FileMetadata, QuoteRecord } from '../types.generated.ts'
import type { ArticleContext } from '../extract-quotes/article-context.ts'
import type { AttributedQuote } from '../attribute-speaker/attribute-speakers.ts'
import { stableId } from './stable-id.ts'

const FLAG_ORDER = ['unclosed', 'mismatched_marks', 'multi_paragraph', 'nested', 'headline'] as const

/**
 * Turns one article's attributed quotes into dataset records: ids, code-point offsets, the
 * enclosing sentences, and the article record with its metadata. Offsets are converted from
 * UTF-16 to code points here and nowhere else.
 */
export function buildRecords(
  ctx: ArticleContext,
  quotes: readonly AttributedQuote[],
  metadata: FileMetadata,
  /** The record's line (JSONL) or row (CSV) when one input file holds many articles; null for .txt. */
  inputLine: number | null = null,
): { article: ArticleRecord; quotes: QuoteRecord[] } {
  const { source, article } = ctx
  const cp = (i: number) => source.codePointOffset(i)
  const articleText = source.text.slice(article.start, article.end)
  // Two records of one export may carry the same text: their line keeps the ids apart.
  const articleId = stableId('a', inputLine === null ? [source.sourceFile, articleText, article.index] : [source.sourceFile, inputLine, articleText, article.index])
  const seen = new Map<string, number>()
  const records: QuoteRecord[] = quotes.map((q) => {
    const { draft } = q
    const occurrence = seen.get(q.text) ?? 0
    seen.set(q.text, occurrence + 1)
    const first = draft.segments[0]!
    const last = draft.segments[draft.segments.length - 1]!
    const pos = source.position(first[0])
    const openSentence = ctx.sentenceAt(draft.firstParagraph, draft.openIndex)
    const closeSentence = ctx.sentenceAt(draft.lastParagraph, draft.closeIndex ?? last[1] - 1)
    return {
      quote_id: stableId('q', [articleId, q.text, occurrence]),
      article_id: articleId,
      source_file: source.sourceFile,
      start: cp(first[0]),
      end: cp(last[1]),
      quote: q.text,
      speaker: q.speaker,
      speaker_role: q.role,
      cue: q.cue,
      kind: q.kind,
      continues: q.continues,
      attribution: q.method,
      segments: draft.segments.map(([s, e]) => [cp(s), cp(e)] as [number, number]) as QuoteRecord['segments'],
      line: pos.line,
      column: pos.column,
      sentence_start: cp(Math.min(openSentence.start, draft.openIndex)),
      sentence_end: cp(Math.max(closeSentence.end, last[1])),
      flags: FLAG_ORDER.filter((f) => draft.flags.has(f)),
    }
  })
  const titleText = article.title ? source.text.slice(article.title.start, article.title.end) : null
  const articleRecord: ArticleRecord = {
    article_id: articleId,
    source_file: source.sourceFile,
    article_index: article.index,
    title: article.index === 0 && metadata.title ? metadata.title : titleText,
    start: cp(article.start),
    end: cp(article.end),
    line: source.position(article.start).line,
    paragraph_count: article.paragraphs.filter((p) => p.role === 'body').length,
    quote_count: records.length,
    outlet: metadata.outlet ?? null,
    author: metadata.author ?? null,
    url: metadata.url ?? null,
    published: metadata.published ?? null,
    input_line: inputLine,
  }
  return { article: articleRecord, quotes: records }
}
