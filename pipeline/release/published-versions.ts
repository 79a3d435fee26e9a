import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

export type Bump = 'major' | 'minor' | 'patch'

/**
 * The versions published in an out folder (`v1.2.3/` folders holding a quotes.jsonl), oldest
 * first by SemVer precedence.
 */
export function listVersions(outDir: string): string[] {
  if (!existsSync(outDir)) return []
  return readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^v\d+\.\d+\.\d+$/.test(e.name) && existsSync(path.join(outDir, e.name, 'quotes.jsonl')))
    .map((e) => e.name.slice(1))
    .sort(compareVersions)
}

/** The newest published version below `version`, which a release's CHANGES are taken against. */
export function previousVersion(outDir: string, version: string): string | null {
  return listVersions(outDir).filter((v) => compareVersions(v, version) < 0).at(-1) ?? null
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}

export function bumpVersion(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
  if (bump === 'major') return `${major + 1}.0.0`
  if (bump === 'minor') return `${major}.${minor + 1}.0`
  return `${major}.${minor}.${patch + 1}`
}
