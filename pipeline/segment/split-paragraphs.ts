import type { SourceText } from '../source-text.ts'
import { isSpaceCode } from './char-class.ts'

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
  const len = text.length
  // Lines end at LF, CRLF or a lone CR (the ends themselves left out).
  const lines: { start: number; end: number }[] = []
  let pos = 0
  while (pos < len) {
    let e = pos
    while (e < len) {
      const c = text.charCodeAt(e)
      if (c === 10 || c === 13) break
      e++
    }
    lines.push({ start: pos, end: e })
    if (e >= len) break
    pos = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1
  }
  const blank = lines.map((l) => isBlank(text, l.start, l.end))
  const hardWrapped = looksHardWrapped(text, lines, blank)
  const paragraphs: Paragraph[] = []
  let blockStart = -1
  let blockEnd = -1
  const flush = (blankAfter: boolean) => {
    if (blockStart !== -1) {
      let start = blockStart
      let end = blockEnd
      while (start < end && isSpaceCode(text.charCodeAt(start))) start++
      while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
      if (start < end) paragraphs.push({ start, end, blankAfter })
      blockStart = -1
    }
  }
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    if (blank[k]) {
      flush(true)
      continue
    }
    if (hardWrapped) {
      if (blockStart === -1) blockStart = line.start
      blockEnd = line.end
    } else {
      flush(false)
      blockStart = line.start
      blockEnd = line.end
    }
  }
  flush(true)
  return paragraphs
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false
  return true
}

/** [.!?], an optional closing mark or bracket, then only white space: the line ends a sentence. */
function endsSentence(text: string, start: number, end: number): boolean {
  const from = Math.max(start, end - 3)
  let j = end
  while (j > from && isSpaceCode(text.charCodeAt(j - 1))) j--
  if (j - 1 < from) return false
  const last = text.charCodeAt(j - 1)
  if (last === 0x2e || last === 0x21 || last === 0x3f) return true
  if (j - 2 < from) return false
  if (last === 0x22 || last === 0x27 || last === 0x201d || last === 0x2019 || last === 0x29) {
    const c = text.charCodeAt(j - 2)
    return c === 0x2e || c === 0x21 || c === 0x3f
  }
  return false
}

/**
 * Hard-wrapped text: most non-blank lines sit in blocks of several lines, are at most ~100
 * characters long, and fewer than half of them end a sentence.
 */
function looksHardWrapped(text: string, lines: { start: number; end: number }[], blank: boolean[]): boolean {
  let inBlocks = 0
  let nonBlank = 0
  let short = 0
  let sentenceEnds = 0
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    if (blank[i]) continue
    nonBlank++
    const neighbour = (i > 0 && !blank[i - 1]) || (i + 1 < lines.length && !blank[i + 1])
    if (neighbour) inBlocks++
    const len = l.end - l.start
    if (len <= 100) short++
    if (endsSentence(text, l.start, l.end)) sentenceEnds++
  }
  if (nonBlank < 4) return false
  return inBlocks / nonBlank > 0.6 && short / nonBlank > 0.8 && sentenceEnds / nonBlank < 0.5
}
