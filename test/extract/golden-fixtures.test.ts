import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { processDocument } from '../../pipeline/process-document.ts'

// One folder per behaviour under test/fixtures/extract/: input.txt and the readable expected
// output (expected.json). `npx vitest -u` regenerates them; with CI=true nothing is written.
const root = path.join(import.meta.dirname, '../fixtures/extract')
const cases = readdirSync(root).sort()

describe('golden fixtures', () => {
  test.each(cases)('%s', async (name) => {
    const text = readFileSync(path.join(root, name, 'input.txt'), 'utf8')
    const { quotes } = processDocument({ sourceFile: 'input.txt', text })
    const readable = quotes.map((q) => ({
      quote: q.quote,
      kind: q.kind,
      speaker: q.speaker,
      speaker_role: q.speaker_role,
      cue: q.cue,
      continues: q.continues,
      attribution: q.attribution,
      flags: q.flags,
    }))
    await expect(JSON.stringify(readable, null, 2) + '\n').toMatchFileSnapshot(path.join(root, name, 'expected.json'))
  })
})
