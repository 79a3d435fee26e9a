import type { SourceText } from '../source-text.ts'
import type { Article } from '../segment/segment-articles.ts'
import { splitSentences, type Sentence } from '../segment/split-sentences.ts'

/**
 * An article with lazily split sentences: sentences are only computed for the paragraphs a
 * stage asks about (those with quote marks and their neighbours), never for the whole text.
 */
export class ArticleContext {
  private readonly sentenceCache = new Map<number, Sentence[]>()

  constructor(
    readonly source: SourceText,
    readonly article: Article,
  ) {}

  get text(): string {
    return this.source.text
  }

  paragraphText(pIndex: number): string {
    const p = this.article.paragraphs[pIndex]!
    return this.source.text.slice(p.start, p.end)
  }

  sentences(pIndex: number): Sentence[] {
    let s = this.sentenceCache.get(pIndex)
    if (!s) {
      const p = this.article.paragraphs[pIndex]!
      s = splitSentences(this.source.text, p.start, p.end)
      this.sentenceCache.set(pIndex, s)
    }
    return s
  }

  /** The sentence of paragraph pIndex that holds UTF-16 index i (the nearest one if none does). */
  sentenceAt(pIndex: number, i: number): Sentence {
    const all = this.sentences(pIndex)
    return all[this.sentenceIndexAt(pIndex, i)] ?? all[all.length - 1] ?? { start: i, end: i }
  }

  /**
   * The index in sentences(pIndex) of the first sentence ending after i (its length if none
   * does): a binary search, as a paragraph may hold thousands.
   */
  sentenceIndexAt(pIndex: number, i: number): number {
    const all = this.sentences(pIndex)
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid]!.end <= i) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
