/** One invalid UTF-8 sequence: where it is in the bytes and where its U+FFFD lands in the text. */
export interface InvalidSequence {
  /** Byte offset of the sequence (into the bytes scanned). */
  offset: number
  /** Bytes in the sequence (the maximal subpart the decoder replaces with one U+FFFD). */
  length: number
  /** 1-based line of the U+FFFD in the decoded text (lines end at LF, CRLF or a lone CR). */
  line: number
  /** 1-based column of the U+FFFD, in code points. */
  column: number
}

export interface Utf8Scan {
  /** The first `maxListed` invalid sequences. */
  invalid: InvalidSequence[]
  invalidCount: number
  /** Valid sequences of two to four bytes: evidence that the file is UTF-8. */
  multiByteCount: number
}

/**
 * Walks bytes with the WHATWG UTF-8 decoder's state machine (the one `TextDecoder` uses), so
 * each invalid sequence found here is exactly one U+FFFD in `new TextDecoder().decode(bytes)`,
 * and its line:column is where that U+FFFD lands. Linear, one pass, no allocation per byte.
 */
export function scanUtf8(bytes: Uint8Array, maxListed: number): Utf8Scan {
  const invalid: InvalidSequence[] = []
  let invalidCount = 0
  let multiByteCount = 0
  let line = 1
  let column = 1
  let afterCr = false
  let needed = 0
  let seen = 0
  let lower = 0x80
  let upper = 0xbf
  let start = 0

  const error = (offset: number, length: number) => {
    if (invalidCount++ < maxListed) invalid.push({ offset, length, line, column })
    column++
    afterCr = false
  }

  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (needed === 0) {
      if (b <= 0x7f) {
        if (b === 0x0d) {
          line++
          column = 1
          afterCr = true
        } else if (b === 0x0a) {
          if (!afterCr) line++
          column = 1
          afterCr = false
        } else {
          column++
          afterCr = false
        }
      } else if (b >= 0xc2 && b <= 0xdf) {
        needed = 1
      } else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0
        if (b === 0xed) upper = 0x9f
        needed = 2
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90
        if (b === 0xf4) upper = 0x8f
        needed = 3
      } else {
        error(i, 1)
      }
      start = i
      continue
    }
    if (b < lower || b > upper) {
      // The sequence so far is one U+FFFD; this byte starts afresh (the decoder "prepends" it).
      error(start, i - start)
      needed = seen = 0
      lower = 0x80
      upper = 0xbf
      i--
      continue
    }
    lower = 0x80
    upper = 0xbf
    if (++seen === needed) {
      multiByteCount++
      column++
      afterCr = false
      needed = seen = 0
    }
  }
  if (needed !== 0) error(start, bytes.length - start)
  return { invalid, invalidCount, multiByteCount }
}
