import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { readSource } from '../../pipeline/ingest/read-source.ts'
import { validators } from '../../pipeline/validate/schemas.ts'

const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile')
const TEXT = '“I won’t resign,” the minister said. ‘No,’ she added — café.\r\nSecond line\n'
const tmp = mkdtempSync(path.join(tmpdir(), 'ql-read-source-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function read(rel: string, maxBytes?: number) {
  const result = readSource(path.join(HOSTILE, rel), rel, maxBytes === undefined ? {} : { maxBytes })
  for (const d of result.diagnostics) expect(validators.diagnostic(d), JSON.stringify(d)).toBe(true)
  return result
}

function write(name: string, bytes: Uint8Array | string): string {
  const abs = path.join(tmp, name)
  writeFileSync(abs, bytes)
  return abs
}

describe('readSource: encodings', () => {
  test.each([
    ['encodings/utf8-plain.txt', 'utf-8', false, TEXT],
    ['encodings/utf8-bom.txt', 'utf-8', true, TEXT],
    ['encodings/utf16le-bom.txt', 'utf-16le', true, `${TEXT}😀 astral`],
    ['encodings/utf16be-bom.txt', 'utf-16be', true, `${TEXT}😀 astral`],
    // Curly quotes as 0x93/0x94 and 0x91/0x92, em dash 0x97: Node 20's TextDecoder gets these wrong.
    ['encodings/windows-1252.txt', 'windows-1252', false, TEXT],
  ])('%s decodes as %s, BOM removed, nothing else changed', (rel, encoding, bom, expected) => {
    const result = read(rel)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.encoding).toBe(encoding)
    expect(result.bom).toBe(bom)
    expect(result.text).toBe(expected)
    expect(result.diagnostics).toEqual([])
  })

  test('invalid bytes in a mostly UTF-8 file: U+FFFD, and a warning naming byte offset and line:column', () => {
    const result = read('encodings/utf8-invalid-bytes.txt')
    expect(result.ok && result.encoding).toBe('utf-8')
    if (!result.ok) return
    expect(result.text).toBe('Café “one”\nbad \uFFFDhere\r\nnaïve ok\nend \uFFFD')
    const warnings = result.diagnostics.map((d) => [d.rule, d.line, d.column, d.severity])
    expect(warnings).toEqual([
      ['ingest:invalid-utf8', 2, 5, 'warning'],
      ['ingest:invalid-utf8', 4, 5, 'warning'],
    ])
    // 'Café “one”\n' is 16 bytes (é 2, each curly mark 3), 'bad ' 4 more: the stray 0x93 is byte 20.
    expect(result.diagnostics[0]!.message).toBe('Invalid UTF-8 (93) at byte 20 replaced by U+FFFD')
    expect(result.diagnostics[1]!.message).toMatch(/\(E2 80\) at byte \d+/)
  })

  test('the reported line:column is where the U+FFFD lands in the text (astral characters, CR, CRLF)', () => {
    const bytes = Buffer.concat([
      // Enough valid multi-byte characters that the file reads as UTF-8, not Windows-1252.
      Buffer.from('😀😀 x éééééé\r'),
      Buffer.from([0xc0]),
      Buffer.from('\r\n  é 𝒜'),
      Buffer.from([0xed, 0xa0, 0x80]), // a UTF-8-encoded surrogate: three U+FFFD
      Buffer.from('ok\n'),
      Buffer.from([0xf4, 0x90]), // above U+10FFFF: two U+FFFD
    ])
    const result = readSource(write('positions.txt', bytes), 'positions.txt')
    expect(result.ok && result.encoding).toBe('utf-8')
    if (!result.ok) return
    const text = result.text
    const expected: Array<[number, number]> = []
    const lineStarts = [0]
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] !== '\n') lineStarts.push(i + 1)
      if (text[i] === '\n') lineStarts.push(i + 1)
      if (text[i] === '\uFFFD') {
        const lineStart = lineStarts[lineStarts.length - 1]!
        expected.push([lineStarts.length, [...text.slice(lineStart, i)].length + 1])
      }
    }
    expect(expected).toHaveLength(6)
    expect(result.diagnostics.map((d) => [d.line, d.column])).toEqual(expected)
  })

  test('more invalid sequences than the listed ones are summed up in one line', () => {
    const bytes = Buffer.from('é'.repeat(40))
    const withBad = Buffer.concat([bytes, Buffer.from(Array.from({ length: 25 }, () => 0xff))])
    const result = readSource(write('many-bad.txt', withBad), 'many-bad.txt')
    expect(result.ok && result.encoding).toBe('utf-8')
    expect(result.diagnostics).toHaveLength(11)
    expect(result.diagnostics[10]!.message).toBe('15 more invalid UTF-8 sequences replaced by U+FFFD')
  })

  test('Windows-1252 bytes with no character (0x81) are named, not silently dropped', () => {
    const result = readSource(write('cp1252-hole.txt', Buffer.from([0x93, 0x48, 0x69, 0x94, 0x0d, 0x0a, 0x41, 0x81])), 'cp1252-hole.txt')
    expect(result.ok && result.encoding).toBe('windows-1252')
    if (!result.ok) return
    expect(result.text).toBe('“Hi”\r\nA\uFFFD')
    expect(result.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['ingest:invalid-windows-1252', 2, 2]])
  })

  test('a Windows-1252 file with a few byte pairs that happen to be valid UTF-8 is flagged as mixed', () => {
    const bytes = Buffer.concat([Buffer.from([0x93]), Buffer.from('caf'), Buffer.from('é', 'utf8'), Buffer.from([0x94, 0x20, 0x93, 0x94])])
    const result = readSource(write('mixed.txt', bytes), 'mixed.txt')
    expect(result.ok && result.encoding).toBe('windows-1252')
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['ingest:mixed-encoding'])
  })

  test('UTF-16 with a lone surrogate or an odd trailing byte warns and replaces', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('b', 'utf16le'), Buffer.from([0x41])])
    const result = readSource(write('utf16-bad.txt', le), 'utf16-bad.txt')
    expect(result.ok && result.text).toBe('a\uFFFDb')
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['ingest:invalid-utf16', 'ingest:invalid-utf16'])
  })
})

describe('readSource: refusals', () => {
  test.each([
    ['binary/image named.txt', 'ingest:binary-file', /PNG image signature/],
    ['binary/pdf.txt', 'ingest:binary-file', /PDF signature/],
    ['binary/gzip.txt', 'ingest:binary-file', /gzip signature/],
    ['binary/nul-bytes.txt', 'ingest:binary-file', /NUL byte at offset 15/],
    ['binary/utf16-no-bom.txt', 'ingest:binary-file', /UTF-16 text without a byte order mark/],
  ])('%s is refused (%s)', (rel, rule, reason) => {
    const result = read(rel)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.rule).toBe(rule)
    expect(result.reason).toMatch(reason)
    expect(result.diagnostics).toEqual([
      { file: rel, line: null, column: null, severity: 'error', stage: 'ingest', rule, message: `File refused: ${result.reason}` },
    ])
  })

  test('a file over maxBytes is refused unread; at the limit it is read', () => {
    const abs = write('big.txt', 'x'.repeat(1000))
    const over = readSource(abs, 'big.txt', { maxBytes: 999 })
    expect(over.ok === false && over.rule).toBe('ingest:file-too-large')
    expect(over.ok === false && over.reason).toBe('1000 bytes, over the size limit of 999 bytes')
    expect(readSource(abs, 'big.txt', { maxBytes: 1000 }).ok).toBe(true)
  })

  test('a missing file (gone between listing and reading) is refused as unreadable', () => {
    const result = readSource(path.join(tmp, 'gone.txt'), 'gone.txt')
    expect(result.ok === false && result.rule).toBe('ingest:unreadable-file')
    expect(result.ok === false && result.reason).toBe('cannot be read (ENOENT)')
  })

  test('a folder named like a file is refused, not read', () => {
    const result = readSource(tmp, 'folder.txt')
    expect(result.ok === false && result.rule).toBe('ingest:not-a-regular-file')
  })

  test('UTF-32 is refused with a reason, not read as UTF-16 with NULs', () => {
    const result = readSource(write('utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0])), 'utf32.txt')
    expect(result.ok === false && result.rule).toBe('ingest:unsupported-encoding')
  })

  test('a text that starts with letters of a signature is not refused', () => {
    const result = readSource(write('riff.txt', 'RIFF between the parties, said BZh.'), 'riff.txt')
    expect(result.ok).toBe(true)
  })
})

describe('readSource: empty input', () => {
  test.each([
    ['empty.txt', 'Empty file: no articles'],
    ['whitespace-only.txt', 'File holds only white space: no articles'],
  ])('%s is read, with a warning', (rel, message) => {
    const result = read(rel)
    expect(result.ok).toBe(true)
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message])).toEqual([['ingest:empty-file', 'warning', message]])
  })

  test('a file holding only a BOM is empty text', () => {
    const result = readSource(write('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf])), 'bom-only.txt')
    expect(result.ok && result.text).toBe('')
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['ingest:empty-file'])
  })
})
