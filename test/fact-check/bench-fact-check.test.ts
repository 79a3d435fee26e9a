import { expect, test } from 'vitest'
import { benchFactCheck } from '../../pipeline/fact-check/bench-fact-check.ts'

// The timing itself is for `npm run bench`; here only that the synthetic corpus is grouped:
// about a third of its quotations are reported more than once, and 1 in 20 quotes is per person.
test('benchFactCheck groups the synthetic repeats and links the misspelt speakers', () => {
  const result = benchFactCheck(3000)
  expect(result.quotes).toBe(3000)
  expect(result.multiMemberGroups).toBeGreaterThan(500)
  expect(result.groups).toBeLessThan(2400)
  expect(result.speakers).toBe(150)
})
