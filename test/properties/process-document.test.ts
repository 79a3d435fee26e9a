import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { processDocument } from '../../pipeline/process-document.ts'
import { validators, describeErrors } from '../../pipeline/validate/schemas.ts'

// Text built from the pieces that make quote extraction hard: every mark shape, every line end,
// astral characters, apostrophes inside words, attribution cues and names.
const quoted = fc
  .tuple(
    fc.constantFrom('“', '"', '‘', '«', '„', "'"),
    fc.array(fc.constantFrom('We', 'will', 'not', 'don’t', 'win', 'this', '😀', 'é', 'fight', 'ever'), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('”', '"', '’', '»', '“', "'", ',”', '.”', ''),
    fc.constantFrom(' he said.', ' said Jane Smith.', ', she told reporters.', '', ' ', '\n\n“More words,” he added.'),
  )
  .map(([open, words, close, tail]) => `${open}${words.join(' ')}${close}${tail}`)
// A quotation running over paragraphs: no closing mark, the next paragraph opens again.
const multiParagraph = fc
  .tuple(fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n'), fc.integer({ min: 2, max: 4 }), fc.constantFrom('.', '!', '?'))
  .map(([eol, n, stop]) => `\n\nShe said: “${Array.from({ length: n }, (_, i) => `Part ${i} 😀 of it${stop}`).join(`${eol}“`)}”${eol}`)
const piece = fc.oneof(
  { weight: 5, arbitrary: quoted },
  { weight: 1, arbitrary: multiParagraph },
  { weight: 6, arbitrary: fc.constantFrom('“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', '「', '」') },
  { weight: 4, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r') },
  { weight: 8, arbitrary: fc.constantFrom('said', 'says', 'told reporters', 'Jane Smith', 'he', 'she', 'Mr. Lee', 'the minister', 'don’t', 'Britain’s', '’80s', 'according to') },
  { weight: 8, arbitrary: fc.constantFrom(' ', ', ', '. ', '? ', '! ', ': ', ' — ', '...', '(', ')') },
  { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z]{1,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom('😀', '𝒜', '𝟘', '\u{10FFFF}', 'é', 'e\u0301', '\uFFFD', '\t', '\u00A0', '\u2028') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)
const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''))
const longLine = fc.tuple(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 200, max: 3000 })).map(([parts, n]) => `“${'word '.repeat(n)}${parts.join('')}`)

/** Checks the invariants of issue 5 on one document; returns how many quotes, and multi-paragraph ones. */
function checkDocument(input: string): { quotes: number; multi: number } {
  const result = processDocument({ sourceFile: 'prop/doc.txt', text: input })
  const codePoints = [...input]
  const slice = (s: number, e: number) => codePoints.slice(s, e).join('')
  for (const q of result.quotes) {
    expect(validators.quote(q), describeErrors(validators.quote.errors)).toBe(true)
    expect(q.start).toBeLessThanOrEqual(q.end)
    expect(q.end).toBeLessThanOrEqual(codePoints.length)
    if (q.segments.length === 1) {
      expect(slice(q.start, q.end)).toBe(q.quote)
    } else {
      expect(q.segments.map(([s, e]) => slice(s!, e!)).join(' ')).toBe(q.quote)
    }
    expect(q.segments[0]![0]).toBe(q.start)
    expect(q.segments[q.segments.length - 1]![1]).toBe(q.end)
  }
  for (const a of result.articles) expect(validators.article(a), describeErrors(validators.article.errors)).toBe(true)
  for (const d of result.diagnostics) expect(validators.diagnostic(d), describeErrors(validators.diagnostic.errors)).toBe(true)
  return { quotes: result.quotes.length, multi: result.quotes.filter((q) => q.segments.length > 1).length }
}

describe('processDocument on any text', () => {
  test('never throws; every quote slices back from its offsets; every record validates', () => {
    let quotes = 0
    let multi = 0
    fc.assert(
      fc.property(text, (t) => {
        const found = checkDocument(t)
        quotes += found.quotes
        multi += found.multi
      }),
      { numRuns: 200 },
    )
    // The generator must actually produce quotes of both kinds, or the property checks nothing.
    expect(quotes).toBeGreaterThan(100)
    expect(multi).toBeGreaterThan(5)
  })

  test('long lines and long unclosed quotes', () => {
    fc.assert(
      fc.property(longLine, (t) => {
        checkDocument(t)
      }),
      { numRuns: 25 },
    )
  })

  test('the same text with LF, CRLF or lone CR line ends gives the same quotes at exact offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece.filter((p) => !/[\r\n]/.test(p)), fc.constant('\n')), { maxLength: 80 }), (parts) => {
        const lf = parts.join('')
        const results = ['\n', '\r\n', '\r'].map((eol) => {
          const t = lf.replace(/\n/g, eol)
          checkDocument(t)
          return processDocument({ sourceFile: 'prop/doc.txt', text: t }).quotes
        })
        // A quote that runs over a single line break holds that line end as written.
        const [a, b, c] = results.map((qs) => qs.map((q) => [q.quote.replace(/\r\n?/g, '\n'), q.line, q.column, q.speaker, q.kind, q.flags]))
        expect(b).toEqual(a)
        expect(c).toEqual(a)
      }),
      { numRuns: 150 },
    )
  })

  test('a counterexample it found: a name at a line start after a lone CR is a sentence subject', () => {
    const speakers = ['\n', '\r\n', '\r'].map((eol) => processDocument({ sourceFile: 'prop/doc.txt', text: `"${eol}Jane Smith“We” he said."` }).quotes.map((q) => q.speaker))
    expect(speakers).toEqual([['Jane Smith'], ['Jane Smith'], ['Jane Smith']])
  })
})
