import type { SourceText } from '../source-text.ts'

/** A paragraph: a [start, end) range of the source in UTF-16 indices, white space trimmed. */
export interface Paragraph {
  start: number
  end: number
  /** Set when the paragraph is followed by a blank line (or is the last); used for captions. */
  blankAfter: boolean
}

/**
 * Splits a file into paragraphs without copying or changing the text. News text comes in two
 * shapes: one paragraph per line (scraped pages: every line is a paragraph, and blank lines may or
 * may not separate them), or hard-wrapped paragraphs separated by blank lines (wire copy, e-mail):
 * `…the minister said the plan was\n"a disgrace," adding…`. The second shape is recognised by its
 * short, even lines that mostly do not end a sentence; there a block of lines is one paragraph.
 */
export function splitParagraphs(source: SourceText): Paragraph[] {
  const { text } = source
  const lines: { start: number; end: number }[] = []
  const re = /[^\r\n]*(?:\r\n?|\n|$)/y
  let pos = 0
  while (pos < text.length) {
    re.lastIndex = pos
    const m = re.exec(text)
    if (!m || m[0].length === 0) break
    const lineText = m[0].replace(/[\r\n]+$/, '')
    lines.push({ start: pos, end: pos + lineText.length })
    pos += m[0].length
  }
  const hardWrapped = looksHardWrapped(text, lines)
  const paragraphs: Paragraph[] = []
  let block: { start: number; end: number } | null = null
  const flush = (blankAfter: boolean) => {
    if (block) {
      const trimmed = trim(text, block.start, block.end)
      if (trimmed) paragraphs.push({ ...trimmed, blankAfter })
      block = null
    }
  }
  for (const line of lines) {
    const blank = isBlank(text, line.start, line.end)
    if (blank) {
      flush(true)
      continue
    }
    if (hardWrapped) {
      block = block ? { start: block.start, end: line.end } : { ...line }
    } else {
      flush(false)
      block = { ...line }
    }
  }
  flush(true)
  return paragraphs
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!/\s/.test(text[i]!)) return false
  return true
}

function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return start < end ? { start, end } : null
}

/**
 * Hard-wrapped text: most non-blank lines sit in blocks of several lines, are at most ~100
 * characters long, and fewer than half of them end a sentence.
 */
function looksHardWrapped(text: string, lines: { start: number; end: number }[]): boolean {
  let inBlocks = 0
  let nonBlank = 0
  let short = 0
  let sentenceEnds = 0
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (isBlank(text, l.start, l.end)) continue
    nonBlank++
    const prev = lines[i - 1]
    const next = lines[i + 1]
    const neighbour =
      (prev && !isBlank(text, prev.start, prev.end)) || (next && !isBlank(text, next.start, next.end))
    if (neighbour) inBlocks++
    const len = l.end - l.start
    if (len <= 100) short++
    if (/[.!?]["'”’)]?\s*$/.test(text.slice(Math.max(l.start, l.end - 3), l.end))) sentenceEnds++
  }
  if (nonBlank < 4) return false
  return inBlocks / nonBlank > 0.6 && short / nonBlank > 0.8 && sentenceEnds / nonBlank < 0.5
}
