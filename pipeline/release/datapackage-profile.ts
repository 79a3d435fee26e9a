import { Ajv } from 'ajv'
import * as addFormatsModule from 'ajv-formats'

/**
 * The Frictionless Data Package v2 profile's validating keywords for what a release uses:
 * package, licences, resources (path, format, mediatype, encoding, bytes, hash, dialect) and
 * Table Schema (fields by type, missingValues, primaryKey, foreignKeys). Transcribed from the
 * official draft-07 profile (frictionlessdata/datapackage, profiles/target/2.0/datapackage.json at
 * 7fd028b), with its annotations (title, description, examples, context, propertyOrder, options)
 * left out: the 140 kB original is not vendored here. Patterns, required lists, oneOf/anyOf
 * branches, enums and formats are as in the profile.
 */
const PATH = { type: 'string', pattern: '^(?=^[^./~])(^((?!\\.{2}).)*$).*$' }

const CONSTRAINTS_COMMON = { required: { type: 'boolean' }, unique: { type: 'boolean' } }

function constraints(properties: object): object {
  return { type: 'object', properties }
}

/** Table Schema v2 field types; each branch pins `type` as the profile's oneOf does. */
const FIELD_TYPES: Record<string, object> = {
  string: { format: { enum: ['default', 'email', 'uri', 'binary', 'uuid'] }, constraints: constraints({ ...CONSTRAINTS_COMMON, pattern: { type: 'string' }, enum: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, minLength: { type: 'integer' }, maxLength: { type: 'integer' } }) },
  number: { constraints: constraints(CONSTRAINTS_COMMON) },
  integer: { constraints: constraints({ ...CONSTRAINTS_COMMON, enum: { type: 'array', minItems: 1, uniqueItems: true }, minimum: { type: ['string', 'integer'] }, maximum: { type: ['string', 'integer'] } }) },
  boolean: { trueValues: { type: 'array', minItems: 1, items: { type: 'string' } }, falseValues: { type: 'array', minItems: 1, items: { type: 'string' } }, constraints: constraints({ ...CONSTRAINTS_COMMON, enum: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'boolean' } } }) },
  object: { constraints: constraints(CONSTRAINTS_COMMON) },
  array: { constraints: constraints({ ...CONSTRAINTS_COMMON, jsonSchema: { type: 'object' } }) },
  list: { delimiter: { type: 'string' }, itemType: { enum: ['string', 'integer', 'number', 'boolean', 'datetime', 'date', 'time'] }, constraints: constraints(CONSTRAINTS_COMMON) },
  datetime: { constraints: constraints(CONSTRAINTS_COMMON) },
  date: { constraints: constraints(CONSTRAINTS_COMMON) },
  time: { constraints: constraints(CONSTRAINTS_COMMON) },
  year: { constraints: constraints(CONSTRAINTS_COMMON) },
  yearmonth: { constraints: constraints(CONSTRAINTS_COMMON) },
  duration: { constraints: constraints(CONSTRAINTS_COMMON) },
  geopoint: { constraints: constraints(CONSTRAINTS_COMMON) },
  geojson: { constraints: constraints(CONSTRAINTS_COMMON) },
  any: { constraints: constraints(CONSTRAINTS_COMMON) },
}

const FIELD_COMMON = {
  name: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  example: {},
  missingValues: { type: 'array', items: { type: 'string' } },
  rdfType: { type: 'string' },
}

const FIELD = {
  type: 'object',
  oneOf: Object.entries(FIELD_TYPES).map(([type, props]) => ({
    type: 'object',
    // The profile's String Field alone lets `type` be left out (string is the default).
    required: type === 'string' ? ['name'] : ['name', 'type'],
    properties: { ...FIELD_COMMON, type: { enum: [type] }, ...props },
  })),
}

const STRING_ARRAY = { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true }

const TABLE_SCHEMA = {
  type: ['string', 'object'],
  required: ['fields'],
  properties: {
    $schema: { type: 'string' },
    fields: { type: 'array', minItems: 1, items: FIELD },
    fieldsMatch: { type: 'string', enum: ['exact', 'equal', 'subset', 'superset', 'partial'] },
    primaryKey: { oneOf: [{ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }, { type: 'string' }] },
    uniqueKeys: { type: 'array', minItems: 1, uniqueItems: true, items: STRING_ARRAY },
    foreignKeys: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['fields', 'reference'],
        oneOf: [
          { properties: { fields: { type: 'array', items: { type: 'string' } }, reference: { type: 'object', required: ['fields'], properties: { resource: { type: 'string' }, fields: STRING_ARRAY } } } },
          { properties: { fields: { type: 'string' }, reference: { type: 'object', required: ['fields'], properties: { resource: { type: 'string' }, fields: { type: 'string' } } } } },
        ],
      },
    },
    missingValues: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'array', items: { type: 'object', required: ['value'], properties: { value: { type: 'string' }, label: { type: 'string' } } } }] },
  },
}

const DIALECT = {
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    header: { type: 'boolean' },
    headerRows: { type: 'array', items: { type: 'integer', minimum: 1 } },
    headerJoin: { type: 'string' },
    commentRows: { type: 'array', items: { type: 'integer', minimum: 1 } },
    commentChar: { type: 'string' },
    delimiter: { type: 'string' },
    lineTerminator: { type: 'string' },
    quoteChar: { type: 'string' },
    doubleQuote: { type: 'boolean' },
    escapeChar: { type: 'string' },
    nullSequence: { type: 'string' },
    skipInitialSpace: { type: 'boolean' },
    property: { type: 'string' },
    itemType: { type: 'string', enum: ['array', 'object'] },
    itemKeys: { type: 'array', items: { type: 'string' } },
    sheetNumber: { type: 'integer', minimum: 1 },
    sheetName: { type: 'string' },
    table: { type: 'string' },
  },
}

const LICENSE = {
  type: 'object',
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: {
    name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' },
    path: PATH,
    title: { type: 'string' },
  },
}

const SOURCE = { type: 'object', minProperties: 1, properties: { title: { type: 'string' }, path: PATH, email: { type: 'string', format: 'email' }, version: { type: 'string' } } }

const RESOURCE = {
  type: 'object',
  oneOf: [{ required: ['name', 'data'] }, { required: ['name', 'path'] }],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    path: { oneOf: [PATH, { type: 'array', minItems: 1, items: PATH }] },
    data: {},
    type: { type: 'string', enum: ['table'] },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    sources: { type: 'array', minItems: 0, items: SOURCE },
    licenses: { type: 'array', minItems: 1, items: LICENSE },
    format: { type: 'string' },
    mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
    encoding: { type: 'string' },
    bytes: { type: 'integer' },
    hash: { type: 'string', pattern: '^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$' },
    dialect: { oneOf: [DIALECT, { type: 'string' }] },
    schema: TABLE_SCHEMA,
  },
}

/** The reduced v2 profile as a draft-07 JSON Schema. */
export const DATAPACKAGE_V2_PROFILE = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', format: 'uri' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    contributors: { type: 'array', minItems: 1, items: { type: 'object', minProperties: 1 } },
    keywords: { type: 'array', minItems: 1, items: { type: 'string' } },
    image: { type: 'string' },
    licenses: { type: 'array', minItems: 1, items: LICENSE },
    resources: { type: 'array', minItems: 1, items: RESOURCE },
    sources: { type: 'array', minItems: 0, items: SOURCE },
  },
}

// ajv-formats is CommonJS: under NodeNext its function is on `default` (research note §4).
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv) => Ajv
// The profile is draft-07 (a separate instance from the records' 2020-12 one); its `type`
// unions and untyped branches are what strictTypes would reject.
const ajv = new Ajv({ allErrors: true, strictTypes: false, strictRequired: false })
addFormats(ajv)
const validate = ajv.compile(DATAPACKAGE_V2_PROFILE)

/** Checks a descriptor against the v2 profile; returns one line per problem (empty when valid). */
export function checkDatapackage(descriptor: unknown): string[] {
  if (validate(descriptor)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
