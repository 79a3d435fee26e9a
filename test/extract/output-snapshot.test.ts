import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { processDocument } from '../../pipeline/process-document.ts'

// Byte-identical output guard for performance work on processDocument: a SHA-256 per document of
// JSON.stringify(processDocument(...)) (records and diagnostics) over every .txt of the seeds, the
// dev sets and the extract fixtures, plus variants of each (CRLF / lone CR line ends, hard-wrapped
// at 72 columns, astral characters and no-break spaces mixed in) that exercise the line, offset
// and paragraph code. `UPDATE_OUTPUT_SNAPSHOT=1 npx vitest run test/extract/output-snapshot.test.ts`
// rewrites the fixture; do that only for an intended change of output.
const repo = path.join(import.meta.dirname, '../..')
const fixture = path.join(import.meta.dirname, 'output-snapshot.json')
const roots = ['seeds', 'test/dev2/docs', 'test/dev3/docs', 'test/fixtures/extract']

function listTxt(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...listTxt(full))
    else if (name.endsWith('.txt')) out.push(full)
  }
  return out
}

function hardWrap(text: string, width: number): string {
  return text
    .split(/\n/)
    .map((line) => {
      const words = line.split(' ')
      const lines: string[] = []
      let cur = ''
      for (const w of words) {
        if (cur && cur.length + 1 + w.length > width) {
          lines.push(cur)
          cur = w
        } else cur = cur ? `${cur} ${w}` : w
      }
      lines.push(cur)
      return lines.join('\n')
    })
    .join('\n\n')
}

function variants(text: string): Array<[string, string]> {
  return [
    ['', text],
    ['#crlf', text.replace(/\r?\n/g, '\r\n')],
    ['#cr', text.replace(/\r?\n/g, '\r')],
    ['#wrap72', hardWrap(text.replace(/\r\n?/g, '\n'), 72)],
    ['#astral', text.replace(/ the /g, ' 😀the ').replace(/, /g, ',\u00A0').replace(/\. /g, '.\t ')],
  ]
}

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex')
}

export function computeSnapshot(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const root of roots) {
    for (const file of listTxt(path.join(repo, root))) {
      const rel = path.relative(repo, file).split(path.sep).join('/')
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      for (const [suffix, t] of variants(text)) {
        out[rel + suffix] = sha(JSON.stringify(processDocument({ sourceFile: rel, text: t })))
      }
    }
  }
  return out
}

test('processDocument output is byte-identical to the recorded snapshot', () => {
  const actual = computeSnapshot()
  if (process.env.UPDATE_OUTPUT_SNAPSHOT === '1' || !existsSync(fixture)) {
    writeFileSync(fixture, JSON.stringify(actual, null, 1) + '\n')
  }
  const expected = JSON.parse(readFileSync(fixture, 'utf8')) as Record<string, string>
  expect(Object.keys(actual).length).toBeGreaterThan(200)
  expect(actual).toEqual(expected)
})
