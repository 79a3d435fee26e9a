import { describe, expect, test } from 'vitest'
import { buildFactCheckLayer } from '../../pipeline/fact-check/index.ts'
import type { QuoteRecord } from '../../pipeline/types.generated.ts'
import { makeArticle, makeQuote } from './records.ts'

const articles = [makeArticle('a1', 'Outlet One'), makeArticle('a2', 'Outlet Two'), makeArticle('a3')]

/** Runs the layer over the quotes and tells whether quotes 0 and 1 ended in one group. */
function sameGroup(quotes: QuoteRecord[]): boolean {
  const out = buildFactCheckLayer(articles, quotes)
  const groupOf = new Map(out.quotes.map((q) => [q.quote_id, q.group_id]))
  return groupOf.get(quotes[0]!.quote_id) === groupOf.get(quotes[1]!.quote_id)
}

describe('groupQuotes: reports of one quotation', () => {
  test.each([
    ['case, punctuation, curly marks', '“It’s time to bring our troops home,” ', "it's time to bring our troops HOME"],
    ['editorial brackets', '[The] damage is even greater when it involves unauthorised disclosure', 'This damage is even greater when it involves unauthorised disclosure.'],
    ['bracket glued to a word', '[T]he leaks of sensitive information pose a grave threat', 'The leaks of sensitive information pose a grave threat'],
    ['a dropped "our"', 'intelligence that is shared between law enforcement agencies must remain secure', 'intelligence that is shared between our law enforcement agencies must remain secure'],
    ['"that" for "it" in a short fragment', 'it should not happen again', 'I have been very clear with our friends that that should not happen again'],
    ['hyphen against space', 'a major counter-terrorism investigation into the bombing', 'a major counter terrorism investigation into the bombing'],
    ['a fragment of a longer quote', 'a grave threat to our national security', 'The leaks of sensitive information pose a grave threat to our national security. I am asking the Department of Justice to act.'],
    ['a long misquote that drops a negation', 'We have shared classified intelligence with any foreign government without proper approval from London', 'We have never shared classified intelligence with any foreign government without proper approval from London'],
  ])('%s: grouped', (_name, a, b) => {
    expect(sameGroup([makeQuote('a1', a, 'Jane Doe'), makeQuote('a2', b, 'Jane Doe')])).toBe(true)
  })

  test.each([
    // Three words in common prove nothing: both are ordinary openings.
    ['two short quotes sharing common words', 'We are working closely with our partners', 'We are working on a new plan for the city'],
    // A negation turns a short statement round, and nothing else ties the two together: grouping
    // them would tell a reader one outlet misquoted the other, which the words cannot show.
    ['"I will resign" / "I will not resign"', 'I will resign', 'I will not resign'],
    ['negation in a mid-length quote', 'we will raise taxes on working families', 'we will not raise taxes on working families'],
    // Ten words, one swap of function words and an added "not": eight equal words are too few
    // to call the negation a misquote.
    ['a negation among 10 words, 8 of them equal', 'we will raise taxes on working families next year again', 'we shall not raise taxes on working families next year again'],
    ['one content word swapped in a short quote', 'we will win this war together', 'we will lose this war together'],
    ['a one-word partial inside a long quote', 'secure', 'intelligence that is shared between our law enforcement agencies must remain secure'],
    ['a two-word phrase found in another quote', 'national security', 'this is about national security and nothing else at all'],
    ['same single word, different speakers', 'furious', 'furious'],
  ])('%s: not grouped', (_name, a, b) => {
    expect(sameGroup([makeQuote('a1', a, 'Jane Doe'), makeQuote('a2', b, 'John Roe')])).toBe(false)
  })

  test('a phrase inside two different quotations joins one of them and does not bridge them', () => {
    const phrase = 'a grave threat to our national security'
    const quotes = [
      makeQuote('a1', `The leaks of sensitive information pose ${phrase} and must stop now.`, 'Jane Doe'),
      makeQuote('a2', `Climate change is ${phrase} that this government keeps ignoring.`, 'John Roe'),
      makeQuote('a3', phrase, 'Jane Doe'),
    ]
    for (const order of [quotes, [...quotes].reverse()]) {
      const out = buildFactCheckLayer(articles, order)
      const groupOf = new Map(out.quotes.map((q) => [q.quote_id, q.group_id]))
      expect(groupOf.get(quotes[0]!.quote_id)).not.toBe(groupOf.get(quotes[1]!.quote_id))
      // The container with the most words (the first: 14 words against 12) takes the fragment.
      expect(groupOf.get(quotes[2]!.quote_id)).toBe(groupOf.get(quotes[0]!.quote_id))
      expect(out.groups.find((g) => g.size === 2)!.fragment_of.map((f) => f.quote_id)).toEqual([quotes[2]!.quote_id])
    }
  })

  test('a fragment of a fragment ends in the group of the whole quotation', () => {
    const quotes = [
      makeQuote('a1', 'The leaks of sensitive information pose a grave threat to our national security. I am asking the Department of Justice to act.', 'Jane Doe'),
      makeQuote('a2', 'pose a grave threat to our national security', 'Jane Doe'),
      makeQuote('a3', 'a grave threat to our national security', 'Jane Doe'),
    ]
    const out = buildFactCheckLayer(articles, quotes)
    expect(out.groups).toHaveLength(1)
    expect(out.groups[0]!.size).toBe(3)
  })

  test('a one-word quote groups with the same word from the same speaker', () => {
    expect(sameGroup([makeQuote('a1', 'irritating', 'Amber Rudd'), makeQuote('a2', 'irritating.', 'Amber Rudd')])).toBe(true)
  })
})

describe('groupQuotes: the group record', () => {
  const quotes = [
    makeQuote('a1', 'I will make clear to President Trump that intelligence that is shared between our law enforcement agencies must remain secure.', 'Theresa May'),
    makeQuote('a2', 'that intelligence that is shared between law enforcement agencies must remain secure,', 'May'),
    makeQuote('a3', 'I will make clear to President Trump that intelligence that is shared between our law enforcement agencies must remain secure', 'spokesman'),
    makeQuote('a3', 'We are working closely with our key partners', 'Mark Rowley'),
  ]
  const out = buildFactCheckLayer(articles, quotes)
  const group = out.groups.find((g) => g.size === 3)!

  test('canonical wording, members, articles, outlets', () => {
    expect(group.canonical_quote).toBe(quotes[0]!.quote)
    expect(group.quote_ids).toEqual(quotes.slice(0, 3).map((q) => q.quote_id).sort())
    expect(group.article_ids).toHaveLength(3)
    expect(group.outlets).toEqual(['Outlet One', 'Outlet Two'])
  })

  test('the variant without "our" is a fragment with a word diff', () => {
    expect(group.wording_variant).toBe(true)
    expect(group.variants).toEqual([
      {
        quote_id: quotes[1]!.quote_id,
        diff: [
          { op: 'equal', words: 'that intelligence that is shared between' },
          { op: 'delete', words: 'our' },
          { op: 'equal', words: 'law enforcement agencies must remain secure' },
        ],
      },
    ])
    expect(group.fragment_of).toEqual([
      { quote_id: quotes[1]!.quote_id, of_quote_id: group.canonical_quote_id, word_start: 7, word_end: 20, word_count: 20 },
    ])
  })

  test('"May" is Theresa May, but a spokesman is a different speaker: an attribution conflict', () => {
    expect(group.speakers).toEqual(expect.arrayContaining(['Theresa May', 'spokesman']))
    expect(group.speaker_ids).toHaveLength(2)
    expect(group.attribution_conflict).toBe(true)
  })

  test('no conflict when the credits are one person', () => {
    const same = buildFactCheckLayer(articles, quotes.slice(0, 2))
    expect(same.groups).toHaveLength(1)
    expect(same.groups[0]!.attribution_conflict).toBe(false)
  })

  test('a quote reported once is a group of one', () => {
    const single = out.groups.find((g) => g.quote_ids.includes(quotes[3]!.quote_id))!
    expect(single).toMatchObject({ size: 1, wording_variant: false, attribution_conflict: false, variants: [], fragment_of: [] })
    expect(out.quotes.every((q) => /^g_[0-9a-f]{16}$/.test(q.group_id))).toBe(true)
  })

  test('same records in another order: same output, same ids', () => {
    const again = buildFactCheckLayer([...articles].reverse(), [...quotes].reverse())
    expect(JSON.stringify(again)).toBe(JSON.stringify(out))
  })

  test('the group id follows the canonical wording, not the members', () => {
    const fewer = buildFactCheckLayer(articles, [quotes[0]!, quotes[1]!])
    expect(fewer.groups[0]!.group_id).toBe(group.group_id)
  })
})
