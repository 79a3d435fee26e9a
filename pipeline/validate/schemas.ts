import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import type { ArticleRecord, DatasetConfig, Diagnostic, FileMetadata, QuoteGroupRecord, QuoteRecord, SpeakerRecord } from '../types.generated.ts'

/** The folder that holds the JSON Schemas (draft 2020-12), shipped with every release. */
export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema')

const ajv = new Ajv2020({ allErrors: true, strict: true })

function compile<T>(file: string): ValidateFunction<T> {
  const schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as { $id?: string }
  return (schema.$id && ajv.getSchema<T>(schema.$id)) || ajv.compile<T>(schema)
}

/** ajv validators, each compiled once per process. */
export const validators = {
  quote: compile<QuoteRecord>('quote.schema.json'),
  article: compile<ArticleRecord>('article.schema.json'),
  diagnostic: compile<Diagnostic>('diagnostic.schema.json'),
  fileMetadata: compile<FileMetadata>('file-metadata.schema.json'),
  datasetConfig: compile<DatasetConfig>('dataset-config.schema.json'),
  /** A published quote: quote.schema.json plus group_id and speaker_id required. */
  publishedQuote: compile<QuoteRecord>('published-quote.schema.json'),
  quoteGroup: compile<QuoteGroupRecord>('quote-group.schema.json'),
  speaker: compile<SpeakerRecord>('speaker.schema.json'),
}

/** One line per ajv error: `/speaker must be string,null`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ')
}
