import { lowerBound } from '../lower-bound.ts'

/**
 * Character classes by code point, for hand-written scanners that must agree exactly with the
 * Unicode regexes they replace (\p{Lu}, \p{Ll}, \p{L}, \p{M}, \p{N}, \s, and \w for \b).
 * BMP code points are looked up in a table filled lazily; astral ones are tested each time.
 */
export const LU = 1
export const LL = 2
export const L = 4
export const M = 8
export const N = 16
export const WS = 32
/** ASCII word character [A-Za-z0-9_]: what \b sees with the u flag and no i flag. */
export const W = 64
const KNOWN = 128

const table = new Uint8Array(0x10000)

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp)
  let bits = 0
  if (/\p{Lu}/u.test(ch)) bits |= LU
  if (/\p{Ll}/u.test(ch)) bits |= LL
  if (/\p{L}/u.test(ch)) bits |= L
  if (/\p{M}/u.test(ch)) bits |= M
  if (/\p{N}/u.test(ch)) bits |= N
  if (/\s/u.test(ch)) bits |= WS
  if (/\w/.test(ch)) bits |= W
  return bits
}

for (let c = 0; c < 128; c++) table[c] = compute(c) | KNOWN

/** Class bits of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const t = table[cp]!
    if (t !== 0) return t & ~KNOWN
    const bits = compute(cp)
    table[cp] = bits | KNOWN
    return bits
  }
  return compute(cp)
}

/** The code point at UTF-16 index i, as a regex with the u flag reads it (lone surrogates stand alone). */
export function codePointAt(s: string, i: number): number {
  return s.codePointAt(i)!
}

/** Class bits of the code unit at i (for classes that hold no astral characters in the text at hand, use classAt). */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) {
    const t = table[c]!
    if (t !== 0) return t & ~KNOWN
    const bits = compute(c)
    table[c] = bits | KNOWN
    return bits
  }
  return classOf(s.codePointAt(i)!)
}

/** UTF-16 length of the code point at i. */
export function cpLen(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}

/** \s of a code unit, as a JavaScript regex reads it (all white space is in the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95
}

/** End of `[\p{L}\p{M}'’.-]*` (with `.` only when dot) from i, bounded by end. */
function tokenTail(s: string, i: number, end: number, dot: boolean): number {
  let j = i
  while (j < end) {
    const c = s.charCodeAt(j)
    if (c === 0x27 || c === 0x2019 || c === 0x2d || (dot && c === 0x2e)) {
      j++
      continue
    }
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        j++
        continue
      }
      break
    }
    if (classAt(s, j) & (L | M)) j += cpLen(s, j)
    else break
  }
  return j
}

const PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'del', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'el', 'ben', 'ten', 'ter', 'dos', 'das'])

/**
 * Length of a name particle at k that is followed by white space, else 0. (Particles are two or
 * three lower-case ASCII letters, so at most one can stand at k.)
 */
function particleAt(s: string, k: number, end: number): number {
  let j = k
  while (j < end && j - k < 4) {
    const c = s.charCodeAt(j)
    if (c < 97 || c > 122) break
    j++
  }
  const n = j - k
  if (n < 2 || n > 3 || j >= end || !isSpaceCode(s.charCodeAt(j))) return 0
  return PARTICLES.has(s.slice(k, j)) ? n : 0
}

/**
 * UTF-16 indices of the capital letters (\p{Lu}) of s, ascending: the only places where a run or
 * word of capitals can start, so the scanners below jump from one to the next instead of reading
 * every character. A plain regex finds the ASCII capitals and the non-ASCII characters (all
 * capitals but A–Z lie at U+00C0 and above, astral ones behind a high surrogate) far faster than
 * a loop or /\p{Lu}/gu does; the class table then keeps the capitals.
 */
export function capitalIndices(s: string): Int32Array {
  const out: number[] = []
  const re = /[A-Z\u00C0-\uFFFF]/g
  while (re.test(s)) {
    const i = re.lastIndex - 1
    if (s.charCodeAt(i) <= 90 || (classAt(s, i) & LU) !== 0) out.push(i)
  }
  return Int32Array.from(out)
}


/**
 * The next match of
 * /(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)(?:\s+(?:(?:al|bin|ibn|de|del|der|den|van|von|da|di|du|la|le|el|ben|ten|ter|dos|das)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.))+/gu
 * in s[start, end) searching from `from`: a run of capitalised words. Returns [index, end] or null.
 * caps: capitalIndices(s).
 */
export function nextCapRun(s: string, caps: Int32Array, from: number, end: number): [number, number] | null {
  for (let c = lowerBound(caps, from); c < caps.length; ) {
    const p = caps[c]!
    if (p >= end) break
    const e = tokenTail(s, p + cpLen(s, p), end, true)
    let cur = e
    for (;;) {
      let k = cur
      if (k >= end || !isSpaceCode(s.charCodeAt(k))) break
      while (k < end && isSpaceCode(s.charCodeAt(k))) k++
      if (k >= end) break
      if (!(classAt(s, k) & LU)) {
        const pl = particleAt(s, k, end)
        if (pl === 0) break
        let k2 = k + pl
        while (k2 < end && isSpaceCode(s.charCodeAt(k2))) k2++
        if (k2 >= end || !(classAt(s, k2) & LU)) break
        k = k2
      }
      cur = tokenTail(s, k + cpLen(s, k), end, true)
    }
    if (cur > e) return [p, cur]
    // Any later start inside this token ends at the same place and fails the same way.
    while (c < caps.length && caps[c]! < e) c++
  }
  return null
}

/**
 * The next match of /(?<![\p{L}\p{M}\p{N}\w])(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{M}\p{N}\w])/gu in
 * s[start, end) (the slice's edges count as non-word), searching from `from`: a capitalised word,
 * whose edges are those of letters in any script ("Čejka," at a paragraph's start, "Pavlů."), not
 * \b's ASCII ones. Returns [index, end] or null. caps: capitalIndices(s).
 */
export function nextCapWord(s: string, caps: Int32Array, start: number, from: number, end: number): [number, number] | null {
  for (let k = lowerBound(caps, from); k < caps.length; k++) {
    const p = caps[k]!
    if (p >= end) break
    const len = s.charCodeAt(p) < 0xd800 ? 1 : cpLen(s, p)
    if (wordEndsAt(s, start, p)) continue
    const max = tokenTail(s, p + len, end, false)
    // Backtrack from the longest to the first end that no word character follows (at least two characters).
    for (let e = max; e > p + len; ) {
      if (e >= end || !(classOf(codePointAt(s, e)) & WORDISH)) return [p, e]
      const d = s.charCodeAt(e - 1)
      e -= d >= 0xdc00 && d <= 0xdfff && e - 2 > p && cpLen(s, e - 2) === 2 ? 2 : 1
    }
  }
  return null
}

/** Letters, marks, digits and \w in any script: what a name's edge may not touch. */
const WORDISH = L | M | N | W

/** Whether the code point ending at i (after `start`) is a word character. */
function wordEndsAt(s: string, start: number, i: number): boolean {
  if (i <= start) return false
  const c = s.charCodeAt(i - 1)
  // A low surrogate after its high one is the end of an astral code point.
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= start) {
    const h = s.charCodeAt(i - 2)
    if (h >= 0xd800 && h <= 0xdbff) return (classOf(codePointAt(s, i - 2)) & WORDISH) !== 0
  }
  return (classOf(c) & WORDISH) !== 0
}
