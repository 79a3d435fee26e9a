import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, test } from 'vitest'
import { buildFactCheckLayer } from '../../pipeline/fact-check/index.ts'
import { processDocument } from '../../pipeline/process-document.ts'
import type { ArticleRecord, QuoteRecord } from '../../pipeline/types.generated.ts'

// The fact-check layer over what the extractor finds in the five seeds today: the records are
// looked up by their words, never by id, so the test follows the extractor as it improves.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const articles: ArticleRecord[] = []
const quotes: QuoteRecord[] = []
for (const file of readdirSync(path.join(root, 'seeds')).sort()) {
  const result = processDocument({ sourceFile: file, text: readFileSync(path.join(root, 'seeds', file), 'utf8') })
  articles.push(...result.articles)
  quotes.push(...result.quotes)
}
const layer = buildFactCheckLayer(articles, quotes)
const fileOf = (q: QuoteRecord) => q.source_file.slice(0, 3)

function quotesWith(...phrases: string[]) {
  const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'")
  return layer.quotes.filter((q) => phrases.some((p) => fold(q.quote).includes(fold(p))))
}

function groupOf(members: { group_id: string }[]) {
  const ids = new Set(members.map((q) => q.group_id))
  expect(ids.size).toBe(1)
  return layer.groups.find((g) => g.group_id === [...ids][0])!
}

describe('seeds: quote groups', () => {
  test("Theresa May's words on shared intelligence: one group, the variant without \"our\" flagged", () => {
    const reports = quotesWith('law enforcement agencies must remain secure')
    expect(reports.map(fileOf).sort()).toEqual(['000', '001', '002'])
    const group = groupOf(reports)
    expect(group.quote_ids).toEqual(reports.map((q) => q.quote_id).sort())
    expect(group.canonical_quote).toMatch(/^I will make clear to President Trump/)
    expect(group.wording_variant).toBe(true)
    const withoutOur = reports.find((q) => !q.quote.includes(' our '))!
    expect(fileOf(withoutOur)).toBe('001')
    const variant = group.variants.find((v) => v.quote_id === withoutOur.quote_id)!
    expect(variant.diff.filter((run) => run.op !== 'equal')).toEqual([{ op: 'delete', words: 'our' }])
    expect(group.fragment_of.map((f) => f.quote_id)).toEqual([withoutOur.quote_id])
  })

  test('the police statement: one group across 000, 002 and 003, credited to different speakers', () => {
    const reports = quotesWith('trust is breached', 'damage is even greater')
    expect(new Set(reports.map(fileOf))).toEqual(new Set(['000', '002', '003']))
    const group = groupOf(reports)
    expect(group.size).toBe(reports.length)
    expect(group.canonical_quote).toMatch(/^When that trust is breached.*This damage is even greater/)
    const credited = new Set(reports.map((q) => q.speaker_id).filter((id) => id !== null))
    expect(credited.size).toBeGreaterThan(1)
    expect(group.attribution_conflict).toBe(true)
    // "[The] damage" (002) replaces "This damage": shown as an editorial substitution.
    const bracketed = reports.find((q) => q.quote.startsWith('[The]'))!
    const variant = group.variants.find((v) => v.quote_id === bracketed.quote_id)!
    expect(variant.diff.slice(0, 2)).toEqual([
      { op: 'delete', words: 'This' },
      { op: 'insert', words: '[The]' },
    ])
    // 000 splits the statement in two records around "it said": both are fragments of 003's.
    const fragments = group.fragment_of.map((f) => f.quote_id)
    for (const q of reports.filter((r) => fileOf(r) === '000')) expect(fragments).toContain(q.quote_id)
  })

  test('Amber Rudd: "it should not happen again" (003) is a fragment variant of her longer quote (000)', () => {
    const reports = quotesWith('should not happen again')
    expect(reports.map(fileOf).sort()).toEqual(['000', '003'])
    const group = groupOf(reports)
    const short = reports.find((q) => fileOf(q) === '003')!
    expect(group.fragment_of).toEqual([expect.objectContaining({ quote_id: short.quote_id, of_quote_id: group.canonical_quote_id })])
    expect(group.variants).toEqual([
      {
        quote_id: short.quote_id,
        diff: [
          { op: 'delete', words: 'that' },
          { op: 'insert', words: 'it' },
          { op: 'equal', words: 'should not happen again' },
        ],
      },
    ])
    expect(group.attribution_conflict).toBe(false)
  })

  test('Lieberman\'s "spot repair" (001) and Liberman\'s (003): one group, one speaker, no conflict', () => {
    const group = groupOf(quotesWith('spot repair'))
    expect(group.size).toBe(2)
    expect(group.speaker_ids).toHaveLength(1)
    expect(group.attribution_conflict).toBe(false)
  })

  test('no unrelated quotes merged: every member of a group shares a run of 3+ words with its canonical wording', () => {
    const words = (s: string) => s.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? []
    for (const group of layer.groups) {
      const canonical = words(group.canonical_quote).join(' ')
      for (const id of group.quote_ids) {
        const member = words(layer.quotes.find((q) => q.quote_id === id)!.quote)
        const runs = member.slice(0, -2).map((_, i) => member.slice(i, i + 3).join(' '))
        const shares = member.length < 3 ? canonical === member.join(' ') : runs.some((r) => canonical.includes(r))
        expect(shares, `${id} in ${group.canonical_quote}`).toBe(true)
      }
    }
    // Chris Webb's "intelligence with overseas law enforcement agencies" stays out of May's group.
    const webb = quotesWith('overseas law enforcement agencies')
    const may = quotesWith('law enforcement agencies must remain secure')
    expect(webb[0]!.group_id).not.toBe(may[0]!.group_id)
  })
})

describe('seeds: speakers', () => {
  const speakerOf = (id: string | null) => layer.speakers.find((s) => s.speaker_id === id)

  test('Avigdor Lieberman / Liberman: one speaker id, flagged as a spelling variant', () => {
    const ids = new Set(layer.quotes.filter((q) => /Li(e)?berman/.test(q.speaker ?? '')).map((q) => q.speaker_id))
    expect(ids.size).toBe(1)
    const speaker = speakerOf([...ids][0]!)!
    expect(speaker.spelling_variant).toBe(true)
    expect(speaker.name_variants).toEqual(['Avigdor Liberman', 'Avigdor Lieberman'])
    expect(speaker.article_count).toBe(3)
  })

  test.each(['Trump', 'Theresa May', 'Amber Rudd', 'Mark Rowley', 'Shashank Joshi'])('%s: one speaker id across the seeds', (name) => {
    const surname = name.split(' ').pop()!
    const theirs = layer.quotes.filter((q) => q.speaker !== null && new RegExp(`^(?:\\S+ )*${surname}$`).test(q.speaker))
    expect(theirs.length).toBeGreaterThan(0)
    expect(new Set(theirs.map((q) => q.speaker_id)).size).toBe(1)
  })

  test('only Lieberman is flagged as a spelling variant', () => {
    expect(layer.speakers.filter((s) => s.spelling_variant).map((s) => s.canonical_name)).toEqual(['Avigdor Lieberman'])
  })
})

describe('seeds: records', () => {
  test('groups and speakers validate against their schemas', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true })
    const load = (f: string) => JSON.parse(readFileSync(path.join(root, 'schema', f), 'utf8')) as object
    const validGroup = ajv.compile(load('quote-group.schema.json'))
    const validSpeaker = ajv.compile(load('speaker.schema.json'))
    for (const g of layer.groups) expect(validGroup(g), JSON.stringify(validGroup.errors)).toBe(true)
    for (const s of layer.speakers) expect(validSpeaker(s), JSON.stringify(validSpeaker.errors)).toBe(true)
  })

  test('every quote is in exactly one group; ids follow the patterns; null speaker, null id', () => {
    const members = layer.groups.flatMap((g) => g.quote_ids)
    expect(members.slice().sort()).toEqual(layer.quotes.map((q) => q.quote_id).sort())
    for (const q of layer.quotes) {
      expect(q.group_id).toMatch(/^g_[0-9a-f]{16}$/)
      expect(q.speaker_id === null).toBe(q.speaker === null)
      if (q.speaker_id !== null) expect(q.speaker_id).toMatch(/^s_[0-9a-f]{16}$/)
    }
    expect(new Set(layer.groups.map((g) => g.group_id)).size).toBe(layer.groups.length)
  })

  test('shuffled input gives byte-identical output', () => {
    const shuffled = [...quotes].sort((a, b) => (a.quote.length * 7919) % 101 - (b.quote.length * 7919) % 101)
    expect(JSON.stringify(buildFactCheckLayer([...articles].reverse(), shuffled))).toBe(JSON.stringify(layer))
  })
})
