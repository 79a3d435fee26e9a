import type { SourceText } from '../source-text.ts'
import type { SegmentedParagraph } from '../segment/segment-articles.ts'
import {
  MARKS,
  MARK_PATTERN,
  isClosingContext,
  isOpeningContext,
  isWordChar,
  type MarkFamily,
} from './quote-marks.ts'
import { isSpaceCode } from '../segment/char-class.ts'

// One global copy of the mark pattern, reset per search (pairMarks is not re-entered).
const MARK_RE = new RegExp(MARK_PATTERN.source, 'g')

const MAX_NESTING = 8

export type QuoteFlag = 'unclosed' | 'mismatched_marks' | 'multi_paragraph' | 'nested' | 'headline'

/** A span between paired marks, before it is classified and attributed. UTF-16 indices. */
export interface QuoteDraft {
  /** [start, end) of the quoted words in each paragraph, marks and edge white space excluded. */
  segments: Array<[number, number]>
  /** Index of the opening mark, and of the closing mark (null when unclosed). */
  openIndex: number
  closeIndex: number | null
  /** Indices into the article's paragraphs, first and last. */
  firstParagraph: number
  lastParagraph: number
  flags: Set<QuoteFlag>
  /** 0 for a top-level quote, 1 for a quote inside it, … */
  depth: number
  /** Position in the returned array of the quote this one is nested in, or null. */
  parent: number | null
}

interface OpenQuote {
  id: number
  family: MarkFamily
  mark: string
  openIndex: number
  contentStart: number
  segments: Array<[number, number]>
  firstParagraph: number
  /** A ’ that may close this quote or be a plural possessive (‘the players’ union’). */
  tentativeClose: number | null
  depth: number
  parentId: number | null
  multi: boolean
}

/**
 * Pairs the quote marks of one article in a single pass that jumps from mark to mark. Handles
 * mixed straight/curly pairs (“…"), apostrophes (don’t, Britain’s, Chiefs’ Council, ’80s),
 * single quotes nested in double ones (and British doubles in singles), quotes split by
 * "he said" (two spans), multi-paragraph quotes (each paragraph reopens, only the last closes:
 * one draft with a segment per paragraph), and unclosed quotes (taken to the paragraph end,
 * with a warning). Never throws on unbalanced input.
 */
export function pairMarks(source: SourceText, paragraphs: readonly SegmentedParagraph[]): QuoteDraft[] {
  const { text } = source
  const drafts: QuoteDraft[] = []
  const draftOfEntry = new Map<number, number>()
  const pendingParents: Array<[number, number | null]> = []
  let nextId = 0
  let carry: OpenQuote | null = null

  const finish = (q: OpenQuote, endAt: number, closeIndex: number | null, pIndex: number, flags: QuoteFlag[]) => {
    const segments = [...q.segments]
    const last = trimRange(text, q.contentStart, endAt)
    if (last) segments.push(last)
    if (segments.length === 0 || !segments.some(([s, e]) => hasWordChar(text, s, e))) return
    const draft: QuoteDraft = {
      segments,
      openIndex: q.openIndex,
      closeIndex,
      firstParagraph: q.firstParagraph,
      lastParagraph: pIndex,
      flags: new Set(flags),
      depth: q.depth,
      parent: null,
    }
    if (q.multi) draft.flags.add('multi_paragraph')
    if (q.depth > 0) draft.flags.add('nested')
    if (closeIndex !== null && isMismatched(q.mark, text[closeIndex]!)) draft.flags.add('mismatched_marks')
    draftOfEntry.set(q.id, drafts.length)
    pendingParents.push([drafts.length, q.parentId])
    drafts.push(draft)
  }

  // The first mark at or after `from` (text.length if none). A search that runs past its paragraph
  // has found the first mark of a later one: it is kept, so the paragraphs without marks in between
  // are not read again from each paragraph before them (quadratic on a long file with one quote
  // at its end). Searches start ever further on, so each stretch of text is read once.
  let ahead = { from: 0, at: -1 }
  const firstMark = (from: number): number => {
    if (from < ahead.from || from > ahead.at) {
      MARK_RE.lastIndex = from
      const m = MARK_RE.exec(text)
      ahead = { from, at: m ? m.index : text.length }
    }
    return ahead.at
  }

  for (let pIndex = 0; pIndex < paragraphs.length; pIndex++) {
    const p = paragraphs[pIndex]!
    const stack: OpenQuote[] = []
    // A resumed quotation's opening mark (one character, or two for '' ‘‘) is skipped.
    const reopenWidth = carry ? (isDoubledSingle(text, p.start) ? 2 : 1) : 0
    if (carry) {
      carry.contentStart = p.start + reopenWidth
      stack.push(carry)
      carry = null
    }
    let width = 1
    for (let i = firstMark(p.start + reopenWidth); i < p.end; i = firstMark(i + width)) {
      // A doubled single mark ('' ‘‘ ’’) is a double quotation mark typed with two keys, as wire
      // copy does: `"Dear Ted,'' Bourdeaux wrote.`
      const doubled = i + 1 < p.end && isDoubledSingle(text, i)
      width = doubled ? 2 : 1
      const ch = doubled ? text.slice(i, i + 2) : text[i]!
      const info = doubled ? { family: 'double' as const, shape: MARKS[text[i]!]!.shape } : MARKS[ch]!
      const prev = i > p.start ? text[i - 1] : undefined
      const next = i + width < p.end ? text[i + width] : undefined

      if (info.family === 'single' && isApostrophe(text, i, prev, next, p.end)) continue

      const top = stack[stack.length - 1]
      const openOfFamily = findOpen(stack, info.family)
      let role = decideRole(ch, info.shape, prev, next, openOfFamily !== -1, i > p.start + 1 ? text[i - 2] : undefined)

      // ’ after a word in -s, before a lower-case word: a closing mark or a plural possessive
      // (‘the players’ union is strong’). Decide when the paragraph shows which. (After another
      // letter it closes: ‘okay’ following the Blues’ draw.)
      if (role === 'close' && info.family === 'single' && isWordChar(prev) && /[sSzZxX]/.test(prev!) && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
        const q = openOfFamily === -1 ? undefined : stack[openOfFamily]
        if (!q) continue
        if (q.tentativeClose === null) {
          q.tentativeClose = i
          continue
        }
      }
      if (role === 'close') {
        if (openOfFamily === -1) {
          if (info.family === 'double') {
            source.report(i, 'info', 'extract-quotes:stray-closing-mark', `Closing \`${ch}\` with no opening mark; ignored`)
          }
          continue
        }
        // Inner quotes still open when an outer one closes were not quotes (or lost their mark).
        while (stack.length - 1 > openOfFamily) {
          const inner = stack.pop()!
          if (inner.tentativeClose !== null) finish(inner, inner.tentativeClose, inner.tentativeClose, pIndex, [])
        }
        const q = stack.pop()!
        finish(q, i, i + width - 1, pIndex, [])
        continue
      }
      if (role === 'open') {
        // “… calling Tory ministers “dodgy”. The public knows …”: a curly double opening inside an
        // open curly double quote nests when two closing marks follow before the next opening one.
        if (top && top.family === info.family && !(info.family === 'double' && info.shape === 'open' && !doubled && closesTwice(text, i + 1, p.end))) {
          // A new opening mark of the same family while one is open: the open one ends here.
          stack.pop()
          if (top.tentativeClose !== null) {
            finish(top, top.tentativeClose, top.tentativeClose, pIndex, [])
          } else {
            source.report(top.openIndex, 'warning', 'extract-quotes:unclosed-quote', `Unclosed \`${top.mark}\`; quote taken to the next opening mark`)
            finish(top, i, null, pIndex, ['unclosed'])
          }
        }
        // Quotes nest a few levels in real copy; thousands of alternating marks must not make
        // every later mark walk a deep stack (linear time on hostile input).
        if (stack.length >= MAX_NESTING) {
          source.report(i, 'info', 'extract-quotes:nesting-too-deep', `\`${ch}\` opens a quote nested more than ${MAX_NESTING} deep; ignored`)
          continue
        }
        const parent = stack[stack.length - 1]
        stack.push({
          id: nextId++,
          family: info.family,
          mark: ch,
          openIndex: i,
          contentStart: i + width,
          segments: [],
          firstParagraph: pIndex,
          tentativeClose: null,
          depth: stack.length,
          parentId: parent ? parent.id : null,
          multi: false,
        })
        continue
      }
      if (info.family === 'double') {
        source.report(i, 'info', 'extract-quotes:stray-mark', `\`${ch}\` neither opens nor closes a quote; ignored`)
      }
    }

    // Paragraph end: close what can be closed, carry a multi-paragraph quote, warn on the rest.
    while (stack.length > 1) {
      const inner = stack.pop()!
      if (inner.tentativeClose !== null) finish(inner, inner.tentativeClose, inner.tentativeClose, pIndex, [])
    }
    const outer = stack.pop()
    if (!outer) continue
    if (outer.tentativeClose !== null) {
      finish(outer, outer.tentativeClose, outer.tentativeClose, pIndex, [])
      continue
    }
    const nextP = paragraphs[pIndex + 1]
    if (nextP && nextP.role !== 'title' && p.role !== 'title' && reopens(text, nextP.start, outer.family)) {
      const seg = trimRange(text, outer.contentStart, p.end)
      if (seg) outer.segments.push(seg)
      outer.multi = true
      carry = outer
      continue
    }
    source.report(outer.openIndex, 'warning', 'extract-quotes:unclosed-quote', `Unclosed \`${outer.mark}\`; quote taken to the end of the paragraph`)
    finish(outer, p.end, null, pIndex, ['unclosed'])
  }
  if (carry) {
    const lastP = paragraphs.length - 1
    source.report(carry.openIndex, 'warning', 'extract-quotes:unclosed-quote', `Unclosed \`${carry.mark}\`; quote taken to the end of the article`)
    finish(carry, carry.contentStart, null, lastP, ['unclosed'])
  }
  // Drafts were made in closing order; hand them back in reading order, parents re-pointed.
  const order = drafts.map((_, k) => k).sort((a, b) => drafts[a]!.openIndex - drafts[b]!.openIndex)
  const newIndex = new Map<number, number>()
  order.forEach((oldIndex, k) => newIndex.set(oldIndex, k))
  for (const [draftIndex, parentId] of pendingParents) {
    const parentDraft = parentId === null ? undefined : draftOfEntry.get(parentId)
    drafts[draftIndex]!.parent = parentDraft === undefined ? null : newIndex.get(parentDraft)!
  }
  return order.map((k) => drafts[k]!)
}

/**
 * Whether two curly closing double marks (”) stand in [from, to) before the next curly opening
 * one (“). Each scan stops at that next opening mark, so the scans of one paragraph do not overlap.
 */
function closesTwice(text: string, from: number, to: number): boolean {
  let closers = 0
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j)
    if (c === 0x201c) return false
    if (c === 0x201d && ++closers === 2) return true
  }
  return false
}

function decideRole(
  ch: string,
  shape: 'open' | 'close' | 'either',
  prev: string | undefined,
  next: string | undefined,
  familyOpen: boolean,
  /** The character before prev (undefined at the paragraph's start). */
  beforePrev?: string,
): 'open' | 'close' | 'none' {
  const nextIsSpace = next === undefined || isSpaceCode(next.charCodeAt(0))
  const prevIsSpace = prev === undefined || isSpaceCode(prev.charCodeAt(0))
  const canOpen = isOpeningContext(prev) && !nextIsSpace
  const canClose = !prevIsSpace && isClosingContext(next)
  if (shape === 'open') {
    // “ misused as a closing mark: `must remain secure.“ `
    if (familyOpen && !canOpen && canClose) return 'close'
    return 'open'
  }
  if (shape === 'close') {
    // ” or ’ misused as an opening mark: ` ”We will win”`
    if (canOpen && !canClose && !(ch === '\u2019' && familyOpen)) return 'open'
    return 'close'
  }
  if (canOpen && !canClose) return 'open'
  if (canClose && !canOpen) return 'close'
  if (canOpen && canClose) return familyOpen ? 'close' : 'open'
  // White space on both sides: a stray space before a closing mark (`partners. "`).
  if (familyOpen && prevIsSpace && (next === undefined || /[\s.,;:!?)]/.test(next))) return 'close'
  // A stray space after an opening mark, behind a colon: `and added: " There must be …"`.
  // (Or at a paragraph's start.)
  if (!familyOpen && next === ' ' && (prev === undefined || (prevIsSpace && beforePrev === ':'))) return 'open'
  return 'none'
}

/**
 * Apostrophe, not a quote mark: Britain’s, don’t, Shi'ite, ’80s, rock ’n’ roll, ’em.
 * (A plural possessive, Chiefs’ Council, is told apart from a closing mark by the caller.)
 */
function isApostrophe(text: string, i: number, prev: string | undefined, next: string | undefined, end: number): boolean {
  if (isWordChar(prev) && isWordChar(next)) return true
  if (!isWordChar(prev)) {
    const ahead = text.slice(i + 1, Math.min(end, i + 7))
    if (/^\d\ds\b/.test(ahead)) return true // ’80s
    if (text[i] === '\u2019' && /^\d\d\b/.test(ahead)) return true // class of ’17
    if (/^(em|tis|twas|cause|til)(?!\p{L})/iu.test(ahead)) return true
    if (/^n[’']\s/.test(ahead)) return true // rock ’n’ roll
  }
  // the n’ of rock ’n’ roll
  if (prev === 'n' && /[’']/.test(text[i - 2] ?? '') && next === ' ') return true
  // A misplaced apostrophe in copy: "You wont' believe", "dont' ".
  if (prev === 't' && next === ' ' && /(?:^|[^\p{L}])(?:wont|dont|cant|didnt|isnt|wasnt|doesnt|couldnt|wouldnt|shouldnt|arent|havent|hasnt|aint)$/iu.test(text.slice(Math.max(0, i - 10), i))) return true
  return false
}

function findOpen(stack: readonly OpenQuote[], family: MarkFamily): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k
  return -1
}

/** True when the paragraph at `start` opens with a mark of the family (a resumed quotation). */
function reopens(text: string, start: number, family: MarkFamily): boolean {
  const info = MARKS[text[start]!]
  const doubled = isDoubledSingle(text, start)
  if (!info || (doubled ? 'double' : info.family) !== family || info.shape === 'close') return false
  return !isSpaceCode((text[start + (doubled ? 2 : 1)] ?? ' ').charCodeAt(0))
}

/** '' ‘‘ ’’ at i: two single marks standing for one double mark. */
function isDoubledSingle(text: string, i: number): boolean {
  const a = text.charCodeAt(i)
  return (a === 0x27 || a === 0x2018 || a === 0x2019) && text.charCodeAt(i + 1) === a
}

const PAIRS: Record<string, string> = {
  '“': '”', '„': '“”', '‟': '”', '«': '»', '‘': '’', '‚': '’‘', '‛': '’', '‹': '›', '"': '"', "'": "'",
  "''": "'", '‘‘': '’',
}

function isMismatched(open: string, close: string): boolean {
  return !(PAIRS[open] ?? '').includes(close)
}

function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--
  return start < end ? [start, end] : null
}

function hasWordChar(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}]/u.test(text.slice(start, end))
}
