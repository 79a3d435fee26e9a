import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { readMetadata, sidecarPath } from '../../pipeline/ingest/read-metadata.ts'
import { validators } from '../../pipeline/validate/schemas.ts'

const tmp = mkdtempSync(path.join(tmpdir(), 'ql-meta-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function meta(name: string, yaml: string | Buffer | null) {
  if (yaml !== null) writeFileSync(path.join(tmp, `${name}.meta.yaml`), yaml)
  const result = readMetadata(path.join(tmp, `${name}.txt`), `sub/${name}.txt`)
  for (const d of result.diagnostics) expect(validators.diagnostic(d), JSON.stringify(d)).toBe(true)
  return result
}

test('no sidecar: no metadata, no diagnostics', () => {
  expect(meta('none', null)).toEqual({ metadata: undefined, metadataPath: 'sub/none.meta.yaml', diagnostics: [] })
})

test('a valid sidecar is returned as is', () => {
  const result = meta('ok', 'title: "Davis Cup"\noutlet: Sportsnet\npublished: "2019-11-20T10:00:00Z"\n')
  expect(result).toEqual({
    metadata: { title: 'Davis Cup', outlet: 'Sportsnet', published: '2019-11-20T10:00:00Z' },
    metadataPath: 'sub/ok.meta.yaml',
    diagnostics: [],
  })
})

test('an empty sidecar is empty metadata', () => {
  expect(meta('empty', '').metadata).toEqual({})
})

test.each([
  ['schema violations point at the value or the unknown key', 'title: ok\npublished: 2019-13\n  # note\nauthr: Ann\n', [
    ['ingest:invalid-metadata', 2, 12, 'Metadata ignored: published must be an ISO 8601 date or date-time, e.g. "2019-11-12"'],
    ['ingest:invalid-metadata', 4, 1, 'Metadata ignored: unknown field `authr` (allowed: title, outlet, author, url, published)'],
  ]],
  ['a wrong type', 'title: "Ünïcödé 😀"\nurl: 42\n', [['ingest:invalid-metadata', 2, 6, 'Metadata ignored: url must be string']]],
  ['columns count code points', '😀: x\n', [['ingest:invalid-metadata', 1, 1, 'Metadata ignored: unknown field `😀` (allowed: title, outlet, author, url, published)']]],
  ['not a mapping', '- a\n- b\n', [['ingest:invalid-metadata', 1, 1, 'Metadata ignored: the file must be object']]],
  ['YAML syntax', 'title: "unclosed\nurl: x\n', [['ingest:metadata-yaml', 3, 1, undefined]]],
  ['a duplicate key', 'title: a\ntitle: b\n', [['ingest:metadata-yaml', 2, 1, undefined]]],
])('%s: reported with file:line:column, metadata ignored', (_name, yaml, expected) => {
  const result = meta(`case-${expected.length}-${yaml.length}`, yaml)
  expect(result.metadata).toBeUndefined()
  expect(result.diagnostics.every((d) => d.severity === 'error' && d.file.startsWith('sub/case-'))).toBe(true)
  const got = result.diagnostics.map((d, i) => [d.rule, d.line, d.column, expected[i]?.[3] === undefined ? undefined : d.message])
  expect(got).toEqual(expected)
})

test('an alias bomb does not expand without bound', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`)
  const result = meta('bomb', `${lines.join('\n')}\n`)
  expect(result.metadata).toBeUndefined()
  expect(result.diagnostics[0]?.rule).toBe('ingest:metadata-yaml')
})

test('a sidecar that is not UTF-8 is reported', () => {
  const result = meta('latin1', Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]))
  expect(result.diagnostics.map((d) => d.rule)).toEqual(['ingest:invalid-metadata'])
})

test.each([
  ['a/story.txt', 'a/story.meta.yaml'],
  ['story.final.txt', 'story.final.meta.yaml'],
  ['.hidden', '.hidden.meta.yaml'],
  ['dir.v2/README', 'dir.v2/README.meta.yaml'],
])('sidecarPath(%s) = %s', (input, expected) => {
  expect(sidecarPath(input)).toBe(expected)
})
