import { describe, expect, test } from 'vitest'
import { linkSpeakers } from '../../pipeline/fact-check/link-speakers.ts'
import { parseSpeakerName } from '../../pipeline/fact-check/parse-speaker-name.ts'
import { makeQuote } from './records.ts'

describe('parseSpeakerName', () => {
  test.each([
    ['President Donald Trump', { kind: 'person', name: 'Donald Trump', first: 'donald', surname: 'trump' }],
    ['U.S. President Donald Trump', { kind: 'person', name: 'Donald Trump', first: 'donald', surname: 'trump' }],
    ['Israeli Defense Minister Avigdor Lieberman', { kind: 'person', name: 'Avigdor Lieberman', first: 'avigdor', surname: 'lieberman' }],
    ['Trump', { kind: 'person', name: 'Trump', first: null, surname: 'trump' }],
    ['Martin Luther King Jr.', { kind: 'person', name: 'Martin Luther King', first: 'martin', surname: 'king' }],
    ['Charles de Gaulle', { kind: 'person', name: 'Charles de Gaulle', first: 'charles', surname: 'gaulle' }],
    ['National Counter Terrorism Police Network', { kind: 'organisation' }],
    ['NATO', { kind: 'organisation' }],
    ['UK intelligence source', { kind: 'description' }],
    ['spokesman', { kind: 'description' }],
  ])('%s', (speaker, expected) => {
    expect(parseSpeakerName(speaker)).toMatchObject(expected)
  })
})

describe('linkSpeakers', () => {
  const idOf = (quotes: ReturnType<typeof makeQuote>[]) => {
    const { speakerOf } = linkSpeakers(quotes)
    return (i: number) => speakerOf.get(quotes[i]!.quote_id)
  }

  test('"Trump", "Donald Trump" and "President Donald Trump" are one person', () => {
    const quotes = [
      makeQuote('a1', 'one', 'Donald Trump', 'US President'),
      makeQuote('a2', 'two', 'President Donald Trump'),
      makeQuote('a3', 'three', 'Trump'),
    ]
    const id = idOf(quotes)
    expect(id(1)).toBe(id(0))
    expect(id(2)).toBe(id(0))
    const { speakers } = linkSpeakers(quotes)
    expect(speakers).toEqual([
      {
        speaker_id: id(0),
        kind: 'person',
        canonical_name: 'Donald Trump',
        name_variants: ['Donald Trump', 'President Donald Trump', 'Trump'],
        roles: ['US President'],
        quote_count: 3,
        article_count: 3,
        spelling_variant: false,
      },
    ])
  })

  test('Donald and Ivanka Trump are two people; a bare "Trump" next to both stays apart', () => {
    const quotes = [
      makeQuote('a1', 'one', 'Donald Trump'),
      makeQuote('a2', 'two', 'Ivanka Trump'),
      makeQuote('a3', 'three', 'Donald Trump'),
      makeQuote('a3', 'four', 'Ivanka Trump'),
      makeQuote('a3', 'five', 'Trump'),
      makeQuote('a2', 'six', 'Trump'),
    ]
    const id = idOf(quotes)
    expect(id(0)).not.toBe(id(1))
    expect(id(2)).toBe(id(0))
    expect(id(3)).toBe(id(1))
    // In a3 both are quoted: ambiguous. In a2 only Ivanka is: the bare surname is hers.
    expect(id(4)).not.toBe(id(0))
    expect(id(4)).not.toBe(id(1))
    expect(id(5)).toBe(id(1))
  })

  test('Lieberman / Liberman: one person, flagged as a spelling variant', () => {
    const quotes = [
      makeQuote('a1', 'one', 'Avigdor Lieberman', 'Israeli Defense Minister'),
      makeQuote('a2', 'two', 'Avigdor Liberman', 'Israeli defence chief'),
      makeQuote('a3', 'three', 'Joseph Lieberman'),
    ]
    const id = idOf(quotes)
    expect(id(1)).toBe(id(0))
    expect(id(2)).not.toBe(id(0))
    const avigdor = linkSpeakers(quotes).speakers.find((s) => s.speaker_id === id(0))!
    expect(avigdor).toMatchObject({
      spelling_variant: true,
      name_variants: ['Avigdor Liberman', 'Avigdor Lieberman'],
      roles: ['Israeli Defense Minister', 'Israeli defence chief'],
    })
  })

  test.each([
    ['Smith', 'Smyth', true],
    ['Lee', 'Li', false],
    ['Johnson', 'Jonsen', false],
    ['Abramovich', 'Abramowitch', true],
    ['Abramovich', 'Abramowitz', false],
  ])('John %s / John %s linked: %s', (a, b, linked) => {
    const id = idOf([makeQuote('a1', 'one', `John ${a}`), makeQuote('a2', 'two', `John ${b}`)])
    expect(id(0) === id(1)).toBe(linked)
  })

  test('unnamed sources are one per article; organisations one across articles; null stays null', () => {
    const quotes = [
      makeQuote('a1', 'one', 'spokesman'),
      makeQuote('a2', 'two', 'spokesman'),
      makeQuote('a1', 'three', 'spokesman'),
      makeQuote('a1', 'four', 'National Counter Terrorism Police Network'),
      makeQuote('a2', 'five', 'National Counter Terrorism Police Network'),
      makeQuote('a2', 'six', null),
    ]
    const id = idOf(quotes)
    expect(id(0)).not.toBe(id(1))
    expect(id(2)).toBe(id(0))
    expect(id(3)).toBe(id(4))
    expect(id(5)).toBeNull()
    const kinds = linkSpeakers(quotes).speakers.map((s) => s.kind).sort()
    expect(kinds).toEqual(['description', 'description', 'organisation'])
  })
})
