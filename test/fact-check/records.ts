import type { ArticleRecord, QuoteRecord } from '../../pipeline/types.generated.ts'
import { stableId } from '../../pipeline/records/stable-id.ts'

/** A synthetic quote record: only quote, speaker, article and role matter to the fact-check layer. */
export function makeQuote(article: string, quote: string, speaker: string | null, role: string | null = null): QuoteRecord {
  return {
    quote_id: stableId('q', [article, quote, speaker ?? '']),
    article_id: articleId(article),
    source_file: `${article}.txt`,
    start: 0,
    end: quote.length,
    quote,
    speaker,
    speaker_role: role,
    cue: 'said',
    kind: 'full',
    continues: false,
    attribution: speaker === null ? 'none' : 'explicit',
    segments: [[0, quote.length]],
    line: 1,
    column: 1,
    sentence_start: 0,
    sentence_end: quote.length,
    flags: [],
  }
}

export function makeArticle(article: string, outlet: string | null = null): ArticleRecord {
  return {
    article_id: articleId(article),
    source_file: `${article}.txt`,
    article_index: 0,
    title: null,
    start: 0,
    end: 1,
    line: 1,
    paragraph_count: 1,
    quote_count: 0,
    outlet,
    author: null,
    url: null,
    published: null,
  }
}

export function articleId(article: string): string {
  return stableId('a', [article])
}
