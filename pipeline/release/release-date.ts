/** The date a release says it was created when neither SOURCE_DATE_EPOCH nor any article date is known: the earliest date a zip entry can carry. */
export const FALLBACK_DATE = '1980-01-01T00:00:00Z'

export interface ReleaseDate {
  /** RFC 3339, UTC, whole seconds: `2017-05-25T00:00:00Z`. */
  created: string
  source: 'SOURCE_DATE_EPOCH' | 'config released' | 'newest article date' | 'fixed fallback'
}

/**
 * The release's `created` date, never the wall clock: SOURCE_DATE_EPOCH (seconds since 1970,
 * reproducible-builds.org) when set, else the config's `released` day, else the newest
 * `published` date among the articles, else 1980-01-01. The same input and environment give the same date in every build and time zone.
 */
export function releaseDate(published: Iterable<string | null>, env: NodeJS.ProcessEnv = process.env, released?: string): ReleaseDate {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, got '${epoch}'`)
    const ms = Number(epoch) * 1000
    if (ms < Date.parse(FALLBACK_DATE)) throw new Error(`SOURCE_DATE_EPOCH ${epoch} is before 1980-01-01, which a zip archive cannot record`)
    return { created: rfc3339(ms), source: 'SOURCE_DATE_EPOCH' }
  }
  if (released !== undefined) {
    const ms = parseDate(released)
    if (ms !== null && ms >= Date.parse(FALLBACK_DATE)) return { created: rfc3339(ms), source: 'config released' }
  }
  let newest: number | null = null
  for (const p of published) {
    if (p === null) continue
    const ms = parseDate(p)
    if (ms !== null && ms >= Date.parse(FALLBACK_DATE) && (newest === null || ms > newest)) newest = ms
  }
  return newest === null ? { created: FALLBACK_DATE, source: 'fixed fallback' } : { created: rfc3339(newest), source: 'newest article date' }
}

// `2017-05-25` is midnight UTC (as Date.parse reads a bare date); a date-time without an offset
// is read as UTC too, never in the builder's time zone.
function parseDate(text: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim())
  if (!m) return null
  const offset = m[3] === undefined ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3]
  const ms = Date.parse(m[2] === undefined ? `${m[1]}T00:00:00Z` : `${m[1]}T${m[2]}${offset}`)
  return Number.isNaN(ms) ? null : ms
}

function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
