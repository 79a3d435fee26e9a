import type { ArticleContext } from './article-context.ts'
import { pairMarks, type QuoteDraft } from './pair-marks.ts'
import { classifyKind, isWholeParagraph } from './classify-kind.ts'

/** A quote kept for the dataset: its draft, its words and its kind. */
export interface ExtractedQuote {
  draft: QuoteDraft
  /** The quoted words; a multi-paragraph quote's paragraphs joined by a single space. */
  text: string
  kind: 'full' | 'partial'
}

/**
 * Finds the direct quotes of one article: pairs the marks, then keeps quotes of someone's words
 * (full or partial) and leaves out scare quotes, names and titles, and single quotes that are
 * part of the quote around them.
 */
export function extractQuotes(ctx: ArticleContext): ExtractedQuote[] {
  const drafts = pairMarks(ctx.source, ctx.article.paragraphs)
  const texts = drafts.map((d) => d.segments.map(([s, e]) => ctx.text.slice(s, e)).join(' '))
  const out: ExtractedQuote[] = []
  drafts.forEach((draft, k) => {
    const text = texts[k]!
    const kind = classifyKind(ctx, draft, text)
    if (kind === 'term' || kind === 'inner') return
    // A headline, subheading or pull quote wholly in quotes.
    if (draft.closeIndex !== null && isWholeParagraph(ctx, draft)) {
      const p = ctx.article.paragraphs[draft.firstParagraph]!
      if (p.role === 'title' || draft.firstParagraph <= 2 || !/[.!?,]["”’']?$/.test(ctx.paragraphText(draft.firstParagraph))) {
        draft.flags.add('headline')
      }
    }
    out.push({ draft, text, kind })
  })
  return out
}
