import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { buildDataset } from '../../pipeline/build-dataset.ts'
import { bumpVersion } from '../../pipeline/release/published-versions.ts'
import { CONFIG_VERSION } from './helpers.ts'

const root = path.resolve(import.meta.dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'ql-interrupt-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** sha256 of every file in a folder, by name. */
function folderHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name)
    if (statSync(p).isFile()) out[name] = createHash('sha256').update(readFileSync(p)).digest('hex')
  }
  return out
}

/** A corpus big enough that a build is still running when it is interrupted. */
function bigCorpus(): string {
  const dir = path.join(tmp, 'big')
  mkdirSync(dir, { recursive: true })
  const seeds = readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt'))
  for (let k = 0; k < 400; k++) for (const f of seeds) copyFileSync(path.join(root, 'seeds', f), path.join(dir, `${String(k).padStart(3, '0')}-${f}`))
  return dir
}

/** Starts the CLI and resolves once its temporary folder holds staged records. */
function startBuild(input: string, out: string, version: string) {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['pipeline/cli/build-dataset.ts', '--input', input, '--out', out, '--dataset-version', version, '--workers', '1'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  // tsx runs the build in a child node process: the folder carries that process's pid.
  const found = { tmpFolder: '', pid: 0 }
  const staged = new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const poll = setInterval(() => {
      const name = existsSync(out) ? readdirSync(out).find((n) => n.startsWith(`.v${version}.tmp-`)) : undefined
      const stage = name ? path.join(out, name, 'stage-quotes.jsonl') : ''
      if (name && existsSync(stage) && statSync(stage).size > 0) {
        clearInterval(poll)
        found.tmpFolder = path.join(out, name)
        found.pid = Number(name.slice(name.lastIndexOf('-') + 1))
        resolve()
      } else if (Date.now() - started > 60_000) {
        clearInterval(poll)
        reject(new Error(`no staged records after 60 s: ${stderr}`))
      }
    }, 20)
  })
  return { child, exited, staged, found, stderr: () => stderr }
}

describe('an interrupted build', () => {
  const out = path.join(tmp, 'dist')
  const input = bigCorpus()

  test('killed mid-write (SIGKILL): no partial version, the published one untouched, the next build cleans up', async () => {
    await buildDataset({ inputDir: path.join(root, 'seeds'), outDir: out, configPath: path.join(root, 'dataset.yaml') })
    const published = folderHashes(path.join(out, `v${CONFIG_VERSION}`))
    const zip = readFileSync(path.join(out, `quote-ledger-seeds-v${CONFIG_VERSION}.zip`))

    const next = bumpVersion(CONFIG_VERSION, 'minor')
    const run = startBuild(input, out, next)
    await run.staged
    process.kill(run.found.pid, 'SIGKILL')
    await run.exited
    expect(existsSync(path.join(out, `v${next}`))).toBe(false)
    expect(existsSync(path.join(out, `quote-ledger-seeds-v${next}.zip`))).toBe(false)
    expect(folderHashes(path.join(out, `v${CONFIG_VERSION}`))).toEqual(published)
    expect(readFileSync(path.join(out, `quote-ledger-seeds-v${CONFIG_VERSION}.zip`)).equals(zip)).toBe(true)
    expect(existsSync(run.found.tmpFolder)).toBe(true) // a SIGKILL cannot clean up …

    await buildDataset({ inputDir: path.join(root, 'seeds'), outDir: out, configPath: path.join(root, 'dataset.yaml'), datasetVersion: '1.0.1' })
    expect(existsSync(run.found.tmpFolder)).toBe(false) // … the next build does
    expect(folderHashes(path.join(out, `v${CONFIG_VERSION}`))).toEqual(published)
  })

  test('Ctrl-C (SIGINT): exit code 130, its temporary folder removed, nothing published', async () => {
    const run = startBuild(input, out, '1.2.0')
    await run.staged
    process.kill(run.found.pid, 'SIGINT')
    expect(await run.exited).toBe(130)
    expect(existsSync(run.found.tmpFolder)).toBe(false)
    expect(existsSync(path.join(out, 'v1.2.0'))).toBe(false)
    expect(run.stderr()).toContain('interrupted')
  })
})
