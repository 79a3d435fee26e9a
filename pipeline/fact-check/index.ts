import type { ArticleRecord, QuoteGroupRecord, QuoteRecord, SpeakerRecord } from '../types.generated.ts'
import { compareIds } from './compare-ids.ts'
import { groupSortedQuotes } from './group-quotes.ts'
import { linkSortedSpeakers } from './link-speakers.ts'

/** A quote record with the fact-check layer's ids (the lead adds both fields to quote.schema.json). */
export type QuoteRecordWithIds = QuoteRecord & { group_id: string; speaker_id: string | null }

export interface FactCheckLayer {
  /** Every input quote, sorted by quote_id, with group_id and speaker_id. */
  quotes: QuoteRecordWithIds[]
  /** Sorted by group_id; every quote is in exactly one. */
  groups: QuoteGroupRecord[]
  /** Sorted by speaker_id; every non-null speaker is in exactly one. */
  speakers: SpeakerRecord[]
}

/**
 * The dataset-wide fact-check layer, as two pure stages over all articles' records:
 * link speakers (one id per person, organisation or unnamed source) → group quotes (every report
 * of one quotation, with its variants, fragments and attribution conflicts). Same records in any
 * order give the same output and ids.
 */
export function buildFactCheckLayer(articles: readonly ArticleRecord[], quotes: readonly QuoteRecord[]): FactCheckLayer {
  const sorted = sortById(quotes)
  const { speakerIds, speakers } = linkSortedSpeakers(sorted)
  const { groupIds, groups } = groupSortedQuotes(sorted, speakerIds, articles, speakers)
  return {
    // One copy per quote; the same fields, in the same order, as adding speaker_id then group_id.
    quotes: sorted.map((q, i) => ({ ...q, speaker_id: speakerIds[i]!, group_id: groupIds[i]! })),
    groups,
    speakers,
  }
}

/** The layer's ids per input quote, in input order, with its groups and speakers. */
export interface FactCheckIds {
  /** group_id of quotes[i]. */
  groupIds: string[]
  /** speaker_id of quotes[i]. */
  speakerIds: Array<string | null>
  groups: QuoteGroupRecord[]
  speakers: SpeakerRecord[]
}

/**
 * buildFactCheckLayer without a copy of every quote: the ids come back by input position, for a
 * caller that streams the quotes a second time in the same order (the release build at 1 GB holds
 * 950,000 quotes; a copy of each, and a map from quote_id to its ids, cost hundreds of MB).
 * A quote_id that occurs more than once gets, at every occurrence, the ids of its last occurrence
 * in quote_id order, as a map keyed by quote_id over the layer's quotes would give.
 */
export function buildFactCheckIds(articles: readonly ArticleRecord[], quotes: readonly QuoteRecord[]): FactCheckIds {
  const n = quotes.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareIds(quotes[a]!.quote_id, quotes[b]!.quote_id) || a - b)
  const sorted = order.map((i) => quotes[i]!)
  const linked = linkSortedSpeakers(sorted)
  const grouped = groupSortedQuotes(sorted, linked.speakerIds, articles, linked.speakers)
  const groupIds = new Array<string>(n)
  const speakerIds = new Array<string | null>(n)
  let lastGroup = ''
  let lastSpeaker: string | null = null
  for (let k = n - 1; k >= 0; k--) {
    if (k === n - 1 || sorted[k]!.quote_id !== sorted[k + 1]!.quote_id) {
      lastGroup = grouped.groupIds[k]!
      lastSpeaker = linked.speakerIds[k]!
    }
    groupIds[order[k]!] = lastGroup
    speakerIds[order[k]!] = lastSpeaker
  }
  return { groupIds, speakerIds, groups: grouped.groups, speakers: linked.speakers }
}

/** The quotes in compareIds order of quote_id, equal ids in input order (a stable sort). */
function sortById(quotes: readonly QuoteRecord[]): QuoteRecord[] {
  return [...quotes].sort((a, b) => compareIds(a.quote_id, b.quote_id))
}
