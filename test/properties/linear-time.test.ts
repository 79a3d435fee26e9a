import { describe, expect, test } from 'vitest'
import { processDocument } from '../../pipeline/process-document.ts'

// Guards against quadratic blow-ups, not timing tests: the same shape of text at 1× and 4× size,
// best of three runs each, and 4× may cost at most 10× (linear is ~4×, quadratic ~16×, cubic ~64×).
// Sizes are chosen so 1× takes tens of milliseconds, well above timer noise.

function bestTime(text: string, reps = 3): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < reps; i++) {
    const start = performance.now()
    processDocument({ sourceFile: 'pathological.txt', text })
    best = Math.min(best, performance.now() - start)
  }
  return best
}

function growthRatio(make: (n: number) => string, n: number, reps = 3): number {
  bestTime(make(n), 1) // warm the JIT on this shape first
  const small = bestTime(make(n), reps)
  const large = bestTime(make(4 * n), reps)
  return large / Math.max(small, 2)
}

const linear: Array<[string, (n: number) => string, number]> = [
  ['unbalanced closing marks', (n) => 'a” b’ c» '.repeat(n), 3000],
  ['apostrophes everywhere', (n) => 'don’t Britain’s rock '.repeat(n), 2000],
  ['one long line of sentences', (n) => 'Jane Smith said it. '.repeat(n), 5000],
  ['lone-CR line ends', (n) => 'Jane Smith said it.\rAnd more, don’t you think?\r\r'.repeat(n), 2000],
  ['a quotation over many paragraphs', (n) => `She said: “${'Part of it.\r\n\r\n“'.repeat(n)}end.”`, 2000],
  ['many unclosed quotes, one per paragraph', (n) => '“We will win\n\n'.repeat(n), 2000],
  // One quote makes classifyKind split its whole paragraph into sentences; Intl.Segmenter is
  // quadratic in its input on Node 20 (fixed by chunking in split-sentences.ts, in progress).
  ['one long line holding a quote', (n) => `“We will,” Jane Smith said. ${'Jane Smith said it, and don’t stop. '.repeat(n)}`, 2500],
  // Each paragraph's search for its first mark ran on to the next mark in the file: with one quote
  // at the end of a long file, every paragraph read the rest of it.
  ['many paragraphs without marks, one quote at the end', (n) => `${'Jane Smith did it.\n'.repeat(n)}She said “we will”.\n`, 4000],
  // Context, reply and nested-pronoun attribution walk back only a few paragraphs.
  ['many cue-less quotations after one attributed', (n) => `“We will win,” said Jane Smith.\n\n${'“We will win this time.”\n\nThe crowd cheered.\n\n'.repeat(n)}`, 800],
  ['many replies with no one named', (n) => '“Will you?” he replied.\n\n'.repeat(n), 800],
  ['many nested quotes of “he said”', (n) => 'Jane Smith said: “Tom Lee told me, and then he said: ‘We will win the next election.’”\n\n'.repeat(n), 600],
]

describe('work grows linearly with the input', () => {
  test.each(linear)('%s', (_name, make, n) => {
    expect(growthRatio(make, n)).toBeLessThan(10)
  })

  // Was cubic: maskQuotes ran /[“"«][^”"»]*[”"»]/g over each quote's whole sentence, and with no
  // closing mark every “ scanned to the end. Now one pass over a bounded window per quote.
  test('thousands of unbalanced opening marks', () => {
    // (800: at 200 the 1× run took ~5 ms, below the file's tens of milliseconds, and timer noise
    // pushed a linear run to 10.6× on a busy machine.)
    expect(growthRatio((n) => '“a '.repeat(n), 800)).toBeLessThan(10)
  })

  // Were quadratic before 18be036/3c276d1 (every quote re-read the article's earlier quotes and
  // mentions; a sentence with no full stop is the whole line; each nested span was sliced whole).
  test('many quotes in one paragraph', () => {
    expect(growthRatio((n) => '“We win,” he said. '.repeat(n), 1000)).toBeLessThan(10)
  })

  test('many quotes in one endless sentence', () => {
    expect(growthRatio((n) => `${'“x,” said '.repeat(n)}Jane Smith.`, 500)).toBeLessThan(10)
  })

  test('deep nesting of alternating marks', () => {
    expect(growthRatio((n) => `${'“‘'.repeat(n)}x${'’”'.repeat(n)}`, 1000)).toBeLessThan(10)
  })
})

describe('pathological inputs complete', () => {
  test('a 5 MB single line holding quotes', () => {
    const line = `“We will,” Jane Smith said. ${'Jane Smith said it, and don’t stop, ’cause it works. '.repeat(95_000)}`
    expect(line.length).toBeGreaterThan(5_000_000)
    const result = processDocument({ sourceFile: 'five-mb-line.txt', text: line })
    expect(result.quotes.length).toBeGreaterThan(0)
  })

  test('a 5 MB single line with no quote mark', () => {
    const line = 'Jane Smith said it, and then more words followed. '.repeat(100_000)
    expect(line.length).toBeGreaterThanOrEqual(5_000_000)
    expect(processDocument({ sourceFile: 'five-mb-line.txt', text: line }).articles.length).toBeGreaterThan(0)
  })

  test('a 50,000-character quote keeps exact offsets', () => {
    const words = 'word 😀 '.repeat(7_143).trimEnd()
    const text = `Intro.\r\n\r\n“${words},” she said.\r\n`
    expect(words.length).toBeGreaterThanOrEqual(50_000)
    const [quote] = processDocument({ sourceFile: 'long-quote.txt', text }).quotes
    expect(quote?.quote).toBe(`${words},`)
    expect([...text].slice(quote!.start, quote!.end).join('')).toBe(quote!.quote)
  })

  test('thousands of unbalanced opening marks (10,000)', () => {
    const result = processDocument({ sourceFile: 'unbalanced.txt', text: '“a '.repeat(10_000) })
    expect(result.diagnostics.length).toBeGreaterThan(0)
  })
})
