import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { mulberry32 } from './mulberry32.ts'

export interface MakeCorpusOptions {
  /** Folder of seed articles (.txt) whose paragraphs are mixed into the synthetic articles. */
  seedDir: string
  outDir: string
  /** Target size of the corpus in bytes (UTF-8). */
  bytes: number
  /** PRNG seed: the same seed, size and seeds give byte-identical corpora. */
  seed?: number
  /** 'txt': one article a file, 1,000 files a folder; 'jsonl': one article a line, one file. */
  format?: 'txt' | 'jsonl'
}

export interface MadeCorpus {
  dir: string
  files: number
  articles: number
  bytes: number
}

/**
 * Writes a deterministic synthetic news corpus: each article is a headline plus seed paragraphs
 * drawn by a seeded PRNG (mulberry32) until a length drawn around 7 KB, the size that gives
 * ~14,000 articles per 100 MB. Quote-bearing paragraphs keep their marks, so the extractor does
 * real work; paragraphs drawn out of context give the odd unclosed quote, as crawls do.
 */
export function makeCorpus(options: MakeCorpusOptions): MadeCorpus {
  const random = mulberry32(options.seed ?? 0x5eed)
  const paragraphs = seedParagraphs(options.seedDir)
  const headlines = paragraphs.filter((p) => p.length >= 30 && p.length <= 120 && !/[.!?]["”’]?$/.test(p))
  const format = options.format ?? 'txt'
  mkdirSync(options.outDir, { recursive: true })
  let bytes = 0
  let articles = 0
  const jsonl: string[] = []
  let jsonlFile = 0
  const flushJsonl = () => {
    if (jsonl.length === 0) return
    writeFileSync(path.join(options.outDir, `part-${String(jsonlFile++).padStart(4, '0')}.jsonl`), jsonl.join(''))
    jsonl.length = 0
  }
  while (bytes < options.bytes) {
    // Article lengths: 1.8–21 KB, skewed towards the short end like real news.
    const target = 1800 + Math.floor(19000 * random() * random())
    const title = headlines[Math.floor(random() * headlines.length)] ?? 'Untitled'
    const body: string[] = []
    let length = title.length
    while (length < target) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)]!
      body.push(p)
      length += p.length + 2
    }
    const text = `${title}\n\n${body.join('\n\n')}\n`
    const id = `art-${String(articles).padStart(8, '0')}`
    if (format === 'txt') {
      const dir = path.join(options.outDir, String(Math.floor(articles / 1000)).padStart(4, '0'))
      if (articles % 1000 === 0) mkdirSync(dir, { recursive: true })
      writeFileSync(path.join(dir, `${id}.txt`), text)
      bytes += Buffer.byteLength(text)
    } else {
      const line = JSON.stringify({ id, title, text, outlet: 'Synthetic Times', published: '2017-05-25' }) + '\n'
      jsonl.push(line)
      bytes += Buffer.byteLength(line)
      if (jsonl.length >= 10_000) flushJsonl()
    }
    articles++
  }
  flushJsonl()
  return { dir: options.outDir, files: format === 'txt' ? articles : jsonlFile, articles, bytes }
}

/** Non-empty lines of the seed articles: each is a paragraph in their one-paragraph-a-line shape. */
function seedParagraphs(seedDir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort()) {
    for (const line of readFileSync(path.join(seedDir, name), 'utf8').split(/\r?\n/)) {
      const p = line.trim()
      if (p.length > 0) out.push(p)
    }
  }
  if (out.length === 0) throw new Error(`No seed paragraphs in ${seedDir}`)
  return out
}
