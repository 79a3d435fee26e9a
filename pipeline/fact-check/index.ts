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

/** The quotes in compareIds order of quote_id, equal ids in input order (a stable sort). */
function sortById(quotes: readonly QuoteRecord[]): QuoteRecord[] {
  return [...quotes].sort((a, b) => compareIds(a.quote_id, b.quote_id))
}
