/** A sentence: [start, end) in UTF-16 indices of the source, trailing white space excluded. */
export interface Sentence {
  start: number
  end: number
}

import { isSpaceCode } from './char-class.ts'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

// Abbreviations after which Intl.Segmenter wrongly breaks when a capital follows:
// "Mr. ¦ Rauf", "Gov. ¦ Jerry", "No. ¦ 10", "Prof. ¦ J. R. R. Tolkien".
const TITLE_ABBREVIATION =
  /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Capt|Cmdr|Sgt|Sen|Rep|Gov|Lt-Gen|Maj|Adm|Supt|Insp|Det|Ch|St|Rev|Fr|Jr|Sr|No|Nos|Vol|Art|Fig|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|vs|v|e\.g|i\.e|etc|approx|Ave|Blvd|Rd|Mt|Ft|Inc|Ltd|Co|Corp|Bros)\.\s*$/
// A dotted initialism ("U.S.", "U.K.") or a single initial ("J.") before a capitalised word
// that is not a common sentence opener: "U.S. ¦ President Donald Trump", "George W. ¦ Bush".
const INITIALISM = /(?:^|[\s(“"‘'])(?:(?:\p{Lu}\.){2,}|\p{Lu}\.)\s*$/u
const SENTENCE_OPENER =
  /^["“‘']?(The|This|That|These|Those|It|Its|He|She|They|We|I|You|In|On|At|But|And|Or|So|Yet|A|An|There|Then|Now|When|While|If|As|After|Before|Since|For|His|Her|Their|Our|My|What|Why|How|Who)\b/

/**
 * Splits one paragraph into sentences with Intl.Segmenter (fed one paragraph at a time: on
 * Node 20 it is quadratic in the length of its input), then glues back the false breaks it makes
 * after titles and initialisms, and after a quoted question followed by its attribution:
 * “Is it over?” ¦ she asked.
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const raw: Sentence[] = []
  // Intl.Segmenter is quadratic in the length of its input on Node 20: a paragraph longer than
  // CHUNK (a 5 MB one-line dump) is fed in chunks cut after a sentence-like end.
  for (let from = start; from < end; ) {
    const to = chunkEnd(text, from, end)
    segmentInto(raw, text, from, to)
    from = to
  }
  const out: Sentence[] = []
  for (const sentence of raw) {
    const prev = out[out.length - 1]
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(sentence.start, sentence.end))) {
      prev.end = sentence.end
    } else {
      out.push({ ...sentence })
    }
  }
  return out
}

function shouldJoin(prev: string, next: string): boolean {
  // Only closing punctuation: the stray ` "` at the end of `partners. "`.
  if (/^[\s"'”’»)\]]+$/.test(next)) return true
  if (TITLE_ABBREVIATION.test(prev)) return true
  if (INITIALISM.test(prev) && /^\p{Lu}/u.test(next) && !SENTENCE_OPENER.test(next)) return true
  // “Is it over?” she asked. / "Now!" he shouted.
  if (/[?!]["”’']\s*$/.test(prev) && /^\p{Ll}/u.test(next)) return true
  return false
}

const CHUNK = 4096

function segmentInto(raw: Sentence[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end)
  // Walking the segments with containing() gives the same segments as iterating, for less.
  const segments = segmenter.segment(slice)
  for (let i = 0; i < slice.length; ) {
    const seg = segments.containing(i)!
    const s = start + seg.index
    const next = seg.index + seg.segment.length
    let e = start + next
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e > s) raw.push({ start: s, end: e })
    i = next
  }
}

/** Where the chunk from `from` ends: `end`, or after the last ". " (else last space) before CHUNK. */
function chunkEnd(text: string, from: number, end: number): number {
  if (end - from <= CHUNK) return end
  const limit = from + CHUNK
  for (let i = limit; i > from + CHUNK / 2; i--) {
    const c = text.charCodeAt(i - 1)
    if (isSpaceCode(c) && /[.!?]/.test(text.charAt(i - 2))) return i
  }
  for (let i = limit; i > from + CHUNK / 2; i--) if (isSpaceCode(text.charCodeAt(i - 1))) return i
  return limit
}
