import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A gold file and the folder of documents it annotates. */
export interface DevSet {
  name: string
  gold: string
  docs: string
}

function testSet(name: string, folder: string): DevSet {
  return { name, gold: join(REPO_ROOT, 'test', folder, 'gold.jsonl'), docs: join(REPO_ROOT, 'test', folder, 'docs') }
}

/**
 * The development sets `npm run eval` scores with no arguments (and whose gold files the tests
 * check): the shared gold for the seeds, dev2, the held-out dev3, the blind-annotated dev4–dev7,
 * dev8 (blind-annotated, held out), dev9 and dev10 (blind-annotated; development sets after their first
 * score), dev11 (blind-annotated, held out), dev12 and dev13 (blind-annotated; development sets after their
 * first score).
 */
export const DEV_SETS: readonly DevSet[] = [
  { name: 'dev (seeds)', gold: resolve(REPO_ROOT, '..', 'shared', 'eval', 'gold-dev.jsonl'), docs: join(REPO_ROOT, 'seeds') },
  testSet('dev2', 'dev2'),
  testSet('dev3 (held out)', 'dev3'),
  testSet('dev4', 'dev4'),
  testSet('dev5', 'dev5'),
  testSet('dev6', 'dev6'),
  testSet('dev7', 'dev7'),
  testSet('dev8 (held out)', 'dev8'),
  testSet('dev9', 'dev9'),
  testSet('dev10', 'dev10'),
  testSet('dev11 (held out)', 'dev11'),
  testSet('dev12', 'dev12'),
  testSet('dev13', 'dev13'),
]
