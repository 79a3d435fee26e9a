/**
 * Tells whether a system speaker names the gold speaker (GUIDELINE.md, "Scoring"):
 * - case-insensitive, titles aside: "President Trump" = "Trump", "Mr Starmer" = "Keir Starmer"'s alias;
 * - a system surname alone matches a gold full name: "Trump" = "Donald Trump", but the gold
 *   alias "Trump" does not make "Ivanka Trump" right;
 * - a fuller system name ending in a gold name of two or more words matches it:
 *   "US President Donald Trump" = "Donald Trump";
 * - when the gold speaker is null (a term, or no clue in the text) only a null system speaker is right.
 */
export function matchSpeaker(
  system: string | null,
  gold: { speaker: string | null; aliases?: readonly string[] },
): boolean {
  if (gold.speaker === null) return system === null || system.trim() === ''
  if (system === null) return false
  const got = nameTokens(system)
  if (got.length === 0) return false
  for (const candidate of [gold.speaker, ...(gold.aliases ?? [])]) {
    const want = nameTokens(candidate)
    if (want.length === 0) continue
    if (sameTokens(got, want)) return true
    if (isSurnameOf(got, want)) return true
    if (want.length >= 2 && isCapitalised(want[0] as Token) && endsWith(got, want)) return true
  }
  return false
}

interface Token {
  lower: string
  original: string
}

// Honorifics and offices that a text may or may not put before a name.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend',
  'president', 'vice', 'prime', 'minister', 'chancellor', 'secretary', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'capt', 'captain', 'lt',
  'sgt', 'chief', 'king', 'queen', 'prince', 'princess', 'pope', 'hon', 'rt', 'mp', 'coach', 'manager',
])
const ARTICLES = new Set(['the', 'a', 'an'])

/** Words of a name with titles dropped; a name that is all title ("the president") keeps its words. */
function nameTokens(name: string): Token[] {
  const words = name
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .split(/[\s,.;:()]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .map((w) => ({ lower: w.toLowerCase(), original: w }))
  const named = words.filter((t) => !TITLES.has(t.lower) && !ARTICLES.has(t.lower))
  if (named.length > 0) return named
  return words.filter((t) => !ARTICLES.has(t.lower))
}

function sameTokens(a: Token[], b: Token[]): boolean {
  return a.length === b.length && a.every((t, i) => t.lower === (b[i] as Token).lower)
}

/**
 * `short` is one word equal to the last word of the longer name `full`, and that word is a proper
 * name there (capitalised): "trump" = "Donald Trump", but "spokesman" != "Labour spokesman".
 */
function isSurnameOf(short: Token[], full: Token[]): boolean {
  if (short.length !== 1 || full.length < 2) return false
  const last = full[full.length - 1] as Token
  return isCapitalised(last) && (short[0] as Token).lower === last.lower
}

function endsWith(long: Token[], tail: Token[]): boolean {
  if (tail.length > long.length) return false
  const offset = long.length - tail.length
  return tail.every((t, i) => t.lower === (long[offset + i] as Token).lower)
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.original)
}
