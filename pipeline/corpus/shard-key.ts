import type { InputFile } from '../ingest/list-input-files.ts'
import type { OrderedUnit } from './read-units.ts'

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number
  count: number
}

/** Parses `i/n` (1 ≤ i ≤ n); null when it is not one. */
export function parseShard(text: string): ShardSpec | null {
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text)
  if (!m) return null
  const index = Number(m[1])
  const count = Number(m[2])
  return index <= count ? { index, count } : null
}

/**
 * Whether a unit belongs to a shard: FNV-1a (32 bit) of its key, modulo the shard count. The key
 * is the file's relPath for a .txt file, and relPath + line for a JSONL line or CSV row, so one
 * big export spreads over every shard. It depends only on the input, not on the machine, the
 * worker count or the other files, and shards come out within a few per cent of each other.
 */
export function inShard(ordered: OrderedUnit, files: readonly InputFile[], shard: ShardSpec): boolean {
  const relPath = files[ordered.fileIndex]!.relPath
  const key = ordered.unit.kind === 'file' ? relPath : `${relPath}\n${ordered.line}`
  return fnv1a(key) % shard.count === shard.index - 1
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
