import { readFileSync } from 'node:fs'
import { SourceText } from '../source-text.ts'
import { segmentArticles } from '../segment/segment-articles.ts'
import { ArticleContext } from '../extract-quotes/article-context.ts'
import { extractQuotes } from '../extract-quotes/extract-quotes.ts'
import { buildPersonIndex } from '../attribute-speaker/person-index.ts'
import { guessGender } from '../attribute-speaker/first-names.ts'
const src = new SourceText('x', readFileSync(process.argv[2]!, 'utf8'))
for (const a of segmentArticles(src)) {
  const ctx = new ArticleContext(src, a)
  const qs = extractQuotes(ctx)
  const idx = buildPersonIndex(ctx, qs.map((q: any) => [q.start ?? q.draft?.openIndex, q.end ?? q.draft?.closeIndex]))
  console.log(idx.people, idx.mentions.map(m => [m.person.name, m.index, m.subject, m.weak]))
}
console.log(guessGender('Darren Murphy'))
