import { readFileSync } from 'node:fs'
import { SourceText } from '../source-text.ts'
import { segmentArticles } from '../segment/segment-articles.ts'
import { ArticleContext } from '../extract-quotes/article-context.ts'
import { extractQuotes } from '../extract-quotes/extract-quotes.ts'
import { pairMarks } from '../extract-quotes/pair-marks.ts'
const src = new SourceText('x', readFileSync(process.argv[2]!, 'utf8'))
for (const a of segmentArticles(src)) {
  const ctx = new ArticleContext(src, a)
  for (const d of pairMarks(src, a.paragraphs)) console.log('draft', d.openIndex, d.closeIndex, d.depth, [...d.flags], JSON.stringify(src.text.slice(d.segments[0]![0], d.segments[0]![1])))
  for (const q of extractQuotes(ctx)) console.log('quote', q.kind, q.draft.openIndex, JSON.stringify(q.text))
}
