import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ReleaseChanges } from './diff-releases.ts'

/** Ids listed in CHANGELOG.md per kind of change; CHANGES.json always has them all. */
const LISTED = 100

/**
 * Writes CHANGES.json (machine-readable: added / removed / changed quote ids, the fields that
 * changed as [old, new]) and CHANGELOG.md (this version's entry on top of the previous version's
 * CHANGELOG.md, when that release has one).
 */
export function writeChanges(dir: string, changes: ReleaseChanges, previousDir: string | null): void {
  writeFileSync(path.join(dir, 'CHANGES.json'), JSON.stringify(changes, null, 2) + '\n')
  const previousLog = previousDir === null ? null : path.join(previousDir, 'CHANGELOG.md')
  const older = previousLog !== null && existsSync(previousLog) ? readFileSync(previousLog, 'utf8').replace(/^# Changelog\n+/, '') : ''
  writeFileSync(path.join(dir, 'CHANGELOG.md'), `# Changelog\n\n${changelogEntry(changes)}${older ? '\n' + older : ''}`)
}

/** The Markdown entry for one version. */
export function changelogEntry(c: ReleaseChanges): string {
  const s = c.summary
  const lines = [`## ${c.version}`, '']
  if (c.previous_version === null) {
    lines.push(`First published version: ${s.quotes_added} quotes from ${s.articles_added} articles.`, '')
  } else {
    lines.push(
      `Against ${c.previous_version}: ${s.quotes_added} quotes added, ${s.quotes_removed} removed, ${s.quotes_changed} changed; ` +
        `${s.articles_added} articles added, ${s.articles_removed} removed; schema ${s.schema_changed ? 'changed' : 'unchanged'}.` +
        (s.bump === null ? ' No change to the data.' : ` Versioning policy: ${s.bump} (${bumpReason(s.bump)}).`),
      '',
    )
    for (const line of c.schema_changes) lines.push(`- schema: ${line}`)
    if (c.schema_changes.length > 0) lines.push('')
  }
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push(`### ${title}`, '')
    for (const item of items.slice(0, LISTED)) lines.push(`- ${item}`)
    if (items.length > LISTED) lines.push(`- … and ${items.length - LISTED} more (CHANGES.json lists them all)`)
    lines.push('')
  }
  if (c.previous_version !== null) list('Added', c.added.map((id) => `\`${id}\``))
  list('Removed', c.removed.map((id) => `\`${id}\``))
  list('Changed', c.changed.map((ch) => `\`${ch.quote_id}\`: ${Object.keys(ch.changes).join(', ')}`))
  return lines.join('\n')
}

export function bumpReason(bump: 'major' | 'minor' | 'patch'): string {
  return bump === 'major' ? 'the layout of a table changed' : bump === 'minor' ? 'records were added' : 'existing records were corrected or removed'
}
