import type { QuoteRecord, SpeakerRecord } from '../types.generated.ts'
import { stableIdFast } from './fast-stable-id.ts'
import { editDistance } from './edit-distance.ts'
import { parseSpeakerName, type ParsedSpeaker } from './parse-speaker-name.ts'
import { UnionFind } from './union-find.ts'
import { compareIds as compare } from './compare-ids.ts'

export interface LinkedSpeakers {
  /** speaker_id per quote_id; null when the quote's speaker is null. */
  speakerOf: Map<string, string | null>
  /** Sorted by speaker_id. */
  speakers: SpeakerRecord[]
}

/**
 * One speaker id per speaker across the dataset.
 *
 * - People are keyed by first name and surname, titles dropped: "President Donald Trump" and
 *   "Donald Trump" are one person; "Ivanka Trump" is another.
 * - Same first name, surname within two edits (one for surnames under 8 letters): one person,
 *   flagged spelling_variant ("Avigdor Lieberman" / "Avigdor Liberman"). Candidates come from a
 *   deletion index (first name + surname with up to two letters deleted), never all pairs.
 * - A bare surname ("Trump") joins the one person of that surname quoted in the same article,
 *   else the one person of that surname in the dataset; when several match it stays on its own.
 * - Organisations are one id dataset-wide; descriptions of unnamed sources ("spokesman",
 *   "UK intelligence source") get one id per article, since two articles' spokesmen differ.
 */
export function linkSpeakers(quotes: readonly QuoteRecord[]): LinkedSpeakers {
  const sorted = [...quotes].sort((a, b) => compare(a.quote_id, b.quote_id))
  const { speakerIds, speakers } = linkSortedSpeakers(sorted)
  const speakerOf = new Map<string, string | null>()
  sorted.forEach((q, i) => speakerOf.set(q.quote_id, speakerIds[i]!))
  return { speakerOf, speakers }
}

/**
 * linkSpeakers over quotes already sorted by quote_id: the speaker id of each quote by position.
 * When quote ids repeat, each quote of an id gets what linkSpeakers' map holds for the id.
 */
export function linkSortedSpeakers(sorted: readonly QuoteRecord[]): { speakerIds: (string | null)[]; speakers: SpeakerRecord[] } {
  const n = sorted.length
  const speakerIds: (string | null)[] = new Array(n).fill(null)
  let repeated = false
  for (let i = 1; i < n && !repeated; i++) repeated = sorted[i]!.quote_id === sorted[i - 1]!.quote_id
  // Only repeated ids need the order in which ids were given speakers: the last one set wins.
  const lastSet = repeated ? new Map<string, string | null>() : null
  const assign = (i: number, id: string | null): void => {
    speakerIds[i] = id
    lastSet?.set(sorted[i]!.quote_id, id)
  }
  const parse = cachedParser()
  // entity key → quotes (positions); people with a first name are keyed "p|first|surname".
  const byKey = new Map<string, number[]>()
  const keyOfSpeaker = new Map<string, string | null>()
  const bare: number[] = []
  for (let i = 0; i < n; i++) {
    const q = sorted[i]!
    if (q.speaker === null) {
      assign(i, null)
      continue
    }
    let key = keyOfSpeaker.get(q.speaker)
    if (key === undefined) {
      const parsed = parse(q.speaker)
      key =
        parsed.kind === 'person'
          ? parsed.first === null
            ? null
            : `p|${parsed.first}|${parsed.surname}`
          : parsed.kind === 'organisation'
            ? `o|${parsed.key}`
            : `d|\u0000${parsed.key}`
      keyOfSpeaker.set(q.speaker, key)
    }
    if (key === null) {
      bare.push(i)
      continue
    }
    // Descriptions are per article: "d|article|description".
    if (key.charCodeAt(0) === 0x64 /* d */) key = `d|${q.article_id}|${key.slice(3)}`
    push(byKey, key, i)
  }

  const keys = [...byKey.keys()].sort(compare)
  const index = new Map(keys.map((k, i) => [k, i]))
  const sets = new UnionFind(keys.length)
  linkSpellingVariants(keys, index, sets)

  // Bare surnames: the people (clusters) they could be, by article and dataset-wide.
  const bareArticles = new Set(bare.map((i) => sorted[i]!.article_id))
  const clustersBySurname = new Map<string, Set<number>>()
  const clustersBySurnameInArticle = new Map<string, Set<number>>()
  for (const key of keys) {
    if (!key.startsWith('p|')) continue
    const surname = key.split('|')[2]!
    const root = sets.find(index.get(key)!)
    add(clustersBySurname, surname, root)
    if (bareArticles.size === 0) continue
    for (const i of byKey.get(key)!) {
      const article = sorted[i]!.article_id
      if (bareArticles.has(article)) add(clustersBySurnameInArticle, `${article}|${surname}`, root)
    }
  }
  const bareByKey = new Map<string, number[]>()
  const bareJoins = new Map<number, number[]>()
  for (const i of bare) {
    const q = sorted[i]!
    const parsed = parse(q.speaker!)
    const surname = parsed.kind === 'person' ? parsed.surname : ''
    const local = clustersBySurnameInArticle.get(`${q.article_id}|${surname}`)
    const global = clustersBySurname.get(surname)
    const root = local?.size === 1 ? only(local) : !local && global?.size === 1 ? only(global) : null
    if (root === null) push(bareByKey, `b|${surname}`, i)
    else push(bareJoins, root, i)
  }

  const clusters = new Map<number, string[]>()
  for (const key of keys) push(clusters, sets.find(index.get(key)!), key)
  const speakers: SpeakerRecord[] = []
  for (const [root, members] of clusters) {
    const memberQuotes = members.flatMap((k) => byKey.get(k)!).concat(bareJoins.get(root) ?? [])
    speakers.push(buildSpeaker(members, memberQuotes, sorted, byKey, parse, assign))
  }
  for (const [key, memberQuotes] of bareByKey) speakers.push(buildSpeaker([key], memberQuotes, sorted, byKey, parse, assign))
  speakers.sort((a, b) => compare(a.speaker_id, b.speaker_id))
  if (lastSet) for (let i = 0; i < n; i++) speakerIds[i] = lastSet.get(sorted[i]!.quote_id)!
  return { speakerIds, speakers }
}

function cachedParser(): (speaker: string) => ParsedSpeaker {
  const cache = new Map<string, ParsedSpeaker>()
  return (speaker) => {
    let parsed = cache.get(speaker)
    if (parsed === undefined) cache.set(speaker, (parsed = parseSpeakerName(speaker)))
    return parsed
  }
}

function linkSpellingVariants(keys: readonly string[], index: Map<string, number>, sets: UnionFind): void {
  const buckets = new Map<string, string[]>()
  for (const key of keys) {
    if (!key.startsWith('p|')) continue
    const [, first, surname] = key.split('|') as [string, string, string]
    for (const variant of deletions(surname, maxEdits(surname.length))) push(buckets, `${first}|${variant}`, key)
  }
  // Each bucket holds the few names that share a first name and a surname skeleton.
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!.split('|')[2]!
        const b = bucket[j]!.split('|')[2]!
        const limit = maxEdits(Math.min(a.length, b.length))
        if (a !== b && editDistance(a, b, limit) <= limit) sets.union(index.get(bucket[i]!)!, index.get(bucket[j]!)!)
      }
    }
  }
}

// Two edits for surnames of 8+ letters (Lieberman/Liberman), one for 4-7 (Smith/Smyth), none below.
function maxEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0
}

/** The word with up to `k` letters deleted, itself included. */
function deletions(word: string, k: number): Set<string> {
  let frontier = new Set([word])
  const all = new Set([word])
  for (let step = 0; step < k; step++) {
    const next = new Set<string>()
    for (const w of frontier) for (let i = 0; i < w.length; i++) next.add(w.slice(0, i) + w.slice(i + 1))
    for (const w of next) all.add(w)
    frontier = next
  }
  return all
}

function buildSpeaker(
  members: readonly string[],
  quotes: readonly number[],
  sorted: readonly QuoteRecord[],
  byKey: Map<string, number[]>,
  parse: (speaker: string) => ParsedSpeaker,
  assign: (i: number, id: string) => void,
): SpeakerRecord {
  // The canonical key: the member with most quotes, then the smallest key.
  const canonicalKey =
    members.length === 1
      ? members[0]!
      : [...members].sort((a, b) => (byKey.get(b)?.length ?? 0) - (byKey.get(a)?.length ?? 0) || compare(a, b))[0]!
  const kindLetter = canonicalKey[0]
  const kind = kindLetter === 'o' ? 'organisation' : kindLetter === 'd' ? 'description' : 'person'
  const canonicalQuotes = byKey.get(canonicalKey) ?? quotes
  const canonicalName = mostFrequent(canonicalQuotes.map((i) => parse(sorted[i]!.speaker!).name))
  const speakerId = stableIdFast('s', canonicalKey.split('|'))
  for (const i of quotes) assign(i, speakerId)
  const surnames = new Set(members.filter((k) => k.startsWith('p|')).map((k) => k.split('|')[2]))
  const records = quotes.map((i) => sorted[i]!)
  return {
    speaker_id: speakerId,
    kind,
    canonical_name: canonicalName,
    name_variants: nonEmpty(uniqueSorted(records.map((q) => q.speaker!))),
    roles: uniqueSorted(records.flatMap((q) => (q.speaker_role === null ? [] : [q.speaker_role]))),
    quote_count: quotes.length,
    article_count: new Set(records.map((q) => q.article_id)).size,
    spelling_variant: surnames.size > 1,
  }
}

function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0]
}

function nonEmpty(values: string[]): [string, ...string[]] {
  return [values[0]!, ...values.slice(1)]
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare)
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}

function only<V>(set: Set<V>): V {
  return set.values().next().value as V
}
