import { STAGE_FILES } from './stage-writer.ts'

/**
 * One table a release publishes: `<name>.jsonl` (exact, canonical) and, when `csv` is true,
 * `<name>.csv` (the spreadsheet edition), both described by the JSON Schema `schemaFile` in
 * schema/. datapackage.json, SHA256SUMS, the data card and the archive are generated from this
 * list, so a new table is one more entry here plus the step that writes its records.
 */
export interface ReleaseTable {
  /** Resource name and file stem: lower-case `[a-z0-9._-]`, kept across versions. */
  name: string
  schemaFile: string
  title: string
  description: string
  csv: boolean
  /** Where phase 1 left the records, in the temporary version folder; absent for derived tables. */
  stageFile?: string
  primaryKey?: string[]
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>
}

/** The tables of a release, in the order datapackage.json and the data card list them. */
export const RELEASE_TABLES: readonly ReleaseTable[] = [
  {
    name: 'quotes',
    schemaFile: 'quote.schema.json',
    title: 'Quotes',
    description: 'One row per direct quote: the quoted words, the speaker, the reporting cue and offsets into the source file.',
    csv: true,
    stageFile: STAGE_FILES.quotes,
    primaryKey: ['quote_id'],
    foreignKeys: [
      { fields: ['article_id'], reference: { resource: 'articles', fields: ['article_id'] } },
      { fields: ['group_id'], reference: { resource: 'quote_groups', fields: ['group_id'] } },
      { fields: ['speaker_id'], reference: { resource: 'speakers', fields: ['speaker_id'] } },
    ],
  },
  {
    name: 'articles',
    schemaFile: 'article.schema.json',
    title: 'Articles',
    description: 'One row per article found in the input files, with its metadata and quote count.',
    csv: true,
    stageFile: STAGE_FILES.articles,
    primaryKey: ['article_id'],
  },
  {
    name: 'quote_groups',
    schemaFile: 'quote-group.schema.json',
    title: 'Quote groups',
    description:
      'One row per quotation: every report of the same words across and within articles (exact copies, wording variants, fragments), with its canonical wording, word-level diffs of each variant, and flags for wording variants and attribution conflicts.',
    csv: true,
    primaryKey: ['group_id'],
  },
  {
    name: 'speakers',
    schemaFile: 'speaker.schema.json',
    title: 'Speakers',
    description:
      'One row per speaker across the dataset: canonical name, the name variants and roles seen, and how many quotes and articles; spelling variants across outlets are linked and flagged.',
    csv: true,
    primaryKey: ['speaker_id'],
  },
  {
    name: 'diagnostics',
    schemaFile: 'diagnostic.schema.json',
    title: 'Build diagnostics',
    description: 'Warnings and errors raised while building this version, with file:line:column, stage and rule id.',
    csv: false,
    stageFile: STAGE_FILES.diagnostics,
  },
]
