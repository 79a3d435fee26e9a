import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { buildDataset, type BuildSummary } from '../../pipeline/build-dataset.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const SEEDS = path.join(ROOT, 'seeds')
export const CONFIG = path.join(ROOT, 'dataset.yaml')
export const HOSTILE = path.join(ROOT, 'test/release/fixtures/spreadsheet-hostile')
/** The version dataset.yaml names: what a plain `npm run build-dataset` builds. */
export const CONFIG_VERSION = String((parse(readFileSync(CONFIG, 'utf8')) as { version: string }).version)

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `ql-release-${label}-`))
}

/** Builds `input` into `out` in this process, as `npm run build-dataset` would. */
export function build(input: string, out: string, version?: string): Promise<BuildSummary> {
  return buildDataset({ inputDir: input, outDir: out, configPath: CONFIG, ...(version === undefined ? {} : { datasetVersion: version }) })
}

export function readJsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

/** Every file under `dir` (relative path → bytes), for byte-for-byte comparisons. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out.set(path.relative(dir, p), readFileSync(p))
    }
  }
  walk(dir)
  return out
}
