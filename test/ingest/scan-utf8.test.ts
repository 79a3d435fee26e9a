import fc from 'fast-check'
import { expect, test } from 'vitest'
import { scanUtf8 } from '../../pipeline/ingest/scan-utf8.ts'

// Bytes biased towards UTF-8 lead and continuation bytes, so broken sequences are common.
const bytes = fc.array(
  fc.oneof(fc.integer({ min: 0x20, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0x0a, 0x0d)),
  { maxLength: 200 },
)

test('each invalid sequence found is exactly one U+FFFD from TextDecoder, at the line:column reported', () => {
  fc.assert(
    fc.property(bytes, (list) => {
      const input = Uint8Array.from(list)
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input)
      const scan = scanUtf8(input, Number.POSITIVE_INFINITY)
      const original = (Buffer.from(input).toString('latin1').match(/\xEF\xBF\xBD/g) ?? []).length
      const replacements: Array<{ line: number; column: number }> = []
      let line = 1
      let lineStart = 0
      for (let i = 0; i < text.length; i++) {
        const c = text[i]
        if (c === '\uFFFD') replacements.push({ line, column: [...text.slice(lineStart, i)].length + 1 })
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
          line++
          lineStart = i + 1
        }
      }
      expect(scan.invalidCount).toBe(replacements.length - original)
      if (original === 0) expect(scan.invalid.map(({ line, column }) => ({ line, column }))).toEqual(replacements)
    }),
    { numRuns: 300 },
  )
})
