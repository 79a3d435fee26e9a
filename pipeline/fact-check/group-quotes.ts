import type { ArticleRecord, QuoteGroupRecord, QuoteRecord, SpeakerRecord } from '../types.generated.ts'
import { stableId } from '../records/stable-id.ts'
import { alignWords } from './align-words.ts'
import { compareIds } from './compare-ids.ts'
import { allowedEdits, matchQuotes, MIN_MATCH_WORDS } from './match-quotes.ts'
import { normaliseQuote, type WordToken } from './normalise-quote.ts'
import { UnionFind } from './union-find.ts'
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
 * Groups are closed under these links (union-find), then each member is diffed against the
 * fullest wording.
 */
export function groupQuotes(
  quotes: readonly QuoteWithSpeaker[],
  articles: readonly ArticleRecord[],
  speakers: readonly SpeakerRecord[],
): GroupedQuotes {
  const sorted = [...quotes].sort((a, b) => compareIds(a.quote_id, b.quote_id))
  const tokens = sorted.map((q) => normaliseQuote(q.quote))
  const keys = tokens.map((ts) => ts.filter((t) => !t.editorial).map((t) => t.key))
  const sets = new UnionFind(sorted.length)

  const exact = new Map<string, number>()
  sorted.forEach((q, i) => {
    const words = keys[i]!
    if (words.length === 0) return
    if (words.length < MIN_MATCH_WORDS && q.speaker_id === null) return
    const key = words.length < MIN_MATCH_WORDS ? `${words.join(' ')}\u0000${q.speaker_id}` : words.join(' ')
    const first = exact.get(key)
    if (first === undefined) exact.set(key, i)
    else sets.union(first, i)
  })

  const postings = new Map<string, number[]>()
  const pairsOf = keys.map((words) => (words.length >= MIN_MATCH_WORDS ? wordPairs(words) : []))
  pairsOf.forEach((pairs, i) => {
    for (const pair of pairs) {
      const list = postings.get(pair)
      if (list) list.push(i)
      else postings.set(pair, [i])
    }
  })

  pairsOf.forEach((pairs, i) => {
    if (pairs.length === 0) return
    const probes = [...pairs]
      .sort((a, b) => postings.get(a)!.length - postings.get(b)!.length || compareIds(a, b))
      .slice(0, 2 * allowedEdits(keys[i]!.length) + 1)
    const tried = new Set<number>()
    for (const pair of probes) {
      for (const j of postings.get(pair)!) {
        if (tried.size >= MAX_CANDIDATES) break
        if (j === i || tried.has(j)) continue
        tried.add(j)
        // Only the shorter side verifies a pair (it is the one whose pairs are guaranteed to be found).
        const li = keys[i]!.length
        const lj = keys[j]!.length
        if (lj < li || (lj === li && j < i)) continue
        if (sets.find(i) === sets.find(j)) continue
        if (matchQuotes(tokens[i]!, tokens[j]!)) sets.union(i, j)
      }
    }
  })

  const members = new Map<number, number[]>()
  sorted.forEach((_, i) => {
    const root = sets.find(i)
    const list = members.get(root)
    if (list) list.push(i)
    else members.set(root, [i])
  })

  const outletOf = new Map(articles.map((a) => [a.article_id, a.outlet]))
  const nameOf = new Map(speakers.map((s) => [s.speaker_id, s.canonical_name]))
  const groupOf = new Map<string, string>()
  const groups: QuoteGroupRecord[] = []
  for (const indices of members.values()) {
    const group = buildGroup(indices.map((i) => ({ quote: sorted[i]!, tokens: tokens[i]!, key: keys[i]!.join(' ') })), outletOf, nameOf)
    for (const id of group.quote_ids) groupOf.set(id, group.group_id)
    groups.push(group)
  }
  groups.sort((a, b) => compareIds(a.group_id, b.group_id))
  return { groupOf, groups }
}

interface Member {
  quote: QuoteWithSpeaker
  tokens: WordToken[]
  key: string
}

function buildGroup(
  members: Member[],
  outletOf: Map<string, string | null>,
  nameOf: Map<string, string>,
): QuoteGroupRecord {
  const shared = new Map<string, number>()
  for (const m of members) shared.set(m.key, (shared.get(m.key) ?? 0) + 1)
  // The fullest wording; ties: the wording most members share, then the smallest words, then id.
  const canonical = [...members].sort(
    (a, b) =>
      wordCount(b) - wordCount(a) ||
      shared.get(b.key)! - shared.get(a.key)! ||
      compareIds(a.key, b.key) ||
      compareIds(a.quote.quote_id, b.quote.quote_id),
  )[0]!
  const canonicalWords = wordCount(canonical)
  // Index of each canonical token among the speaker's words (editorial words excluded).
  const wordIndex: number[] = []
  let count = 0
  for (const t of canonical.tokens) {
    wordIndex.push(count)
    if (!t.editorial) count++
  }
  wordIndex.push(count)

  const variants: QuoteGroupRecord['variants'] = []
  const fragments: QuoteGroupRecord['fragment_of'] = []
  for (const m of members) {
    if (m === canonical) continue
    const alignment = alignWords(m.tokens, canonical.tokens)
    const diff = wordDiff(alignment.steps)
    if (diff.some((run) => run.op !== 'equal') && diff.length > 0) {
      variants.push({ quote_id: m.quote.quote_id, diff: [diff[0]!, ...diff.slice(1)] })
    }
    const start = wordIndex[alignment.start]!
    const end = wordIndex[alignment.end]!
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

  const speakerIds = uniqueSorted(members.flatMap((m) => (m.quote.speaker_id === null ? [] : [m.quote.speaker_id])))
  const quoteIds = members.map((m) => m.quote.quote_id).sort(compareIds)
  const articleIds = uniqueSorted(members.map((m) => m.quote.article_id))
  const outlets = uniqueSorted(articleIds.flatMap((id) => outletOf.get(id) ?? []))
  // Id over the canonical words; a short quote's words are not unique, so its speaker (or, with
  // no speaker, its own quote id) is part of its id, matching how short quotes are grouped.
  const idParts =
    canonicalWords >= MIN_MATCH_WORDS
      ? ['quote', canonical.key]
      : ['quote', canonical.key, canonical.quote.speaker_id ?? canonical.quote.quote_id]
  return {
    group_id: stableId('g', idParts),
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

function wordCount(m: Member): number {
  return m.key === '' ? 0 : m.key.split(' ').length
}

/** Distinct adjacent word pairs: "must remain secure" → "must remain", "remain secure". */
function wordPairs(words: readonly string[]): string[] {
  const pairs = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`)
  return [...pairs]
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareIds)
}
