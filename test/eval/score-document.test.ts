import { describe, expect, test } from 'vitest'
import { addCounts } from '../../pipeline/eval/add-counts.ts'
import { computeMetrics } from '../../pipeline/eval/compute-metrics.ts'
import { scoreDocument } from '../../pipeline/eval/score-document.ts'
import type { GoldKind, GoldRecord, SystemQuote } from '../../pipeline/eval/types.ts'

// Hand-made article; every offset below is found by searching it, so a typo fails loudly.
const TEXT = [
  'Trump calls leaks “deeply troubling” as the “Five Eyes” row grows',
  '“The leaks of sensitive information pose a grave threat to our national security,” he said.',
  'Theresa May said Britain’s trust was “secure”. ‘We will not share more,’ an aide said.',
].join('\n')

function at(fragment: string, occurrence = 0): [number, number] {
  let index = -1
  for (let k = 0; k <= occurrence; k++) index = TEXT.indexOf(fragment, index + 1)
  if (index < 0) throw new Error(`fragment not in text: ${fragment}`)
  // Offsets are code points; this text is all BMP, so UTF-16 indices equal code points.
  return [index, index + fragment.length]
}

function gold(fragment: string, kind: GoldKind, speaker: string | null, aliases: string[] = []): GoldRecord {
  const [start, end] = at(fragment)
  return { doc: 'd.txt', start, end, text: fragment, kind, speaker, aliases, continues: false }
}

function sys(fragment: string, speaker: string | null, extra: Partial<SystemQuote> = {}): SystemQuote {
  const [start, end] = at(fragment)
  return { start, end, speaker, ...extra }
}

const LEAKS = 'The leaks of sensitive information pose a grave threat to our national security,'
const GOLD: GoldRecord[] = [
  gold('deeply troubling', 'partial', 'Donald Trump', ['Trump', 'President Trump']),
  gold('Five Eyes', 'term', null),
  gold(LEAKS, 'full', 'Donald Trump', ['Trump', 'President Trump']),
  gold('secure', 'partial', 'Theresa May', ['May']),
  gold('We will not share more,', 'full', 'aide'),
]

function score(system: SystemQuote[], goldRecords: GoldRecord[] = GOLD) {
  return scoreDocument({ doc: 'd.txt', text: TEXT, gold: goldRecords, system })
}

describe('scoreDocument', () => {
  test('a perfect system scores 1 on every metric', () => {
    const { counts, findings } = score([
      sys('deeply troubling', 'Donald Trump'),
      sys(LEAKS, 'Trump'),
      sys('secure', 'May'),
      sys('We will not share more,', 'aide'),
    ])
    expect(findings).toEqual([])
    expect(computeMetrics(counts)).toMatchObject({
      recallFull: 1, recallPartial: 1, precision: 1, spanF1: 1, attribution: 1, e2eF1: 1,
    })
  })

  test.each([
    // [case, system quotes, expected tallies]
    ['a quote inside a term span is a false quote', [sys('Five Eyes', null)], { systemQuotes: 1, systemCorrect: 0 }],
    [
      'a gold quote covered 50% is not found',
      [sys('The leaks of sensitive information pose a grave', 'Trump')],
      { foundFull: 0, systemCorrect: 1 },
    ],
    [
      'a gold quote covered 90% of its characters is found (marks and spaces aside)',
      // 63 of the 68 counted characters of LEAKS (93%): all but the last five, "rity,"
      [sys('The leaks of sensitive information pose a grave threat to our national secu', 'Trump')],
      { foundFull: 1, foundRightSpeaker: 1 },
    ],
    ['marks and spaces outside gold do not count against a system quote', [sys('“secure”', 'May')], { systemCorrect: 1 }],
    [
      'a system quote with 1 of its 9 characters outside gold quotes is false (8/9 < 90%)',
      [sys('secure”. ‘We', 'May')],
      { systemQuotes: 1, systemCorrect: 0 },
    ],
    [
      'a system quote mostly outside gold is false',
      [sys('Theresa May said Britain’s trust was “secure”', 'May')],
      { systemQuotes: 1, systemCorrect: 0 },
    ],
    [
      'a gold quote covered 87% is not found',
      // 59 of 68: the last word, "security,", is missing
      [sys('The leaks of sensitive information pose a grave threat to our national', 'Trump')],
      { foundFull: 0, systemCorrect: 1 },
    ],
    [
      'the wrong speaker counts the span but not the attribution',
      [sys(LEAKS, 'Theresa May')],
      { foundFull: 1, foundRightSpeaker: 0, systemCorrect: 1, systemCorrectRightSpeaker: 0 },
    ],
    ['a surname alone matches the full name', [sys(LEAKS, 'trump')], { foundRightSpeaker: 1, systemCorrectRightSpeaker: 1 }],
    ['a title alone does not change the name', [sys(LEAKS, 'President Donald Trump')], { foundRightSpeaker: 1 }],
    ['a missing speaker is wrong when gold names one', [sys(LEAKS, null)], { foundFull: 1, foundRightSpeaker: 0 }],
    [
      'a null gold speaker wants no speaker',
      [sys('We will not share more,', 'Theresa May')],
      { foundFull: 1, foundRightSpeaker: 0 },
    ],
  ] as Array<[string, SystemQuote[], Partial<ReturnType<typeof score>['counts']>]>)('%s', (_name, system, expected) => {
    const goldRecords =
      _name === 'a null gold speaker wants no speaker'
        ? GOLD.map((g) => (g.text === 'We will not share more,' ? { ...g, speaker: null } : g))
        : GOLD
    expect(score(system, goldRecords).counts).toMatchObject(expected)
  })

  test('a null gold speaker is matched by a null system speaker', () => {
    const goldRecords = GOLD.map((g) => (g.text === 'We will not share more,' ? { ...g, speaker: null } : g))
    expect(score([sys('We will not share more,', null)], goldRecords).counts.foundRightSpeaker).toBe(1)
  })

  test('quotes split across system records are found together, attributed by the one covering most', () => {
    const split = [sys('The leaks of sensitive information', 'Theresa May'), sys('pose a grave threat to our national security,', 'Trump')]
    const { counts } = score(split)
    expect(counts).toMatchObject({ foundFull: 1, foundRightSpeaker: 1, systemQuotes: 2, systemCorrect: 2 })
  })

  test('on a tie the tightest covering system quote decides the speaker', () => {
    const wide = at('“The leaks of sensitive information pose a grave threat to our national security,” he said.')
    const system: SystemQuote[] = [
      { start: wide[0], end: wide[1], speaker: 'Theresa May' },
      sys(LEAKS, 'Donald Trump'),
    ]
    expect(score(system).counts.foundRightSpeaker).toBe(1)
  })

  test('segments are used instead of start..end', () => {
    const [a0, a1] = at('deeply troubling')
    const [b0, b1] = at(LEAKS)
    // start..end alone would swallow the headline's tail and count as false
    const multi: SystemQuote = { start: a0, end: b1, speaker: 'Trump', segments: [[a0, a1], [b0, b1]] }
    const { counts } = score([multi])
    expect(counts).toMatchObject({ foundFull: 1, foundPartial: 1, systemCorrect: 1, systemCorrectRightSpeaker: 1 })
    expect(score([{ start: a0, end: b1, speaker: 'Trump' }]).counts.systemCorrect).toBe(0)
  })

  test('findings list misses, false quotes (flagged in a term) and wrong speakers, in text order', () => {
    const { findings } = score([sys('Five Eyes', null), sys(LEAKS, 'May')])
    expect(findings.map((f) => f.type)).toEqual(['miss', 'false-quote', 'wrong-speaker', 'miss', 'miss'])
    expect(findings[1]).toMatchObject({ type: 'false-quote', inTerm: true, text: 'Five Eyes' })
    expect(findings[2]).toMatchObject({ type: 'wrong-speaker', expected: 'Donald Trump', got: 'May' })
  })
})

describe('computeMetrics and addCounts', () => {
  test('end-to-end F1 needs span and speaker; sums are micro-averaged', () => {
    const a = score([sys(LEAKS, 'Trump'), sys('Five Eyes', null)]).counts
    const b = score([sys('secure', 'Rudd')]).counts
    const m = computeMetrics(addCounts([a, b]))
    // gold 2 full + 2 partial per doc -> 4 + 4; found: LEAKS, secure = 2
    expect(m.recall).toBeCloseTo(2 / 8)
    expect(m.precision).toBeCloseTo(2 / 3)
    expect(m.attribution).toBeCloseTo(1 / 2)
    expect(m.e2ePrecision).toBeCloseTo(1 / 3)
    expect(m.e2eRecall).toBeCloseTo(1 / 8)
    expect(m.e2eF1).toBeCloseTo((2 * (1 / 3) * (1 / 8)) / (1 / 3 + 1 / 8))
  })

  test('no system quotes gives F1 0, no gold partials gives no partial recall', () => {
    const m = computeMetrics(score([], GOLD.filter((g) => g.kind !== 'partial')).counts)
    expect(m).toMatchObject({ precision: null, spanF1: 0, e2eF1: 0, recallPartial: null, recallFull: 0 })
  })
})
