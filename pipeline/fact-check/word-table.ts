import { FUNCTION_WORDS, NEGATIONS } from './word-classes.ts'

/** Interns word keys as small integer ids, with the word classes the matcher asks about per id. */
export class WordTable {
  readonly words: string[] = []
  functionWord = new Uint8Array(1024)
  negation = new Uint8Array(1024)
  private slots = new Int32Array(4096).fill(-1)
  private hashes = new Int32Array(1024)

  /** The id of a key read by the regular expressions. */
  id(key: string): number {
    let h = HASH_SEED
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
    const mask = this.slots.length - 1
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!
      if (id === -1) return this.add(key, h, slot)
      if (this.hashes[id] === h && this.words[id] === key) return id
    }
  }

  /**
   * The id of the plain-text word text[start, end): its key is the word lower-cased with the
   * in-word marks (' ’ . /) dropped. Cuts a string only for a word not seen before.
   */
  spanId(text: string, start: number, end: number): number {
    let h = HASH_SEED
    for (let i = start; i < end; i++) {
      const c = foldedCode(text.charCodeAt(i))
      if (c !== -1) h = Math.imul(h ^ c, 0x01000193)
    }
    const mask = this.slots.length - 1
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!
      if (id === -1) {
        let key = ''
        for (let i = start; i < end; i++) {
          const c = foldedCode(text.charCodeAt(i))
          if (c !== -1) key += String.fromCharCode(c)
        }
        return this.add(key, h, slot)
      }
      if (this.hashes[id] === h && sameSpan(this.words[id]!, text, start, end)) return id
    }
  }

  private add(key: string, h: number, slot: number): number {
    const id = this.words.length
    this.words.push(key)
    if (id >= this.functionWord.length) {
      this.functionWord = grow(this.functionWord, id + 1)
      this.negation = grow(this.negation, id + 1)
      this.hashes = grow(this.hashes, id + 1)
    }
    this.hashes[id] = h
    this.slots[slot] = id
    if (FUNCTION_WORDS.has(key)) this.functionWord[id] = 1
    if (NEGATIONS.has(key)) this.negation[id] = 1
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1)
      const mask = this.slots.length - 1
      for (let w = 0; w < this.words.length; w++) {
        let s = this.hashes[w]! & mask
        while (this.slots[s] !== -1) s = (s + 1) & mask
        this.slots[s] = w
      }
    }
    return id
  }

  /** Each id's place in the code-unit order of the words: pairs compare as their "a b" strings do. */
  ranks(): Int32Array {
    const order = this.words.map((_, i) => i).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : this.words[a]! > this.words[b]! ? 1 : 0))
    const rank = new Int32Array(order.length)
    order.forEach((id, r) => (rank[id] = r))
    return rank
  }
}

const HASH_SEED = 0x811c9dc5 | 0

/** A plain-text word character as its key has it: a-z0-9 (upper case lowered), or -1 for a dropped mark. */
function foldedCode(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return c
  if (c >= 0x41 && c <= 0x5a) return c + 0x20
  return -1
}

function sameSpan(key: string, text: string, start: number, end: number): boolean {
  let k = 0
  for (let i = start; i < end; i++) {
    const c = foldedCode(text.charCodeAt(i))
    if (c === -1) continue
    if (k >= key.length || key.charCodeAt(k) !== c) return false
    k++
  }
  return k === key.length
}

/**
 * Interns ordered pairs of word ids (open addressing): the posting lists of the blocking index
 * are kept per pair id.
 */
export class PairTable {
  first = new Int32Array(0)
  second = new Int32Array(0)
  size = 0
  private slots: Int32Array
  private mask: number

  constructor(expected: number) {
    let capacity = 1024
    while (capacity < expected * 2) capacity *= 2
    this.slots = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    this.first = new Int32Array(Math.max(16, expected))
    this.second = new Int32Array(Math.max(16, expected))
  }

  id(a: number, b: number): number {
    let slot = hashPair(a, b) & this.mask
    for (;;) {
      const id = this.slots[slot]!
      if (id === -1) break
      if (this.first[id] === a && this.second[id] === b) return id
      slot = (slot + 1) & this.mask
    }
    const id = this.size++
    if (id >= this.first.length) {
      this.first = grow(this.first, id + 1)
      this.second = grow(this.second, id + 1)
    }
    this.first[id] = a
    this.second[id] = b
    this.slots[slot] = id
    if (this.size * 2 > this.slots.length) this.rehash()
    return id
  }

  private rehash(): void {
    const capacity = this.slots.length * 2
    this.slots = new Int32Array(capacity).fill(-1)
    this.mask = capacity - 1
    for (let id = 0; id < this.size; id++) {
      let slot = hashPair(this.first[id]!, this.second[id]!) & this.mask
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask
      this.slots[slot] = id
    }
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return h ^ (h >>> 13)
}

export function grow<T extends Int32Array | Uint8Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (n: number) => T)(Math.max(atLeast, array.length * 2))
  next.set(array)
  return next
}
