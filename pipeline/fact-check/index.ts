import type { ArticleRecord, QuoteGroupRecord, QuoteRecord, SpeakerRecord } from '../types.generated.ts'
import { compareIds } from './compare-ids.ts'
import { groupQuotes } from './group-quotes.ts'
import { linkSpeakers } from './link-speakers.ts'

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
  const { speakerOf, speakers } = linkSpeakers(quotes)
  const withSpeakers = [...quotes]
    .sort((a, b) => compareIds(a.quote_id, b.quote_id))
    .map((q) => ({ ...q, speaker_id: speakerOf.get(q.quote_id) ?? null }))
  const { groupOf, groups } = groupQuotes(withSpeakers, articles, speakers)
  return {
    quotes: withSpeakers.map((q) => ({ ...q, group_id: groupOf.get(q.quote_id)! })),
    groups,
    speakers,
  }
}
