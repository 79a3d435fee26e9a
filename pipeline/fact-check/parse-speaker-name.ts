import { BODY_WORDS, ROLE_WORDS } from '../attribute-speaker/speaker-phrase.ts'

/** A quote's speaker value read as a person, a named body, or a description of an unnamed source. */
export type ParsedSpeaker =
  | {
      kind: 'person'
      /** The name without titles: "President Donald Trump" → "Donald Trump". */
      name: string
      /** Folded first name ("donald"), or null for a bare surname ("Trump"). */
      first: string | null
      /** Folded surname: "lieberman". */
      surname: string
    }
  | { kind: 'organisation' | 'description'; name: string; key: string }

// Words that may start a name in lower case: "Charles de Gaulle", "Ursula von der Leyen".
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'del', 'dos', 'ter', 'ten'])
// Leading words that qualify a title rather than name anyone: "U.S. President", "Israeli Defense Minister".
const QUALIFIERS = new Set(['us', 'uk', 'eu', 'un', 'british', 'american', 'israeli', 'russian', 'french', 'german', 'chinese', 'then', 'new', 'the'])
const SUFFIX = /^(jr|sr|ii|iii|iv)$/
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u

/**
 * Reads a speaker value. A description has a lower-case word ("UK intelligence source",
 * "spokesman"); an organisation has a body word or an acronym ("National Counter Terrorism
 * Police Network", "NATO"); anything else of one to four capitalised words is a person, with
 * leading titles dropped ("Israeli Defense Minister Avigdor Lieberman" → "Avigdor Lieberman").
 */
export function parseSpeakerName(speaker: string): ParsedSpeaker {
  const text = speaker.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '')
  const tokens = text.split(' ').filter(Boolean)
  const key = fold(text, ' ')
  const other = (kind: 'organisation' | 'description') => ({ kind, name: text, key }) as const
  if (tokens.length === 0) return other('description')
  if (tokens.some((t) => /^\p{Ll}/u.test(t) && !PARTICLES.has(t)) || /^\p{Ll}/u.test(tokens[0]!)) {
    return other('description')
  }
  let start = 0
  while (start < tokens.length - 1) {
    const bare = fold(tokens[start]!, '')
    if (!ROLE_WORDS.has(bare) && !QUALIFIERS.has(bare) && !ACRONYM.test(tokens[start]!)) break
    start++
  }
  let end = tokens.length
  while (end > start + 1 && SUFFIX.test(fold(tokens[end - 1]!, ''))) end--
  const name = tokens.slice(start, end)
  const isBody = name.some((t) => BODY_WORDS.has(fold(t, ''))) || (name.length === 1 && ACRONYM.test(name[0]!))
  if (isBody || name.length > 4 || name.some((t) => /\d/.test(t))) return other('organisation')
  return {
    kind: 'person',
    name: name.join(' '),
    first: name.length > 1 ? fold(name[0]!, '') : null,
    surname: fold(name[name.length - 1]!, ''),
  }
}

/** Lower case, accents and punctuation dropped: "O'Brien" → "obrien", "Müller" → "muller". */
function fold(text: string, space: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, space)
    .trim()
}
