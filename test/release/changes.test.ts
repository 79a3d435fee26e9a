import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { unzipSync, zipSync } from 'fflate'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { BuildError } from '../../pipeline/build-dataset.ts'
import { diffReleases, type ReleaseChanges } from '../../pipeline/release/diff-releases.ts'
import { RELEASE_TABLES } from '../../pipeline/release/release-tables.ts'
import { build, readJsonl, SEEDS, tempDir, snapshot } from './helpers.ts'

/** An input folder holding the named seed files. */
function seedsWith(...names: string[]): string {
  const dir = tempDir('in')
  for (const n of names) copyFileSync(path.join(SEEDS, n), path.join(dir, n))
  return dir
}

const A = '000_3a556c28eb24999d.txt'
const B = '001_ee7aa71c59bbd9c5.txt'

function changes(versionDir: string): ReleaseChanges {
  return JSON.parse(readFileSync(path.join(versionDir, 'CHANGES.json'), 'utf8')) as ReleaseChanges
}

describe('CHANGES.json and CHANGELOG.md between builds', () => {
  test('first version lists everything as added; a second adds, a third removes', async () => {
    const out = tempDir('out')
    const v1 = await build(seedsWith(A), out, '1.0.0')
    const c1 = changes(v1.versionDir)
    const q1 = readJsonl(path.join(v1.versionDir, 'quotes.jsonl')).map((q) => q.quote_id as string)
    expect(c1.previous_version).toBeNull()
    expect(c1.added).toEqual([...q1].sort())
    expect(c1.summary.bump).toBeNull()

    const v2 = await build(seedsWith(A, B), out, '1.1.0')
    const c2 = changes(v2.versionDir)
    const q2 = readJsonl(path.join(v2.versionDir, 'quotes.jsonl')).map((q) => q.quote_id as string)
    expect(c2.previous_version).toBe('1.0.0')
    expect(c2.added).toEqual(q2.filter((id) => !q1.includes(id)).sort())
    expect(c2.added.length).toBeGreaterThan(0)
    expect(c2.removed).toEqual([])
    expect(c2.changed).toEqual([])
    expect(c2.summary).toMatchObject({ quotes_added: c2.added.length, schema_changed: false, bump: 'minor' })
    const log = readFileSync(path.join(v2.versionDir, 'CHANGELOG.md'), 'utf8')
    expect(log).toMatch(/^# Changelog\n\n## 1\.1\.0\n/)
    expect(log).toContain(`Against 1.0.0: ${c2.added.length} quotes added, 0 removed, 0 changed`)
    expect(log).toContain('## 1.0.0') // the previous entry follows

    // 1.1.1 only drops file A: its quotes are removed, a patch by the policy.
    const v3 = await build(seedsWith(B), out, '1.1.1')
    const c3 = changes(v3.versionDir)
    expect(c3.removed).toEqual([...q1].sort())
    expect(c3.summary.bump).toBe('patch')
    expect(v3.diagnostics.filter((d) => d.rule === 'write:version-bump')).toEqual([])

    // 1.1.2 adds A back: a minor change numbered as a patch gets a warning.
    const v4 = await build(seedsWith(A, B), out, '1.1.2')
    expect(v4.diagnostics.filter((d) => d.rule === 'write:version-bump').map((d) => d.message)).toEqual([
      '1.1.2 is a patch step from 1.1.1, but the changes call for a minor version (see CHANGES.json)',
    ])
  })

  test('a corrected field shows as changed with [old, new]; a layout change as a schema change', async () => {
    const out = tempDir('out')
    const v1 = await build(seedsWith(A), out, '1.0.0')
    // A hand-made previous release: one quote with another speaker, and quotes.csv without a column.
    const prev = path.join(out, 'v0.9.0')
    mkdirSync(prev)
    const rows = readJsonl(path.join(v1.versionDir, 'quotes.jsonl'))
    const first = { ...rows[0]!, speaker: 'Someone Else' }
    writeFileSync(path.join(prev, 'quotes.jsonl'), [first, ...rows.slice(1)].map((r) => JSON.stringify(r) + '\n').join(''))
    writeFileSync(path.join(prev, 'articles.jsonl'), readFileSync(path.join(v1.versionDir, 'articles.jsonl')))
    const dp = JSON.parse(readFileSync(path.join(v1.versionDir, 'datapackage.json'), 'utf8')) as { resources: Array<{ name: string; schema: { fields: Array<{ name: string }> } }> }
    for (const r of dp.resources) if (r.name === 'quotes') r.schema.fields = r.schema.fields.filter((f) => f.name !== 'flags')
    writeFileSync(path.join(prev, 'datapackage.json'), JSON.stringify(dp))

    const c = diffReleases(prev, '0.9.0', v1.versionDir, '1.0.0', RELEASE_TABLES)
    expect(c.changed).toEqual([{ quote_id: rows[0]!.quote_id, changes: { speaker: ['Someone Else', rows[0]!.speaker] } }])
    expect(c.schema_changes).toEqual(['quotes: field flags:array added'])
    expect(c.summary).toMatchObject({ quotes_added: 0, quotes_removed: 0, quotes_changed: 1, schema_changed: true, bump: 'major' })
  })
})

describe('published versions are immutable', () => {
  test('same input: a no-op; changed input: refused with what changed and the version to build', async () => {
    const out = tempDir('out')
    await build(seedsWith(A), out, '1.0.0')
    const before = snapshot(out)
    expect((await build(seedsWith(A), out, '1.0.0')).outcome).toBe('unchanged')
    expect(snapshot(out)).toEqual(before)

    const added = readJsonl(path.join((await build(seedsWith(A, B), tempDir('other'), '1.0.0')).versionDir, 'quotes.jsonl')).length - readJsonl(path.join(out, 'v1.0.0/quotes.jsonl')).length
    const err = await build(seedsWith(A, B), out, '1.0.0').then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(BuildError)
    const message = (err as BuildError).message
    expect(message).toContain(`Version 1.0.0 is published and would change: ${added} quotes added, 0 removed, 0 changed`)
    expect(message).toContain('schema unchanged')
    expect(message).toContain('files that differ: CHANGELOG.md, CHANGES.json, README.md, SHA256SUMS, articles.csv, articles.jsonl, datapackage.json, quote_groups.csv, quote_groups.jsonl, quotes.csv, quotes.jsonl, speakers.csv, speakers.jsonl')
    expect(message).toContain('Build 1.1.0 instead (minor: records were added): npm run build-dataset -- --dataset-version 1.1.0')
    expect(snapshot(out)).toEqual(before) // nothing written, no temporary folder left
  })

  test('the zip is checked by content: any archive of the same files passes, an altered entry is refused', async () => {
    const out = tempDir('out')
    await build(seedsWith(A), out, '1.0.0')
    const zipPath = path.join(out, 'quote-ledger-seeds-v1.0.0.zip')
    const entries = unzipSync(readFileSync(zipPath))
    // The same files zipped another way (stored, no compression): still this version's archive.
    writeFileSync(zipPath, zipSync(entries, { level: 0 }))
    expect((await build(seedsWith(A), out, '1.0.0')).outcome).toBe('unchanged')
    // One entry altered: refused, and the archive is left for the user to restore.
    const name = 'quote-ledger-seeds-v1.0.0/quotes.csv'
    writeFileSync(zipPath, zipSync({ ...entries, [name]: new TextEncoder().encode('tampered') }))
    const err = await build(seedsWith(A), out, '1.0.0').then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(BuildError)
    expect((err as BuildError).message).toContain(`does not hold its folder's files (its ${name} differs from the folder's quotes.csv)`)
  })
})
