import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { BuildError, buildDataset } from '../../pipeline/build-dataset.ts'

const root = path.resolve(import.meta.dirname, '../..')
const hostile = path.join(root, 'test/fixtures/hostile')
const tmp = mkdtempSync(path.join(tmpdir(), 'ql-hostile-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A dirty corpus: good news text beside binaries named .txt, odd encodings, odd names, a loop. */
function dirtyCorpus(): string {
  const dir = path.join(tmp, 'corpus')
  mkdirSync(path.join(dir, 'nested/deeper'), { recursive: true })
  copyFileSync(path.join(root, 'seeds/001_ee7aa71c59bbd9c5.txt'), path.join(dir, 'nested/deeper/voa story.txt'))
  copyFileSync(path.join(root, 'seeds/002_35bd95cedf487386.txt'), path.join(dir, '-leading dash é.txt'))
  copyFileSync(path.join(hostile, 'encodings/windows-1252.txt'), path.join(dir, 'cp1252.txt'))
  copyFileSync(path.join(hostile, 'encodings/utf16le-bom.txt'), path.join(dir, 'utf16.txt'))
  copyFileSync(path.join(hostile, 'binary/nul-bytes.txt'), path.join(dir, 'binary.txt'))
  copyFileSync(path.join(hostile, 'binary/pdf.txt'), path.join(dir, 'nested/report.txt'))
  copyFileSync(path.join(hostile, 'empty.txt'), path.join(dir, 'empty.txt'))
  symlinkSync('..', path.join(dir, 'nested/deeper/loop'))
  return dir
}

describe('a build over a dirty corpus', () => {
  const input = dirtyCorpus()
  const config = path.join(root, 'dataset.yaml')

  test('refuses binaries with a reason, builds the rest, and reports both in the summary and diagnostics.jsonl', async () => {
    const summary = await buildDataset({ inputDir: input, outDir: path.join(tmp, 'out'), configPath: config, corpus: { workers: 0 } })
    expect(summary.refused.map((r) => r.file).sort()).toEqual(['binary.txt', 'nested/report.txt'])
    for (const r of summary.refused) expect(r.reason).toMatch(/binary|NUL|PDF/i)
    const quotes = readFileSync(path.join(summary.versionDir, 'quotes.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { source_file: string; quote: string })
    const files = new Set(quotes.map((q) => q.source_file))
    expect(files).toContain('nested/deeper/voa story.txt')
    expect(files).toContain('-leading dash é.txt')
    // Windows-1252 curly quotes (0x93/0x94) decoded, not mojibake.
    expect(quotes.filter((q) => q.source_file === 'cp1252.txt').map((q) => q.quote)).toContain('I won’t resign,')
    const diagnostics = readFileSync(path.join(summary.versionDir, 'diagnostics.jsonl'), 'utf8')
    expect(diagnostics).toContain('ingest:binary-file')
    expect(diagnostics).toContain('ingest:symlink-loop')
    expect(diagnostics).toContain('ingest:empty-file')
  })

  test('--strict: any refusal fails the build and nothing is written', async () => {
    const out = path.join(tmp, 'strict-out')
    await expect(buildDataset({ inputDir: input, outDir: out, configPath: config, strict: true, corpus: { workers: 0 } })).rejects.toBeInstanceOf(BuildError)
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([])
  })

  test('the CLI: exit 1 with --strict, 2 for bad usage, 1 with file:line:column for a bad config; no stack trace', () => {
    const cli = (args: string[]) =>
      spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['pipeline/cli/build-dataset.ts', ...args], { cwd: root, encoding: 'utf8' })
    const strict = cli(['--input', input, '--out', path.join(tmp, 'cli-strict'), '--strict', '--workers', '0'])
    expect(strict.status).toBe(1)
    expect(strict.stderr).toMatch(/binary\.txt/)
    expect(strict.stderr).not.toMatch(/\n\s+at /)
    const usage = cli(['--no-such-flag'])
    expect(usage.status).toBe(2)
    expect(usage.stderr).toMatch(/Usage: npm run build-dataset/)
    const badConfig = path.join(tmp, 'bad.yaml')
    writeFileSync(badConfig, 'name: quote-ledger\ntitle: x\nversion: 1.0\nlicense:\n  name: CC-BY-4.0\n')
    const config = cli(['--input', input, '--out', path.join(tmp, 'cli-config'), '--config', badConfig])
    expect(config.status).toBe(1)
    expect(config.stderr).toMatch(/bad\.yaml:3:\d+ error .*version/)
    expect(config.stderr).not.toMatch(/\n\s+at /)
  })
})
