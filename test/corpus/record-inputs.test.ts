import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { build, tempDir } from './build-helpers.ts'

const ARTICLE = (who: string) => `Talks stall in Brussels\n\n“We will not sign this deal,” ${who} said on Monday.\n\nThe talks resume next week.\n`

function readJsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
}

describe('JSONL and CSV inputs', () => {
  test('a JSONL export: bad lines are reported with file and line, the rest is built with its metadata', async () => {
    const input = tempDir('jsonl')
    const lines = [
      JSON.stringify({ id: 'a1', text: ARTICLE('Anna Schmidt'), title: 'Talks stall', outlet: 'Example Post', url: 'https://example.org/a1' }),
      '{"id": "a2", "text": "unterminated',
      '',
      JSON.stringify({ id: 'a3', body: 'no text field here' }),
      JSON.stringify({ id: 'a4', text: ARTICLE('Anna Schmidt'), author: 'J. Doe' }),
    ]
    writeFileSync(path.join(input, 'news.jsonl'), lines.join('\n') + '\n')
    const out = tempDir('out')
    const summary = await build(input, out, { corpus: { workers: 1 } })
    const bad = summary.diagnostics.filter((d) => d.stage === 'ingest').map((d) => [d.file, d.line, d.rule])
    expect(bad).toEqual([
      ['news.jsonl', 2, 'ingest:invalid-json-line'],
      ['news.jsonl', 4, 'ingest:missing-text'],
    ])
    expect(summary.diagnostics.find((d) => d.line === 4)?.message).toContain('id "a3"')
    const articles = readJsonl(path.join(out, 'v9.9.9/articles.jsonl'))
    expect(articles.map((a) => [a['source_file'], a['input_line'], a['title'], a['outlet'], a['author']])).toEqual([
      ['news.jsonl', 1, 'Talks stall', 'Example Post', null],
      ['news.jsonl', 5, 'Talks stall in Brussels', null, 'J. Doe'],
    ])
    // The same text on two lines still gives two distinct article ids.
    expect(new Set(articles.map((a) => a['article_id'])).size).toBe(2)
    const quotes = readJsonl(path.join(out, 'v9.9.9/quotes.jsonl'))
    expect(quotes.map((q) => [q['quote'], q['speaker']])).toEqual([
      ['We will not sign this deal,', 'Anna Schmidt'],
      ['We will not sign this deal,', 'Anna Schmidt'],
    ])
  })

  test('a CSV with configured columns: a row without text is reported by row, quoted newlines stay in the text', async () => {
    const input = tempDir('csv')
    const csv = [
      'headline,body,site',
      `"Talks stall","${ARTICLE('Anna Schmidt').replace(/"/g, '""')}",Example Post`,
      '"No body here",,Example Post',
      `"Second","${ARTICLE('Marc Dupont')}",Other Paper`,
    ]
    writeFileSync(path.join(input, 'export.csv'), csv.join('\n') + '\n')
    const out = tempDir('out')
    const summary = await build(input, out, { corpus: { workers: 0, fields: { text: 'body', title: 'headline', outlet: 'site' } } })
    const missing = summary.diagnostics.filter((d) => d.rule === 'ingest:missing-text')
    expect(missing.map((d) => [d.file, d.line])).toEqual([['export.csv', 2]])
    const articles = readJsonl(path.join(out, 'v9.9.9/articles.jsonl'))
    expect(articles.map((a) => [a['input_line'], a['title'], a['outlet']])).toEqual([
      [1, 'Talks stall', 'Example Post'],
      [3, 'Second', 'Other Paper'],
    ])
    expect(summary.quotes).toBe(2)
  })

  test('a CSV is read as comma-separated, however many semicolons its text holds', async () => {
    const input = tempDir('csv')
    const text = (name: string) => `${name} said; “We will not sign this deal; not now; not ever.” Talks resume; maybe; on Monday.`
    writeFileSync(path.join(input, 'export.csv'), ['text', text('Anna Schmidt'), text('Marc Dupont')].join('\n') + '\n')
    const out = tempDir('out')
    const summary = await build(input, out, { corpus: { workers: 0 } })
    expect(summary.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule)).toEqual([])
    const quotes = readJsonl(path.join(out, 'v9.9.9/quotes.jsonl'))
    expect(quotes.map((q) => q['quote'])).toEqual(['We will not sign this deal; not now; not ever.', 'We will not sign this deal; not now; not ever.'])
  })
})
