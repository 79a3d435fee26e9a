import { performance } from 'node:perf_hooks'
import type { ArticleRecord, QuoteRecord } from '../types.generated.ts'
import { stableId } from '../records/stable-id.ts'
import { buildFactCheckLayer } from './index.ts'
import { mulberry32 } from '../bench/mulberry32.ts'

export interface FactCheckBench {
  quotes: number
  ms: number
  /** Microseconds per quote: flat as n grows when the layer is near-linear. */
  usPerQuote: number
  groups: number
  multiMemberGroups: number
  speakers: number
}

/**
 * Times buildFactCheckLayer on `n` synthetic quotes (a fixed seed, so every run sees the same
 * corpus): quotations of 6-30 words drawn from a skewed 20k-word vocabulary, a third reported
 * two or three times as exact copies, case changes, fragments, a dropped word or an editorial
 * "[The]"; speakers from a pool of people, some surnames misspelt by one letter.
 */
export function benchFactCheck(n: number): FactCheckBench {
  const { articles, quotes } = syntheticCorpus(n)
  const started = performance.now()
  const layer = buildFactCheckLayer(articles, quotes)
  const ms = performance.now() - started
  return {
    quotes: n,
    ms: Math.round(ms),
    usPerQuote: Math.round((ms * 1000) / n),
    groups: layer.groups.length,
    multiMemberGroups: layer.groups.filter((g) => g.size > 1).length,
    speakers: layer.speakers.length,
  }
}

export function syntheticCorpus(n: number): { articles: ArticleRecord[]; quotes: QuoteRecord[] } {
  const random = mulberry32(20170525)
  const pick = (k: number) => Math.floor(random() * k)
  const syllables = ['ka', 'lo', 'mi', 'ter', 'an', 'sol', 'ri', 'bel', 'do', 'va', 'nes', 'tur', 'pe', 'gra', 'os', 'lin']
  const word = (i: number) => {
    let s = ''
    for (let x = i + 16; x > 0; x = Math.floor(x / 16)) s += syllables[x % 16]
    return s
  }
  const vocabulary = Array.from({ length: 20_000 }, (_, i) => word(i))
  // Skewed: a few words are very common, as "the" and "we" are in real quotes.
  const drawWord = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)]!
  const people = Array.from({ length: Math.max(10, Math.floor(n / 20)) }, (_, i) => {
    const name = (w: string) => w[0]!.toUpperCase() + w.slice(1)
    return `${name(word(i % 300))} ${name(word(1000 + i))}`
  })
  const articleCount = Math.max(1, Math.floor(n / 10))
  const articles = Array.from({ length: articleCount }, (_, i) => benchArticle(`bench/${i}.txt`, i % 7 === 0 ? null : `Outlet ${i % 40}`))

  const quotes: QuoteRecord[] = []
  while (quotes.length < n) {
    const words = Array.from({ length: 6 + pick(25) }, drawWord)
    const person = people[pick(people.length)]!
    const reports = random() < 0.66 ? 1 : 2 + pick(2)
    for (let r = 0; r < reports && quotes.length < n; r++) {
      let text = words
      const mutation = r === 0 ? -1 : pick(5)
      if (mutation === 1) text = text.map((w) => w.toUpperCase())
      if (mutation === 2) text = text.slice(Math.min(3, text.length - 5))
      if (mutation === 3) text = text.filter((_, i) => i !== 2)
      if (mutation === 4) text = ['[The]', ...text.slice(1)]
      let speaker = person
      if (random() < 0.05) speaker = speaker.slice(0, -2) + speaker.slice(-1) // one letter dropped
      const article = articles[pick(articleCount)]!
      quotes.push(benchQuote(article, `${text.join(' ')}.`, speaker, quotes.length))
    }
  }
  return { articles, quotes }
}

function benchArticle(sourceFile: string, outlet: string | null): ArticleRecord {
  return {
    article_id: stableId('a', [sourceFile]), source_file: sourceFile, article_index: 0, title: null,
    start: 0, end: 0, line: 1, paragraph_count: 0, quote_count: 0, outlet, author: null, url: null, published: null,
  }
}

function benchQuote(article: ArticleRecord, quote: string, speaker: string, index: number): QuoteRecord {
  return {
    quote_id: stableId('q', [article.source_file, index]), article_id: article.article_id,
    source_file: article.source_file, start: 0, end: quote.length, quote, speaker, speaker_role: null,
    cue: 'said', kind: 'full', continues: false, attribution: 'explicit', segments: [[0, quote.length]],
    line: 1, column: 1, sentence_start: 0, sentence_end: quote.length, flags: [],
  }
}
