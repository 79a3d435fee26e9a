import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { releaseDate } from '../../pipeline/release/release-date.ts'
import { CONFIG_VERSION, ROOT, SEEDS, snapshot, tempDir } from './helpers.ts'

const run = promisify(execFile)

/** `npm run build-dataset` as a user runs it, in its own process with its own environment. */
async function cli(out: string, env: Record<string, string>): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'pipeline/cli/build-dataset.ts'), '--input', SEEDS, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  })
}

describe('reproducible builds', () => {
  test('two builds in different folders, time zones and locales give identical bytes, zip included', async () => {
    const a = tempDir('repro-a')
    const b = tempDir('repro-b')
    // 13:37:11 UTC is another calendar day in Kiritimati (UTC+14) than in Honolulu (UTC-10).
    const epoch = String(Date.parse('2021-03-04T13:37:11Z') / 1000)
    await Promise.all([
      cli(a, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', SOURCE_DATE_EPOCH: epoch }),
      cli(b, { TZ: 'Pacific/Honolulu', LANG: 'C', SOURCE_DATE_EPOCH: epoch }),
    ])
    const sa = snapshot(a)
    expect([...sa.keys()].sort()).toContain(`quote-ledger-seeds-v${CONFIG_VERSION}.zip`)
    expect(snapshot(b)).toEqual(sa)
    const dp = JSON.parse(readFileSync(path.join(a, `v${CONFIG_VERSION}/datapackage.json`), 'utf8')) as { created: string }
    expect(dp.created).toBe('2021-03-04T13:37:11Z')
    // The zip's first entry is dated 2021-03-04 13:37:10 (DOS time has 2-second steps), in UTC.
    const zip = sa.get(`quote-ledger-seeds-v${CONFIG_VERSION}.zip`)!
    const dosTime = zip.readUInt16LE(10)
    const dosDate = zip.readUInt16LE(12)
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31, dosTime >> 11, (dosTime >> 5) & 63, (dosTime & 31) * 2]).toEqual([2021, 3, 4, 13, 37, 10])
  })

  test('without SOURCE_DATE_EPOCH, created is the newest article date or 1980-01-01, never the clock', () => {
    expect(releaseDate(['2017-05-25', null, '2017-05-26T09:30:00+01:00', '2016-01-01'], {})).toEqual({ created: '2017-05-26T08:30:00Z', source: 'newest article date' })
    expect(releaseDate([null], {})).toEqual({ created: '1980-01-01T00:00:00Z', source: 'fixed fallback' })
    expect(releaseDate(['2017-05-25'], { SOURCE_DATE_EPOCH: '1700000000' }).created).toBe('2023-11-14T22:13:20Z')
    expect(() => releaseDate([], { SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/)
    // dataset.yaml's released day comes before article dates, after SOURCE_DATE_EPOCH.
    expect(releaseDate(['2017-05-25'], {}, '2026-11-21')).toEqual({ created: '2026-11-21T00:00:00Z', source: 'config released' })
    expect(releaseDate(['2017-05-25'], { SOURCE_DATE_EPOCH: '1700000000' }, '2026-11-21').created).toBe('2023-11-14T22:13:20Z')
  })
})
