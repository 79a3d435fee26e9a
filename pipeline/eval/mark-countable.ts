/**
 * Marks, per code point of `text`, whether scoring counts it: 1 for every character that is
 * neither white space nor a quotation mark, 0 otherwise (GUIDELINE.md, "Scoring").
 * So `“Five Eyes”` and `Five Eyes` and `Five  Eyes` all count the same eight characters, and a
 * span that differs from gold only by a mark or a trailing space is still a perfect match.
 */
export function markCountable(codePoints: readonly string[]): Uint8Array {
  const mask = new Uint8Array(codePoints.length)
  for (let i = 0; i < codePoints.length; i++) {
    const ch = codePoints[i] as string
    mask[i] = WHITE_SPACE.test(ch) || QUOTE_MARKS.has(ch) ? 0 : 1
  }
  return mask
}

// Zero-width characters and the BOM carry no text either.
const WHITE_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]$/u

// Straight, curly, low-9, reversed, guillemets, primes and CJK corner brackets. An apostrophe
// (don’t) is the same character as a closing single mark, so it never counts on either side.
const QUOTE_MARKS = new Set([
  '"', "'", '`', '´', '\u201C', '\u201D', '\u201E', '\u201F', '\u2018', '\u2019', '\u201A', '\u201B',
  '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2033', '\u2036', '\uFF02', '\uFF07',
  '\u300C', '\u300D', '\u300E', '\u300F',
])
