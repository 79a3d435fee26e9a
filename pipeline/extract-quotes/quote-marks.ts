import { L, N, classAt } from '../segment/char-class.ts'

/**
 * The quotation marks of news copy and how each one can act. Straight marks act by what flanks
 * them; curly and angle marks by their shape (with repairs for misused shapes in pair-marks.ts).
 */
export type MarkFamily = 'double' | 'single'

export interface MarkInfo {
  family: MarkFamily
  /** 'open' or 'close' by shape; 'either' for straight marks. */
  shape: 'open' | 'close' | 'either'
}

export const MARKS: Readonly<Record<string, MarkInfo>> = {
  '"': { family: 'double', shape: 'either' },
  '\u201C': { family: 'double', shape: 'open' }, // “
  '\u201D': { family: 'double', shape: 'close' }, // ”
  '\u201E': { family: 'double', shape: 'open' }, // „ (German/Polish opening, closed by “ or ”)
  '\u201F': { family: 'double', shape: 'open' }, // ‟
  '\u00AB': { family: 'double', shape: 'open' }, // «
  '\u00BB': { family: 'double', shape: 'close' }, // »
  "'": { family: 'single', shape: 'either' },
  '\u2018': { family: 'single', shape: 'open' }, // ‘
  '\u2019': { family: 'single', shape: 'close' }, // ’ (also the apostrophe)
  '\u201A': { family: 'single', shape: 'open' }, // ‚
  '\u201B': { family: 'single', shape: 'open' }, // ‛
  '\u2039': { family: 'single', shape: 'open' }, // ‹
  '\u203A': { family: 'single', shape: 'close' }, // ›
}

/** Finds the next quote mark; a sticky-free global regex so the engine, not JS, skips text. */
export const MARK_PATTERN = /["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g

/** True for a character that may stand before an opening mark: start, space, ( [ { — – - / or another mark. */
export function isOpeningContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013\-/:;,]/.test(ch) || (ch in MARKS && MARKS[ch]!.shape !== 'close')
}

/** True for a character that may stand after a closing mark: end, space, punctuation, or another mark. */
export function isClosingContext(ch: string | undefined): boolean {
  return ch === undefined || /[\s.,;:!?)\]}\u2014\u2013\-/…]/.test(ch) || ch in MARKS
}

/** /[\p{L}\p{N}]/u on one UTF-16 code unit, read from the class table (a regex call per mark is slow). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && (classAt(ch, 0) & (L | N)) !== 0
}
