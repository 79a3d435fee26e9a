import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildDataset, type BuildOptions, type BuildSummary } from '../../pipeline/build-dataset.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `ql-${prefix}-`))
}

/** buildDataset with the repo's config and a fixed version, into `outDir`. */
export function build(inputDir: string, outDir: string, extra: Partial<BuildOptions> = {}): Promise<BuildSummary> {
  return buildDataset({ inputDir, outDir, configPath: path.join(ROOT, 'dataset.yaml'), datasetVersion: '9.9.9', ...extra })
}

/** Every file under `dir` (relative path → bytes), for byte-for-byte comparison of two outputs. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name
      if (statSync(path.join(dir, r)).isDirectory()) walk(r)
      else out.set(r, readFileSync(path.join(dir, r)))
    }
  }
  walk('')
  return out
}
