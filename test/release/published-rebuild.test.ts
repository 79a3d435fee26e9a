import { execFileSync } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { compareVersions } from '../../pipeline/release/published-versions.ts'
import { build, ROOT, SEEDS, snapshot, tempDir } from './helpers.ts'

// Published = committed under dist/ (a build lying there uncommitted is not published yet).
function publishedVersions(): string[] {
  let listed = ''
  try {
    listed = execFileSync('git', ['ls-files', 'dist'], { cwd: ROOT, encoding: 'utf8' })
  } catch {
    return []
  }
  const versions = new Set<string>()
  for (const line of listed.split('\n')) {
    const m = /^dist\/v(\d+\.\d+\.\d+)\/datapackage\.json$/.exec(line)
    if (m) versions.add(m[1]!)
  }
  return [...versions].sort(compareVersions)
}

const latest = publishedVersions().at(-1)

// The newest published version must come out of seeds/ byte for byte with today's code: a change
// to the extractor that alters it needs a new version, never a silent rewrite.
test.skipIf(latest === undefined)(`the latest published version (${latest ?? 'none in dist/ yet'}) rebuilds from seeds/ byte for byte`, async () => {
  const out = tempDir('published')
  cpSync(path.join(ROOT, 'dist'), out, { recursive: true })
  const before = snapshot(out)
  // Rebuild with the date the release records, however it was chosen then.
  const created = (JSON.parse(readFileSync(path.join(out, `v${latest}`, 'datapackage.json'), 'utf8')) as { created: string }).created
  const saved = process.env.SOURCE_DATE_EPOCH
  process.env.SOURCE_DATE_EPOCH = String(Date.parse(created) / 1000)
  try {
    const summary = await build(SEEDS, out, latest)
    expect(summary.outcome).toBe('unchanged')
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH
    else process.env.SOURCE_DATE_EPOCH = saved
  }
  expect(snapshot(out)).toEqual(before)
})
