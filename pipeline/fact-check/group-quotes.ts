import type { ArticleRecord, QuoteGroupRecord, QuoteRecord, SpeakerRecord } from '../types.generated.ts'
import { alignWords } from './align-words.ts'
import { compareIds } from './compare-ids.ts'
import { stableIdFast } from './fast-stable-id.ts'
import { allowedEdits, matchTokenIds, MIN_MATCH_WORDS } from './match-quotes.ts'
import { normaliseQuote, scanQuoteSpans, type SpanSink, type WordToken } from './normalise-quote.ts'
import { UnionFind } from './union-find.ts'
import { grow, PairTable, WordTable } from './word-table.ts'
import { wordDiff } from './word-diff.ts'

/** A quote with its linked speaker, as linkSpeakers gives it. */
export type QuoteWithSpeaker = QuoteRecord & { speaker_id: string | null }

export interface GroupedQuotes {
  /** group_id per quote_id: every quote has one (a quote reported once is a group of one). */
  groupOf: Map<string, string>
  /** Sorted by group_id. */
  groups: QuoteGroupRecord[]
}

/**
 * Most quotes a quote is aligned with. Blocking makes this a handful; the cap keeps a
 * pathological corpus (thousands of quotes built from the same rare words) near-linear.
 */
export const MAX_CANDIDATES = 256

/**
 * Groups every report of the same quotation, across and within articles.
 *
 * 1. Exact: quotes with the same words (case, punctuation, marks and editorial brackets folded)
 *    are one group. Quotes of one or two words only join an identical quote by the same speaker:
 *    "irritating" is too common to link on its words alone.
 * 2. Blocking: each quote probes the word-pair index with its 2e+1 rarest word pairs (e = edits
 *    allowed), so any quote that contains it with at most e edits shares at least one of them:
 *    one edit breaks at most two pairs.
 * 3. Each candidate pair is aligned word by word (shorter against the best stretch of the longer)
 *    and joined when matchQuotes accepts it: a variant, or a fragment of the longer quote.
 * Groups are closed under the variant links (union-find); then each group that is a fragment of
 * another joins one container, the fullest (attachFragments), so a phrase found in two
 * quotations does not make them one. Each member is then diffed against the fullest wording.
 */
export function groupQuotes(
  quotes: readonly QuoteWithSpeaker[],
  articles: readonly ArticleRecord[],
  speakers: readonly SpeakerRecord[],
): GroupedQuotes {
  const sorted = [...quotes].sort((a, b) => compareIds(a.quote_id, b.quote_id))
  const { groupIds, groups } = groupSortedQuotes(sorted, sorted.map((q) => q.speaker_id), articles, speakers)
  const groupOf = new Map<string, string>()
  sorted.forEach((q, i) => groupOf.set(q.quote_id, groupIds[i]!))
  return { groupOf, groups }
}

/**
 * groupQuotes over quotes already sorted by quote_id: the group id of each quote by position,
 * and the groups. When quote ids repeat, every quote of an id gets the id's group as
 * groupQuotes' map gives it (the last group, in order of first member, that holds the id).
 */
export function groupSortedQuotes(
  sorted: readonly QuoteRecord[],
  speakerOf: readonly (string | null)[],
  articles: readonly ArticleRecord[],
  speakers: readonly SpeakerRecord[],
): { groupIds: string[]; groups: QuoteGroupRecord[] } {
  const n = sorted.length
  const table = new WordTable()
  const index = indexWords(sorted, table)
  const { tokens, start, words } = index
  const sets = new UnionFind(n)

  joinExactCopies(speakerOf, index, sets)

  // The blocking index: each quote's distinct adjacent pairs of speaker words, then per pair the
  // quotes holding it (ascending), as compact arrays.
  const pairs = new PairTable(Math.max(16, tokens.length >> 1))
  const pairStart = new Int32Array(n + 1)
  let pairList = new Int32Array(Math.max(16, tokens.length))
  let pairCount = new Int32Array(1024)
  let seenIn = new Int32Array(1024)
  let listed = 0
  for (let i = 0; i < n; i++) {
    pairStart[i] = listed
    if (words[i]! < MIN_MATCH_WORDS) continue
    let previous = -1
    for (let t = start[i]!; t < start[i + 1]!; t++) {
      const token = tokens[t]!
      if (token & 1) continue
      const word = token >> 1
      if (previous !== -1) {
        const pair = pairs.id(previous, word)
        if (pair >= pairCount.length) {
          pairCount = grow(pairCount, pair + 1)
          seenIn = grow(seenIn, pair + 1)
        }
        if (seenIn[pair] !== i + 1) {
          seenIn[pair] = i + 1
          pairCount[pair]!++
          if (listed >= pairList.length) pairList = grow(pairList, listed + 1)
          pairList[listed++] = pair
        }
      }
      previous = word
    }
  }
  pairStart[n] = listed
  seenIn = new Int32Array(0)
  const postingStart = new Int32Array(pairs.size + 1)
  for (let p = 0; p < pairs.size; p++) postingStart[p + 1] = postingStart[p]! + pairCount[p]!
  const postings = new Int32Array(listed)
  const fill = postingStart.slice(0, pairs.size)
  for (let i = 0; i < n; i++) for (let x = pairStart[i]!; x < pairStart[i + 1]!; x++) postings[fill[pairList[x]!]!++] = i

  // Probes sort as the pairs' "a b" strings do on ties of posting length.
  const rank = table.ranks()
  const first = pairs.first
  const second = pairs.second
  const byRarity = (a: number, b: number): number =>
    pairCount[a]! - pairCount[b]! || rank[first[a]!]! - rank[first[b]!]! || rank[second[a]!]! - rank[second[b]!]!
  const tried = new Int32Array(n)
  // The shorter quote's word counts (for the cost bound before any alignment).
  const mine = new Int32Array(table.words.length)
  const mineOf = new Int32Array(table.words.length)
  const used = new Int32Array(table.words.length)
  const usedBy = new Int32Array(table.words.length)
  let candidate = 0
  let probes = new Int32Array(64)
  const fragments = new FragmentLinks(n)
  for (let i = 0; i < n; i++) {
    const from = pairStart[i]!
    const to = pairStart[i + 1]!
    if (from === to) continue
    if (to - from > probes.length) probes = new Int32Array(to - from)
    const li = words[i]!
    const edits = allowedEdits(li)
    // A pair no other quote holds sorts first (rarest) and finds nothing: only the others are probed.
    let singles = 0
    let count = 0
    for (let x = from; x < to; x++) {
      const pair = pairList[x]!
      if (pairCount[pair] === 1) singles++
      else probes[count++] = pair
    }
    const probeCount = Math.min(count, 2 * edits + 1 - singles)
    if (probeCount <= 0) continue
    // Insertion sort (a handful of pairs) by posting length, then the pair's words.
    for (let x = 1; x < count; x++) {
      const pair = probes[x]!
      let y = x - 1
      while (y >= 0 && byRarity(probes[y]!, pair) > 0) {
        probes[y + 1] = probes[y]!
        y--
      }
      probes[y + 1] = pair
    }
    const stamp = i + 1
    let triedCount = 0
    let marked = false
    probing: for (let p = 0; p < probeCount; p++) {
      const pair = probes[p]!
      for (let x = postingStart[pair]!; x < postingStart[pair + 1]!; x++) {
        if (triedCount >= MAX_CANDIDATES) break probing
        const j = postings[x]!
        if (j === i || tried[j] === stamp) continue
        tried[j] = stamp
        triedCount++
        // Only the shorter side verifies a pair (it is the one whose pairs are guaranteed to be found).
        const lj = words[j]!
        if (lj < li || (lj === li && j < i)) continue
        const ri = sets.find(i)
        const rj = sets.find(j)
        if (ri === rj) continue
        // Copies of a fragment meet copies of its container again and again: one alignment
        // per pair of groups (variant joins only merge groups, so a known pair stays known).
        if (fragments.known(ri, rj)) continue
        if (!marked) {
          marked = true
          for (let t = start[i]!; t < start[i + 1]!; t++) {
            const token = tokens[t]!
            if (token & 1) continue
            const word = token >> 1
            if (mineOf[word] !== stamp) {
              mineOf[word] = stamp
              mine[word] = 0
            }
            mine[word]!++
          }
        }
        // Each speaker word of the shorter quote that is not equal to one of the longer's costs
        // an edit: too few shared words and no alignment can pass.
        const need = li - edits
        candidate++
        let matched = 0
        const end = start[j + 1]!
        for (let t = start[j]!; t < end && matched < need; t++) {
          if (matched + (end - t) < need) break
          const word = tokens[t]! >> 1
          if (mineOf[word] !== stamp) continue
          const taken = usedBy[word] === candidate ? used[word]! : 0
          if (taken >= mine[word]!) continue
          usedBy[word] = candidate
          used[word] = taken + 1
          matched++
        }
        if (matched < need) continue
        const si = start[i]!
        const sj = start[j]!
        if (!matchTokenIds(tokens, si, start[i + 1]! - si, li, sj, end - sj, table.functionWord, table.negation)) continue
        // The longer quote has words beyond what the shorter one's edits can account for: the
        // shorter is a fragment of it, and waits (see below). Else they are one wording.
        if (words[j]! > li + edits) fragments.add(i, j, ri, rj)
        else sets.union(i, j)
      }
    }
  }
  attachFragments(fragments, words, sets)

  // Groups in order of their first member, members ascending.
  const groupNo = new Int32Array(n)
  const rootGroup = new Int32Array(n).fill(-1)
  let groupCount = 0
  for (let i = 0; i < n; i++) {
    const root = sets.find(i)
    if (rootGroup[root] === -1) rootGroup[root] = groupCount++
    groupNo[i] = rootGroup[root]!
  }
  const memberStart = new Int32Array(groupCount + 1)
  for (let i = 0; i < n; i++) memberStart[groupNo[i]! + 1]!++
  for (let g = 0; g < groupCount; g++) memberStart[g + 1]! += memberStart[g]!
  const memberList = new Int32Array(n)
  const cursor = memberStart.slice(0, groupCount)
  for (let i = 0; i < n; i++) memberList[cursor[groupNo[i]!]!++] = i

  const outletOf = new Map(articles.map((a) => [a.article_id, a.outlet]))
  const nameOf = new Map(speakers.map((s) => [s.speaker_id, s.canonical_name]))
  const keyOf = (i: number): string => {
    const keys: string[] = []
    for (let t = start[i]!; t < start[i + 1]!; t++) if (!(tokens[t]! & 1)) keys.push(table.words[tokens[t]! >> 1]!)
    return keys.join(' ')
  }
  const sameTokens = (i: number, j: number): boolean => {
    const length = start[i + 1]! - start[i]!
    if (start[j + 1]! - start[j]! !== length) return false
    for (let t = 0; t < length; t++) if (tokens[start[i]! + t] !== tokens[start[j]! + t] || tokens[start[i]! + t]! & 1) return false
    return true
  }
  const groupIdOfGroup: string[] = new Array(groupCount)
  const groups: QuoteGroupRecord[] = new Array(groupCount)
  for (let g = 0; g < groupCount; g++) {
    const from = memberStart[g]!
    const to = memberStart[g + 1]!
    const group =
      to - from === 1
        ? singleGroup(sorted[memberList[from]!]!, speakerOf[memberList[from]!]!, keyOf(memberList[from]!), words[memberList[from]!]!, outletOf, nameOf)
        : buildGroup(
            Array.from(memberList.subarray(from, to), (i) => ({ i, quote: sorted[i]!, speaker: speakerOf[i]!, tokens: null, key: keyOf(i), words: words[i]! })),
            sameTokens,
            outletOf,
            nameOf,
          )
    groupIdOfGroup[g] = group.group_id
    groups[g] = group
  }

  const groupIds: string[] = new Array(n)
  for (let i = 0; i < n; i++) groupIds[i] = groupIdOfGroup[groupNo[i]!]!
  // Repeated quote ids: the map the ids went through kept the last group (by first member) set.
  for (let i = 1; i < n; i++) {
    if (sorted[i]!.quote_id !== sorted[i - 1]!.quote_id) continue
    let a = i - 1
    let b = i
    while (b + 1 < n && sorted[b + 1]!.quote_id === sorted[a]!.quote_id) b++
    let last = groupNo[a]!
    for (let x = a; x <= b; x++) if (groupNo[x]! > last) last = groupNo[x]!
    for (let x = a; x <= b; x++) groupIds[x] = groupIdOfGroup[last]!
    i = b
  }
  groups.sort((a, b) => compareIds(a.group_id, b.group_id))
  return { groupIds, groups }
}

/** Fragment → container links found while matching, as two growing arrays, and the pairs of groups they link. */
class FragmentLinks {
  from = new Int32Array(256)
  to = new Int32Array(256)
  count = 0
  private readonly pairs = new Set<number>()
  constructor(private readonly n: number) {}
  add(fragment: number, container: number, fragmentRoot: number, containerRoot: number): void {
    if (this.count >= this.from.length) {
      this.from = grow(this.from, this.count + 1)
      this.to = grow(this.to, this.count + 1)
    }
    this.from[this.count] = fragment
    this.to[this.count++] = container
    this.pairs.add(fragmentRoot * this.n + containerRoot)
  }
  /** Whether a quote of group `fragmentRoot` is known to be a fragment of one of `containerRoot`. */
  known(fragmentRoot: number, containerRoot: number): boolean {
    return this.pairs.size > 0 && this.pairs.has(fragmentRoot * this.n + containerRoot)
  }
}

/**
 * Joins each fragment to one container, not to all of them. A phrase quoted on its own ("a grave
 * threat to our security") can lie inside several longer quotes that are not one quotation; were
 * it joined to each, it would bridge them, and chains of such bridges make one group of thousands
 * of unrelated quotes (seen on a 100 MB corpus: half its quotes in one group). So the groups of
 * wordings (variants joined) are fixed first; then every group with a fragment link joins one
 * container group: the one whose fullest member has the most speaker words, ties to the group
 * whose first member comes first in quote_id order, so the choice does not depend on input
 * order. Fragments of fragments still end up with their root container: every group joins at
 * most one other, so the joins form trees and never bridge two containers.
 */
function attachFragments(links: FragmentLinks, words: Int32Array, sets: UnionFind): void {
  if (links.count === 0) return
  const n = words.length
  // Per group of wordings (by root): its most speaker words and its first member.
  const most = new Int32Array(n)
  const first = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    const root = sets.find(i)
    if (words[i]! > most[root]!) most[root] = words[i]!
    if (first[root] === -1) first[root] = i
  }
  const best = new Map<number, number>()
  for (let x = 0; x < links.count; x++) {
    const from = sets.find(links.from[x]!)
    const to = sets.find(links.to[x]!)
    if (to === from) continue
    const current = best.get(from)
    if (current === undefined || most[to]! > most[current]! || (most[to] === most[current] && first[to]! < first[current]!)) best.set(from, to)
  }
  // Roots as fixed above, before any join: joining changes roots, not the choices.
  const joins = [...best].sort((a, b) => a[0] - b[0])
  for (const [from, to] of joins) sets.union(from, to)
}

interface WordIndex {
  /** Every quote's words, `wordId << 1 | editorial`, quote i at tokens[start[i]..start[i+1]). */
  tokens: Int32Array
  start: Int32Array
  /** Speaker (non-editorial) words per quote. */
  words: Int32Array
}

function indexWords(sorted: readonly QuoteRecord[], table: WordTable): WordIndex {
  const n = sorted.length
  let tokens = new Int32Array(Math.max(1024, n * 16))
  const start = new Int32Array(n + 1)
  const words = new Int32Array(n)
  let count = 0
  let speakerWords = 0
  const put = (id: number, editorial: boolean): void => {
    if (count >= tokens.length) tokens = grow(tokens, count + 1)
    tokens[count++] = (id << 1) | (editorial ? 1 : 0)
    if (!editorial) speakerWords++
  }
  const sink: SpanSink = {
    span: (text, from, to, editorial) => put(table.spanId(text, from, to), editorial),
    key: (key, editorial) => put(table.id(key), editorial),
  }
  for (let i = 0; i < n; i++) {
    start[i] = count
    speakerWords = 0
    scanQuoteSpans(sorted[i]!.quote, sink)
    words[i] = speakerWords
  }
  start[n] = count
  return { tokens: tokens.slice(0, count), start, words }
}

/** Step 1: identical speaker words (short quotes: and the same speaker) are one group. */
function joinExactCopies(speakers: readonly (string | null)[], index: WordIndex, sets: UnionFind): void {
  const { tokens, start, words } = index
  const n = speakers.length
  const speakerNo = new Map<string, number>()
  const speakerOf = new Int32Array(n).fill(-1)
  const hashes = new Int32Array(n)
  let capacity = 1024
  while (capacity < n * 2) capacity *= 2
  const slots = new Int32Array(capacity).fill(-1)
  const mask = capacity - 1
  const sameKey = (a: number, b: number): boolean => {
    if (words[a] !== words[b] || speakerOf[a] !== speakerOf[b] || hashes[a] !== hashes[b]) return false
    let x = start[a]!
    let y = start[b]!
    const xe = start[a + 1]!
    const ye = start[b + 1]!
    for (;;) {
      while (x < xe && tokens[x]! & 1) x++
      while (y < ye && tokens[y]! & 1) y++
      if (x === xe || y === ye) return x === xe && y === ye
      if (tokens[x] !== tokens[y]) return false
      x++
      y++
    }
  }
  for (let i = 0; i < n; i++) {
    const w = words[i]!
    if (w === 0) continue
    if (w < MIN_MATCH_WORDS) {
      const speaker = speakers[i]!
      if (speaker === null) continue
      let no = speakerNo.get(speaker)
      if (no === undefined) speakerNo.set(speaker, (no = speakerNo.size))
      speakerOf[i] = no
    }
    let h = Math.imul(speakerOf[i]! + 1, 0x27d4eb2d) ^ w
    for (let t = start[i]!; t < start[i + 1]!; t++) {
      const token = tokens[t]!
      if (token & 1) continue
      h = Math.imul(h ^ token, 0x9e3779b1)
      h ^= h >>> 16
    }
    hashes[i] = h
    let slot = h & mask
    for (;;) {
      const other = slots[slot]!
      if (other === -1) {
        slots[slot] = i
        break
      }
      if (sameKey(other, i)) {
        sets.union(other, i)
        break
      }
      slot = (slot + 1) & mask
    }
  }
}

interface Member {
  /** Position in the sorted quotes. */
  i: number
  quote: QuoteRecord
  speaker: string | null
  /** normaliseQuote(quote.quote), read only for members that need an alignment. */
  tokens: WordToken[] | null
  key: string
  /** Speaker words (the words of key). */
  words: number
}

/** buildGroup for a quote reported once: no variants, no fragments. */
function singleGroup(
  quote: QuoteRecord,
  speaker: string | null,
  key: string,
  words: number,
  outletOf: Map<string, string | null>,
  nameOf: Map<string, string>,
): QuoteGroupRecord {
  const idParts = words >= MIN_MATCH_WORDS ? ['quote', key] : ['quote', key, speaker ?? quote.quote_id]
  const outlet = outletOf.get(quote.article_id)
  const speakerIds = speaker === null ? [] : [speaker]
  return {
    group_id: stableIdFast('g', idParts),
    canonical_quote: quote.quote,
    canonical_quote_id: quote.quote_id,
    quote_ids: [quote.quote_id],
    article_ids: [quote.article_id],
    outlets: outlet === null || outlet === undefined ? [] : [outlet],
    speaker_ids: speakerIds,
    speakers: speakerIds.map((id) => nameOf.get(id) ?? id),
    size: 1,
    wording_variant: false,
    variants: [],
    attribution_conflict: false,
    fragment_of: [],
  }
}

function buildGroup(
  members: Member[],
  sameTokens: (i: number, j: number) => boolean,
  outletOf: Map<string, string | null>,
  nameOf: Map<string, string>,
): QuoteGroupRecord {
  const shared = new Map<string, number>()
  for (const m of members) shared.set(m.key, (shared.get(m.key) ?? 0) + 1)
  // The fullest wording; ties: the wording most members share, then the smallest words, then id.
  const canonical = [...members].sort(
    (a, b) =>
      b.words - a.words ||
      shared.get(b.key)! - shared.get(a.key)! ||
      compareIds(a.key, b.key) ||
      compareIds(a.quote.quote_id, b.quote.quote_id),
  )[0]!
  const canonicalWords = canonical.words
  const tokensOf = (m: Member): WordToken[] => (m.tokens ??= normaliseQuote(m.quote.quote))
  // Index of each canonical token among the speaker's words (editorial words excluded).
  const wordIndex: number[] = []
  let count = 0
  for (const t of tokensOf(canonical)) {
    wordIndex.push(count)
    if (!t.editorial) count++
  }
  wordIndex.push(count)

  const variants: QuoteGroupRecord['variants'] = []
  const fragments: QuoteGroupRecord['fragment_of'] = []
  // A wording reported many times (syndicated copy) is aligned once: same text, same alignment.
  // Member tokens are dropped once aligned, so a group of thousands holds one wording's tokens.
  const aligned = new Map<string, { diff: ReturnType<typeof wordDiff>; from: number; to: number }>()
  for (const m of members) {
    if (m === canonical) continue
    // The same words with no editorial ones align word for word: no variant, not a fragment.
    if (sameTokens(m.i, canonical.i)) continue
    let a = aligned.get(m.quote.quote)
    if (!a) {
      const alignment = alignWords(tokensOf(m), tokensOf(canonical))
      m.tokens = null
      a = { diff: wordDiff(alignment.steps), from: alignment.start, to: alignment.end }
      aligned.set(m.quote.quote, a)
    }
    const diff = a.diff
    if (diff.some((run) => run.op !== 'equal') && diff.length > 0) {
      variants.push({ quote_id: m.quote.quote_id, diff: [diff[0]!, ...diff.slice(1)] })
    }
    const start = wordIndex[a.from]!
    const end = wordIndex[a.to]!
    if (start > 0 || end < canonicalWords) {
      fragments.push({
        quote_id: m.quote.quote_id,
        of_quote_id: canonical.quote.quote_id,
        word_start: start,
        word_end: end,
        word_count: Math.max(canonicalWords, 1),
      })
    }
  }

  const speakerIds = uniqueSorted(members.flatMap((m) => (m.speaker === null ? [] : [m.speaker])))
  const quoteIds = members.map((m) => m.quote.quote_id).sort(compareIds)
  const articleIds = uniqueSorted(members.map((m) => m.quote.article_id))
  const outlets = uniqueSorted(articleIds.flatMap((id) => outletOf.get(id) ?? []))
  // Id over the canonical words; a short quote's words are not unique, so its speaker (or, with
  // no speaker, its own quote id) is part of its id, matching how short quotes are grouped.
  const idParts =
    canonicalWords >= MIN_MATCH_WORDS
      ? ['quote', canonical.key]
      : ['quote', canonical.key, canonical.speaker ?? canonical.quote.quote_id]
  return {
    group_id: stableIdFast('g', idParts),
    canonical_quote: canonical.quote.quote,
    canonical_quote_id: canonical.quote.quote_id,
    quote_ids: [quoteIds[0]!, ...quoteIds.slice(1)],
    article_ids: [articleIds[0]!, ...articleIds.slice(1)],
    outlets,
    speaker_ids: speakerIds,
    speakers: speakerIds.map((id) => nameOf.get(id) ?? id),
    size: members.length,
    wording_variant: variants.length > 0,
    variants: variants.sort((a, b) => compareIds(a.quote_id, b.quote_id)),
    attribution_conflict: speakerIds.length > 1,
    fragment_of: fragments.sort((a, b) => compareIds(a.quote_id, b.quote_id)),
  }
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareIds)
}
