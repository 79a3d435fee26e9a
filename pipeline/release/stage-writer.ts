import { createWriteStream, type WriteStream } from 'node:fs'
import path from 'node:path'
import type { ArticleRecord, Diagnostic, QuoteRecord } from '../types.generated.ts'
import { recordColumns, toJsonLine } from '../write/record-columns.ts'

export const QUOTE_COLUMNS = recordColumns('quote.schema.json')
export const ARTICLE_COLUMNS = recordColumns('article.schema.json')
export const DIAGNOSTIC_COLUMNS = recordColumns('diagnostic.schema.json')

/** The stage files phase 1 streams records into, in input order, before the release is finalised. */
export const STAGE_FILES = { quotes: 'stage-quotes.jsonl', articles: 'stage-articles.jsonl', diagnostics: 'stage-diagnostics.jsonl' } as const

export interface StageWriter {
  write(articles: readonly ArticleRecord[], quotes: readonly QuoteRecord[], diagnostics: readonly Diagnostic[]): Promise<void>
  close(): Promise<void>
  abort(): void
}

/** Opens the stage files in `dir` and writes records as they come, honouring back-pressure. */
export function openStageWriter(dir: string): StageWriter {
  const streams = {
    quotes: createWriteStream(path.join(dir, STAGE_FILES.quotes)),
    articles: createWriteStream(path.join(dir, STAGE_FILES.articles)),
    diagnostics: createWriteStream(path.join(dir, STAGE_FILES.diagnostics)),
  }
  const put = (s: WriteStream, chunk: string) =>
    new Promise<void>((resolve, reject) => {
      if (chunk.length === 0) return resolve()
      s.write(chunk, (err) => (err ? reject(err) : resolve()))
    })
  return {
    async write(articles, quotes, diagnostics) {
      await put(streams.quotes, quotes.map((q) => toJsonLine(q, QUOTE_COLUMNS)).join(''))
      await put(streams.articles, articles.map((a) => toJsonLine(a, ARTICLE_COLUMNS)).join(''))
      await put(streams.diagnostics, diagnostics.map((d) => toJsonLine(d, DIAGNOSTIC_COLUMNS)).join(''))
    },
    async close() {
      await Promise.all(
        Object.values(streams).map((s) => new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())))),
      )
    },
    abort() {
      for (const s of Object.values(streams)) s.destroy()
    },
  }
}
