import { expect, test } from 'vitest'
import { matchSpeaker } from '../../pipeline/eval/match-speaker.ts'

const trump = { speaker: 'Donald Trump', aliases: ['Trump', 'US President Donald Trump', 'the president'] }
const may = { speaker: 'Theresa May', aliases: ['May', 'UK prime minister Theresa May'] }
const spokesman = { speaker: 'spokesman', aliases: ['a Downing Street spokesman'] }

test.each([
  // [system speaker, gold, match?]
  ['Donald Trump', trump, true],
  ['donald trump', trump, true],
  ['Trump', trump, true],
  ['trump', { speaker: 'Donald Trump', aliases: [] }, true],
  ['President Trump', trump, true],
  ['President Donald Trump', { speaker: 'Donald Trump', aliases: [] }, true],
  ['US President Donald Trump', { speaker: 'Donald Trump', aliases: [] }, true],
  ['the president', trump, true],
  ['Mr Trump', { speaker: 'Donald Trump', aliases: [] }, true],
  ['Prime Minister Theresa May', may, true],
  ['Mrs. May', may, true],
  ['Donald', trump, false],
  ['Theresa May', trump, false],
  ['Ivanka Trump', trump, false],
  ['Trump', may, false],
  [null, trump, false],
  ['', trump, false],
  ['spokesman', spokesman, true],
  ['a Downing Street spokesman', spokesman, true],
  ['Labour spokesman', spokesman, false],
  [null, { speaker: null, aliases: [] }, true],
  ['Donald Trump', { speaker: null, aliases: [] }, false],
  ['Britain’s top counterterrorism officer', { speaker: 'Mark Rowley', aliases: ["Britain's top counterterrorism officer"] }, true],
] as Array<[string | null, { speaker: string | null; aliases: string[] }, boolean]>)(
  'matchSpeaker(%j, %j) is %s',
  (system, gold, expected) => {
    expect(matchSpeaker(system, gold)).toBe(expected)
  },
)
