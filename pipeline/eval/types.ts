/**
 * Shapes shared by the scorer. Gold records follow ../shared/eval/GUIDELINE.md;
 * a system quote is the part of the pipeline's QuoteRecord the scorer reads.
 * Offsets are code points into the document text, marks excluded, end exclusive.
 */

export type GoldKind = 'full' | 'partial' | 'term'

export interface GoldRecord {
  doc: string
  start: number
  end: number
  text: string
  kind: GoldKind
  speaker: string | null
  aliases: string[]
  continues: boolean
  note?: string | null
}

export interface SystemQuote {
  start: number
  end: number
  speaker: string | null
  quote?: string
  kind?: string
  /** One [start, end) pair per paragraph of a multi-paragraph quote; used instead of start..end when present. */
  segments?: ReadonlyArray<readonly [number, number]>
}

/** Raw tallies for one document or a sum of documents; metrics are derived from these. */
export interface Counts {
  goldFull: number
  goldPartial: number
  foundFull: number
  foundPartial: number
  /** Found gold quotes whose best-covering system quote names the right speaker. */
  foundRightSpeaker: number
  systemQuotes: number
  systemCorrect: number
  /** Correct system quotes whose speaker matches the gold quote they overlap most. */
  systemCorrectRightSpeaker: number
}

export interface Metrics {
  recallFull: number | null
  recallPartial: number | null
  recall: number | null
  precision: number | null
  spanF1: number | null
  attribution: number | null
  e2ePrecision: number | null
  e2eRecall: number | null
  e2eF1: number | null
}

export type Finding =
  | { type: 'miss'; doc: string; start: number; end: number; text: string; kind: GoldKind; coverage: number }
  | {
      type: 'false-quote'
      doc: string
      start: number
      end: number
      text: string
      inside: number
      /** True when most of the quote lies in a gold term span (scare quotes, a title, a name). */
      inTerm: boolean
    }
  | {
      type: 'wrong-speaker'
      doc: string
      start: number
      end: number
      text: string
      expected: string | null
      got: string | null
    }

export interface DocumentScore {
  doc: string
  counts: Counts
  findings: Finding[]
}
