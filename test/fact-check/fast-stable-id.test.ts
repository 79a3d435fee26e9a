import { expect, test } from 'vitest'
import { stableIdFast } from '../../pipeline/fact-check/fast-stable-id.ts'
import { stableId } from '../../pipeline/records/stable-id.ts'

test.each([
  [['quote', 'i will make clear to president trump']],
  [['quote', 'irritating', 's_0123456789abcdef']],
  [['p', 'avigdor', 'lieberman']],
  [['quote', 'café naïve', 'e\u0301', 'ﬁ 2½ 日本語 😀']],
  [['lone \ud800 surrogate', '', 7]],
  [[]],
])('stableIdFast(%j) is stableId', (parts) => {
  for (const prefix of ['g', 's'] as const) expect(stableIdFast(prefix, parts)).toBe(stableId(prefix, parts))
})
