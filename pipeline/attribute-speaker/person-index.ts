import type { ArticleContext } from '../extract-quotes/article-context.ts'
import type { SegmentedParagraph } from '../segment/segment-articles.ts'
import { BODY_WORDS, ROLE_WORDS, cleanRole, parseSpeakerPhrase, splitName } from './speaker-phrase.ts'
import { FINITE_CUES } from './cue-words.ts'
import { guessGender, honorificGender, looksLikePersonName, type Gender } from './first-names.ts'
import { capitalIndices, isSpaceCode, nextCapRun, nextCapWord } from '../segment/char-class.ts'
import { IRREGULAR_PAST } from './verb-forms.ts'
import { lowerBound } from '../lower-bound.ts'
import type { SourceText } from '../source-text.ts'

/** A person named in the article, with the fullest name it gives and the roles it gives them. */
export interface Person {
  name: string
  surname: string
  roles: string[]
  gender: Gender
}

/** A place in the article where a person (or a body) is named or described. */
export interface Mention {
  person: Person
  index: number
  /** Inside quote marks: counts for names, not for resolving "he said". */
  inQuote: boolean
  /** After a preposition or as a possessive ("with Trump", "Trump's statement"): a weak antecedent. */
  weak: boolean
  /** Reads as the subject of its clause: sentence-initial, or followed by a verb, ", who" or an appositive. */
  subject: boolean
  /** The name as the article gives it in full (more than a surname alone). */
  full?: boolean
}

export interface PersonIndex {
  people: Person[]
  mentions: Mention[]
  /** Bodies that issued a statement, by position: "A statement was issued by the National Counter Terrorism Police Network". */
  statementIssuers: Array<{ name: string; index: number }>
  /**
   * Looks a name up: "Soufan" → Ali Soufan, "Trump" → Donald Trump. A surname two people share
   * ("Clinton" for Bill and Hillary) is the one named in full last before `at`, when given.
   */
  resolveName(name: string, at?: number): Person | null
}

// A sentence end inside a run of capitals: "… the US. Last week", "‘Israel’. Never" (not "Mr. Rauf").
const SENTENCE_CUT = /(?<![\s.](?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Capt|Maj|Adm|Rev|Fr|Mt|No))(?<=\p{L}{2,}[’'”"]?)\.\s/u
const DESCRIPTION = /\b[Tt]he\s+((?:former\s+|then-)?(?:[\p{Ll}]+\s+){0,3}(president|prime minister|minister|secretary|chancellor|mayor|governor|senator|commissioner|chief|director|coach|manager|captain|chairman|ceo|agent|analyst|ambassador|spokesman|spokeswoman|leader|striker|judge|king|queen))\b/gu
const DESCRIPTION_HEADS = 'president|prime minister|minister|secretary|chancellor|mayor|governor|senator|commissioner|chief|director|coach|manager|captain|chairman|ceo|agent|analyst|ambassador|spokesman|spokeswoman|leader|striker|judge|king|queen'.split('|')
const ROLE_BEFORE = /(?:^|[.;:]\s+|,\s+|\b(?:and|but|while)\s+)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}’'-]+),\s*$/u
const POSSESSIVE_BEFORE = /\b(?:his|her|their|its|our|my|your)\s+$/i
const PREPOSITION = /\b(to|with|by|from|for|of|at|about|against|on|into|between|like|than|under|over|toward|towards|and)\s*$/i
const MODIFIER_ONLY = /^(?:former|acting|interim|outgoing|incoming|new|then|ex|late)$/i
const LIVES_IN = /\b(?:lives|lived|living|live|based|born|raised|grew up|settled|moved|located|situated)\s+(?:in|near|at|to|outside)\s+$/
const TRAILING_DAY = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tonight)$/
// "… hired Bertil Borg, and Borg found …": a verb after the name makes it a new clause's subject
// (an apposition may stand between: "and former midfielder Dietmar Hamann, now a TV pundit, told").
const OPENS_CLAUSE = new RegExp(`^(?:,[^,;:.“”"]{2,60},)?\\s+(?:has|had|is|was|will|would|said|says|told|added|insisted|admitted|\\p{Ll}+ed|${IRREGULAR_PAST})\\b`, 'u')
const OCCUPATION_BEFORE = /(?:^|\s)\p{Ll}{3,}(?:ist|ian)\s+$/u
const APPOSITION = new RegExp(
  `^,\\s+((?:a|an|the)\\s+[^,;.]{3,100}|(?!(?:who|which|that|whose|where|when)\\b|(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\s+(?:his|her|their|its|the|a|an)\\b|(?:has|had|was|is|were|are|will|would)\\s)[\\p{Ll}][^,;.]{3,100}),`,
  'u',
)
const STOP_FIRST = new Set(
  `The A An In On At But And Or If When While After Before Since For With From By As Of To This That These Those
  It He She They We I You His Her Their Our My Its Mr Mrs Ms Dr Sir Lord Lady Monday Tuesday Wednesday Thursday
  Friday Saturday Sunday January February March April May June July August September October November December
  Yesterday Today Tomorrow Last Next Earlier Later Meanwhile However Still Yet Even Only Some Many Most Other
  Another One Two Three Several Both Each Every No Not Now Then There Here Where What Who Why How Prime Former Senior
  Nonetheless Nevertheless Moreover Furthermore Additionally Similarly Likewise Otherwise Overall Ultimately Finally
  Although Though Whether Unless Because Whilst Until Despite During Following Having`.split(/\s+/),
)

/**
 * Indexes the people an article names: every run of capitalised words that reads as a person's
 * name (titles and bodies stripped), keyed by surname so that "said Hopkins" finds "Ian
 * Hopkins", with the titles ("chief constable of Greater Manchester police") seen for each.
 * Also records which body issued a statement, for "it said".
 */
export function buildPersonIndex(ctx: ArticleContext, quoteRanges: ReadonlyArray<[number, number]>): PersonIndex {
  const { text } = ctx
  const people: Person[] = []
  const bySurname = new Map<string, Person>()
  const mentions: Mention[] = []
  const inQuote = insideAny(quoteRanges)
  // Word starts that belong to a run of capitals already read as a name candidate.
  const covered = new Set<number>()
  const caps = capitalsOf(ctx.source)

  // Capitalised runs a person is said to own ("Michelle Paver's Wolf Brother"): never people.
  const things = new Set<string>()
  const candidates: Array<{ name: string; title: string | null; apposition: string | null; index: number; weak: boolean; aged: boolean; leads: boolean }> = []
  for (const p of ctx.article.paragraphs) {
    // Title Case headlines make every word a capital: no names are read from them.
    if (p.role === 'title') continue
    let from = p.start
    for (let r = nextCapRun(text, caps, from, p.end); r; r = nextCapRun(text, caps, from, p.end)) {
      const mIndex = r[0]
      let run = text.slice(mIndex, r[1])
      from = r[1]
      // A run never crosses a sentence end: "… on Wednesday. TheNYT quickly …"
      const cut = run.indexOf('.') === -1 ? null : SENTENCE_CUT.exec(run)
      if (cut) {
        from = mIndex + cut.index + 1
        if (!/\s/.test(run.slice(0, cut.index))) continue
        run = run.slice(0, cut.index)
      }
      // "… to mock Sir Keir Starmer." at a paragraph's end: the full stop is the sentence's, not
      // an initial's ("J.") or an abbreviation's ("Jr.").
      if (/\p{Ll}{2}\.$/u.test(run) && !/\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|St)\.$/.test(run)) run = run.slice(0, -1)
      // "Gov. Jerry Brown Thursday vetoed …": a day after the name is when, not who.
      run = run.replace(TRAILING_DAY, '')
      // A name in quote marks is a term or a title ("Five Eyes"), not a person.
      const prevCode = mIndex > p.start ? text.charCodeAt(mIndex - 1) : -1
      if (prevCode === 0x22 || prevCode === 0x201c || prevCode === 0x2018 || prevCode === 0x27 || prevCode === 0xab) continue
      const before = text.slice(Math.max(p.start, mIndex - 60), mIndex)
      // "his Finn Harps side", "their Manchester United": no one calls a person "his John Smith".
      if (POSSESSIVE_BEFORE.test(before)) continue
      // "who lives in Much Dewchurch, Herefordshire": a place, not a person.
      if (LIVES_IN.test(before)) continue
      // "Gareth Southgate’s side": the name without its possessive (a weak mention).
      const runTokens = run.split(/\s+/)
      runTokens[runTokens.length - 1] = runTokens[runTokens.length - 1]!.replace(/[’']s$/, '')
      const tokens = prevCode !== -1 && isSpaceCode(prevCode) ? [...titleTokens(before), ...runTokens] : runTokens
      const split = splitName(tokens)
      if (!split) {
        // "Michelle Paver's Wolf Brother": what a person owns is a thing, wherever else it is named.
        const owned = /^(\p{Lu}\p{L}+ \p{Lu}\p{L}+)[’']s ((?:\p{Lu}\p{L}+ ?){1,3})$/u.exec(run)
        if (owned && looksLikePersonName(owned[1]!)) things.add(owned[2]!.trim())
        continue
      }
      // ("If Jonny Evans has spat at him": a sentence's first word is no part of the name after it.)
      const splitTokens = split.name.split(/\s+/)
      const nameTokens = STOP_FIRST.has(splitTokens[0]!) && splitTokens.length >= 3 && !split.title ? splitTokens.slice(1) : splitTokens
      const fullName = nameTokens.join(' ')
      // One word is a name only behind a title: "President Trump", "Mr Cameron", "Ms Dorries".
      // ("Former WorldCom boss …": "Former" alone is no title.)
      if (nameTokens.length > 4 || (nameTokens.length < 2 && (!split.title || MODIFIER_ONLY.test(split.title)))) continue
      if (STOP_FIRST.has(nameTokens[0]!) && nameTokens.length < 3) continue
      if (nameTokens.some((t) => BODY_WORDS.has(t.toLowerCase()) || ROLE_WORDS.has(t.toLowerCase()))) continue
      const nameIndex = mIndex + run.lastIndexOf(nameTokens[0]!)
      for (let at = mIndex, k = 0; k < runTokens.length; k++) {
        covered.add(at)
        at += runTokens[k]!.length + 1
      }
      const runEnd = mIndex + run.length
      const after = text.slice(runEnd, Math.min(p.end, runEnd + 160))
      // (A relative clause is no apposition: "Conservative MPs, who have been proposing …,".)
      // (Nor is a verb's clause: "… on the PGA Tour Champions, opened his round with …, totaling".)
      const appos = after.charCodeAt(0) === 0x2c ? APPOSITION.exec(after) : null
      const position = appos && /^(right|left|centre|center|pictured|above|below|top|bottom|inset|file)$/i.test(appos[1]!)
      // "The home secretary, Yvette Cooper, said": the role stands before the name, in apposition.
      const roleBefore = after.charCodeAt(0) === 0x2c ? ROLE_BEFORE.exec(before) : null
      const roleFirst = roleBefore && ROLE_WORDS.has(roleBefore[1]!.split(/\s+/).pop()!.toLowerCase()) ? roleBefore[1]! : null
      candidates.push({
        name: fullName.replace(/[’']s$/, ''),
        title: split.title,
        apposition: appos && !position ? appos[1]!.replace(/^(a|an|the)\s+/i, '') : roleFirst,
        index: nameIndex,
        // "with Israeli prime minister Benjamin Netanyahu": the preposition stands before the title.
        weak: (prepositionBeforeTitle(before) && !opensClause(before, text, mIndex + run.length)) || /[’']s$/.test(run),
        // "Mr Johnson, 58, told …": an age is evidence of a person.
        // ("ichthyologist Bertil Borg", "historian Mary Beard": an occupation in lower case before a full name.)
        aged: AGED.test(after) || (nameTokens.length >= 2 && OCCUPATION_BEFORE.test(before)),
        // "Jos Buttler smashed an unbeaten century.": a full name opening a sentence as its subject.
        // (Not "The Super Eagles fought back": a name takes no article.)
        // ("After four minutes of stoppage time, Riyad Mahrez rose to the occasion": an opening
        // phrase and its comma may stand first.)
        leads: opensSentence(before, mIndex === p.start, mIndex - before.length === p.start) && !/^(?:The|A|An)\s/.test(run) && nameTokens.length >= 2 && LEAD_VERB.test(after),
      })
    }
  }
  // Capitalised runs are names only with evidence of a person: a known first name, a title or
  // an appositive, or the surname next to a reporting verb somewhere in the article. This keeps
  // "Election Day" and "Prime Ministers’ Questions" out.
  const evidenced = new Set<string>()
  const unproven = new Map<string, string>()
  const kept = things.size === 0 ? candidates : candidates.filter((c) => !things.has(c.name))
  for (const c of kept) {
    const last = c.name.split(/\s+/).pop()!
    if (looksLikePersonName(c.name) || c.title || c.apposition || c.aged || c.leads) evidenced.add(last.toLowerCase())
    else unproven.set(last.toLowerCase(), last)
  }
  // Only the surnames still unproven are looked for next to a cue, or alone.
  for (const [key, last] of unproven) {
    if (!evidenced.has(key) && (surnameNearCue(ctx, last) || surnameAlone(ctx, last))) evidenced.add(key)
  }
  for (const c of kept) {
    const surname = c.name.split(/\s+/).pop()!.toLowerCase()
    if (!evidenced.has(surname)) continue
    let person = bySurname.get(surname)
    if (person && !compatible(person.name, c.name)) person = undefined
    // "Sir Keir", "Dame Judi": a knight or dame is called by title and first name.
    if (!person && /^(sir|dame)$/i.test(c.title ?? '') && !c.name.includes(' ')) {
      person = people.find((p) => p.name.split(/\s+/)[0] === c.name)
      if (person) bySurname.set(surname, person)
    }
    if (!person) {
      person = { name: c.name, surname, roles: [], gender: genderOf(c.name, c.title) }
      people.push(person)
      if (!bySurname.has(surname)) bySurname.set(surname, person)
    } else if (c.name.split(/\s+/).length > person.name.split(/\s+/).length) {
      person.name = c.name
      if (person.gender === 'unknown') person.gender = genderOf(c.name, c.title)
    }
    for (const raw of [c.apposition, c.title]) {
      const role = cleanRole(raw)
      if (role && !person.roles.includes(role)) person.roles.push(role)
    }
    mentions.push({ person, index: c.index, inQuote: inQuote(c.index), weak: c.weak, subject: isSubjectAt(text, c.index, c.index + c.name.length), full: c.name.includes(' ') })
  }
  // Surnames alone ("said Hopkins", "May said") and descriptions ("The president") are mentions too.
  // (No person, no mention: then neither pass can find anything.)
  if (people.length > 0) {
    const keyLengths = new Set<number>()
    const keyFirsts = new Set<number>()
    for (const key of bySurname.keys()) {
      keyLengths.add(key.length)
      keyFirsts.add(key.charCodeAt(0))
    }
    const roleTexts: string[] = []
    for (const person of people) for (const r of person.roles) roleTexts.push(r.toLowerCase())
    const describable = DESCRIPTION_HEADS.some((h) => roleTexts.some((r) => r.includes(h)))
    for (const p of ctx.article.paragraphs) {
      for (let r = nextCapWord(text, caps, p.start, p.start, p.end); r; r = nextCapWord(text, caps, p.start, r[1], p.end)) {
        const index = r[0]
        const len = r[1] - index
        // Only words as long as a surname (or a possessive of one) can name someone.
        // (toLowerCase keeps the length of every character but İ, U+0130.)
        // ("Jones’ car": a plural-style possessive keeps its mark in the word.)
        if (!keyLengths.has(len) && !keyLengths.has(len - 2) && !keyLengths.has(len - 1) && !hasDottedCapitalI(text, index, r[1])) continue
        // An ASCII capital lowers to the first letter of the key it could be.
        const first = text.charCodeAt(index)
        if (first < 128 && !keyFirsts.has(first | 0x20)) continue
        const w = text.slice(index, r[1])
        const word = w.replace(/[’'](?:s)?$/, '')
        const person = bySurname.get(word.toLowerCase())
        if (!person || covered.has(index)) continue
        const before = text.slice(Math.max(p.start, index - 20), index)
        const subject = isSubjectAt(text, index, index + w.length)
        mentions.push({ person, index, inQuote: inQuote(index), weak: (PREPOSITION.test(before) && !opensClause(before, text, index + w.length)) || /[’'](?:s)?$/.test(w), subject })
      }
      // findByRole finds no one unless a role holds the head noun: then the pass is skipped.
      if (!describable) continue
      const para = text.slice(p.start, p.end)
      const desc = DESCRIPTION
      desc.lastIndex = 0
      for (let m = desc.exec(para); m; m = desc.exec(para)) {
        const person = findByRole(people, m[1]!, m[2]!)
        if (person) {
          const index = p.start + m.index
          mentions.push({ person, index, inQuote: inQuote(index), weak: PREPOSITION.test(para.slice(Math.max(0, m.index - 20), m.index)), subject: isSubjectAt(text, index, index + m[0].length) })
        }
      }
    }
  }
  mentions.sort((a, b) => a.index - b.index)

  // Where each mention starts (sorted), for resolveName; made on first use.
  let mentionStarts: Int32Array | undefined
  // Asked for only to resolve "it said" or "the statement": found on first use.
  let statementIssuers: Array<{ name: string; index: number }> | undefined

  return {
    people,
    mentions,
    get statementIssuers() {
      return (statementIssuers ??= findStatementIssuers(ctx))
    },
    resolveName(name: string, at?: number): Person | null {
      const tokens = name.split(/\s+/)
      const surname = tokens[tokens.length - 1]!.toLowerCase().replace(/[’']s$/, '')
      let person = bySurname.get(surname)
      if (person && at !== undefined && tokens.length === 1) {
        // (Only someone else by first name: not "Josh Apte" for "Joshua Apte", nor "Hosting Cook".)
        const base = person
        const first = base.name.split(/\s+/)[0]!.toLowerCase()
        const other = (p: Person) => {
          const f = p.name.split(/\s+/)[0]!.toLowerCase()
          return p === base || (looksLikePersonName(p.name) && !f.startsWith(first) && !first.startsWith(f))
        }
        // The latest such mention before `at`, looked for among the 200 mentions before it (bounded:
        // an article of thousands of quotes and names stays linear).
        mentionStarts ??= Int32Array.from(mentions, (m) => m.index)
        const lo = lowerBound(mentionStarts, at)
        for (let k = lo - 1; k >= 0 && k >= lo - 200; k--) {
          const m = mentions[k]!
          if (m.full && m.person.surname === surname && other(m.person)) {
            person = m.person
            break
          }
        }
      }
      if (person && compatible(person.name, name)) return person
      // A first name alone, or a misspelt surname is left as written.
      return people.find((p) => p.name.split(/\s+/)[0]!.toLowerCase() === tokens[0]!.toLowerCase() && tokens.length === 1) ?? null
    },
  }
}

/** Bodies that issued a statement, by position: "A statement was issued by the National Counter Terrorism Police Network". */
function findStatementIssuers(ctx: ArticleContext): Array<{ name: string; index: number }> {
  const { text } = ctx
  const statementIssuers: Array<{ name: string; index: number }> = []
  const issuerPatterns = [
    /\bstatement\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:issued|released|put out|published|sent)\s+by\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,8})/gu,
    /\bstatement\s+from\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,8})/gu,
    // "The ministry released a statement", "the UK’s National Police Chiefs’ Council released a statement"
    /(?:^|[.;:]\s+|,\s+(?:while\s+|and\s+|but\s+)?|\b(?:while|and|but|after|when)\s+)((?:[\p{L}\p{N}'’.&-]+\s+){1,7}?)(?:also\s+|later\s+|earlier\s+|has\s+|had\s+)?(?:issued|released|put out|published|sent out)\s+(?:a|an|its)\s+(?:[\p{Ll}-]+\s+){0,2}statement/gu,
  ]
  for (const p of paragraphsWith(ctx, 'statement')) {
    const para = text.slice(p.start, p.end)
    for (const re of issuerPatterns) {
      re.lastIndex = 0
      for (let m = re.exec(para); m; m = re.exec(para)) {
        const raw = m[1]!.trim().replace(/\s+(last|on|in|yesterday|today|this|that)$/i, '').trim()
        const phrase = parseSpeakerPhrase(raw)
        if (phrase && phrase.kind !== 'pronoun') statementIssuers.push({ name: phrase.text, index: p.start + m.index })
      }
    }
  }
  statementIssuers.sort((a, b) => a.index - b.index)
  return statementIssuers
}

const capitals = new WeakMap<SourceText, Int32Array>()

/** capitalIndices of the whole file, found once however many of its articles hold quotes. */
function capitalsOf(source: SourceText): Int32Array {
  let caps = capitals.get(source)
  if (!caps) {
    caps = capitalIndices(source.text)
    capitals.set(source, caps)
  }
  return caps
}

function hasDottedCapitalI(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x130) return true
  return false
}

/** "Trump" and "Donald Trump" are one person; "Ivanka Trump" and "Donald Trump" are not. */
function compatible(a: string, b: string): boolean {
  const ta = a.split(/\s+/)
  const tb = b.split(/\s+/)
  if (ta.length === 1 || tb.length === 1) return true
  return ta[0]!.toLowerCase() === tb[0]!.toLowerCase() || ta[0]!.length <= 2 || tb[0]!.length <= 2
}

/** "the president" → the person whose title holds "president" (U.S. President Donald Trump). */
export function findByRole(people: readonly Person[], description: string, head: string): Person | null {
  const want = head.toLowerCase()
  const desc = description.toLowerCase()
  // A compound office is not its head alone: "a minister" is no "Prime Minister".
  const holds = (r: string) => {
    const role = r.toLowerCase()
    if (!role.includes(want)) return false
    const office = COMPOUND_OFFICE.exec(role)
    return office === null || desc.includes(office[0])
  }
  const matches = people.filter((p) => p.roles.some(holds))
  if (matches.length === 0) return null
  const exact = matches.find((p) => p.roles.some((r) => r.toLowerCase().includes(desc)))
  if (exact) return exact
  // "the Broxtowe MP" is not the Totnes MP: a word that narrows the description down must be
  // in the role the person was given ("former", "senior" narrow nothing).
  const narrowing = desc.split(/\s+/).filter((w) => w !== want && !want.split(' ').includes(w) && !BROAD_MODIFIERS.has(w))
  return matches.find((p) => narrowing.every((w) => p.roles.some((r) => r.toLowerCase().includes(w)))) ?? null
}

const COMPOUND_OFFICE = /\b(?:prime|first|deputy prime|deputy first) minister\b|\b(?:home|foreign|defence|defense|health|education|culture|transport|business|justice|northern ireland|scottish|welsh|general) secretary\b|\bchief (?:executive|constable|secretary|whip)\b/
const BROAD_MODIFIERS = new Set(['the', 'former', 'then', 'senior', 'junior', 'new', 'current', 'outgoing', 'incoming', 'acting', 'interim', 'veteran', 'longtime', 'long-serving', 'embattled', 'beleaguered', 'top', 'deputy', 'assistant'])

/**
 * Title words just before a name: "home secretary Amber Rudd", "UK prime minister Theresa May",
 * "Labour leader Keir Starmer", "Israeli defence chief Avigdor Liberman", and a title set off by
 * a comma: "The Foreign Minister, Ana Costa,".
 */
function titleTokens(before: string): string[] {
  const trimmed = before.trimEnd()
  const commaTitle = trimmed.endsWith(',') && /(?:^|[.;:!?]\s+|\b(?:the|The)\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*),$/u.exec(trimmed)
  if (commaTitle && commaTitle[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return commaTitle[1]!.split(/\s+/)
  // The words of trimmed (split at white space), read from the end until one is no title word.
  const out: string[] = []
  for (let e = trimmed.length; e > 0; ) {
    let s = e
    while (s > 0 && !isSpaceCode(trimmed.charCodeAt(s - 1))) s--
    const w = trimmed.slice(s, e)
    if (ROLE_WORDS.has(w.toLowerCase()) || /^(u\.?s\.?|u\.?k\.?|uk|us|eu|un)$/i.test(w)) out.unshift(w)
    else if (out.length > 0 && /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !/[’']s$/.test(w)) out.unshift(w)
    else break
    e = s
    while (e > 0 && isSpaceCode(trimmed.charCodeAt(e - 1))) e--
  }
  // Capitalised words count only as part of a title: "Labour leader", not "Speaking at".
  while (out.length > 0 && !ROLE_WORDS.has(out[out.length - 1]!.toLowerCase()) && !/^(u\.?s\.?|u\.?k\.?|uk|us|eu|un)$/i.test(out[out.length - 1]!)) out.pop()
  // A modifier with no office after it is no title: "the former Heinz Plant".
  if (out.length > 0 && out.every((w) => /^(?:former|then|acting|interim|shadow|senior|veteran|vice|ex)$/i.test(w))) return []
  return out
}

/**
 * A preposition before the title words that precede a name: "… a press conference with Israeli
 * prime minister " (title words stripped, "with" stays). Only the last word left can match
 * PREPOSITION, so it alone is tested.
 */
function prepositionBeforeTitle(before: string): boolean {
  const trimmed = before.trimEnd()
  for (let e = trimmed.length; e > 0; ) {
    let s = e
    while (s > 0 && !isSpaceCode(trimmed.charCodeAt(s - 1))) s--
    const w = trimmed.slice(s, e)
    // "On Tuesday, Opposition Leader Vincent Tarzia": an opening phrase ends at its comma.
    if (w.endsWith(',')) return false
    if (!(/^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()))) {
      // ("U.S. Secretary of State John Kerry", "Minister for Health": glue inside the title.)
      const glue = /^(?:of|for|the|and)$/.test(w) ? /(\S+)\s+$/.exec(trimmed.slice(0, s)) : null
      if (!glue || !(/^\p{Lu}/u.test(glue[1]!) || ROLE_WORDS.has(glue[1]!.toLowerCase()))) return PREPOSITION.test(w)
    }
    e = s
    while (e > 0 && isSpaceCode(trimmed.charCodeAt(e - 1))) e--
  }
  return false
}

// Any finite reporting verb but those that are also common nouns or name parts ("read", "states").
const NAME_CUES = [...FINITE_CUES].filter((c) => !/^(read|reads|headed|headlined|states|called|charged|cited|quoted|posts|posted|notes|claims|put it|spoke|tells|feels|hopes|fears|accepts)$/.test(c))
const CUE_AFTER_NAME = new RegExp(
  `^(?:[’']s)?(?:,[^,]{1,120},)?\\s+(?:also\\s+|later\\s+|then\\s+|has\\s+|had\\s+)?(?:${NAME_CUES.sort((a, b) => b.length - a.length).join('|')}|according to)\\b`,
)
const AGED = /^,\s*\d{1,3},/
// A past tense a person does (not "fell", "rose", "grew": what shares and economies do).
const LEAD_VERB = new RegExp(`^\\s+(?:has\\s+|had\\s+)?(?:\\p{Ll}+ed|${IRREGULAR_PAST})\\b`, 'u')
/** An opening phrase before a sentence's subject: "After four additional minutes in stoppage time, ". */
const OPENING_PHRASE = /(?:^|[.!?]["”’']?\s+)\p{Lu}[^,.;:!?"“”‘]{1,55},\s+$/u
/**
 * Whether a run at the end of `before` opens its sentence: at the paragraph's start, after a
 * sentence end, or after an opening phrase and its comma (`whole`: before reaches back to the
 * paragraph start, so a phrase at its start opens the paragraph).
 */
function opensSentence(before: string, atParagraphStart: boolean, whole: boolean): boolean {
  if (atParagraphStart || /[.!?]["”’']?\s+$/.test(before)) return true
  const m = OPENING_PHRASE.exec(before)
  return m !== null && (m.index > 0 || whole || /^[.!?]/.test(m[0]))
}
const CUE_BEFORE_NAME = /\b(?:said|says|added|wrote|asked|according to)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}$/u

/**
 * The surname next to a reporting verb: "Soufan said", "said Hopkins", "Trump tweeted". Looks
 * only at the few places the surname occurs, in a small window each side.
 */
function surnameNearCue(ctx: ArticleContext, surname: string): boolean {
  const { text } = ctx
  const n = surname.length
  return someOccurrence(ctx, surname, (p, i) => {
    if (CUE_AFTER_NAME.test(text.slice(i + n, Math.min(p.end, i + n + 160)))) return true
    return CUE_BEFORE_NAME.test(text.slice(Math.max(p.start, i - 80), i))
  })
}

/**
 * Whether test holds at some occurrence of word wholly inside a non-title paragraph of the
 * article (any order will do: only whether one exists is asked).
 */
function someOccurrence(ctx: ArticleContext, word: string, test: (p: SegmentedParagraph, i: number) => boolean): boolean {
  const { text } = ctx
  const ps = ctx.article.paragraphs
  if (ps.length === 0) return false
  const last = ps[ps.length - 1]!.end
  let k = 0
  for (let i = text.indexOf(word, ps[0]!.start); i !== -1 && i + word.length <= last; i = text.indexOf(word, i + 1)) {
    while (ps[k]!.end < i + word.length) k++
    const p = ps[k]!
    if (i < p.start || p.role === 'title') continue
    if (test(p, i)) return true
  }
  return false
}

/** The article's paragraphs that hold word (what para.includes(word) picks), in order. */
function paragraphsWith(ctx: ArticleContext, word: string): SegmentedParagraph[] {
  const { text } = ctx
  const ps = ctx.article.paragraphs
  const out: SegmentedParagraph[] = []
  if (ps.length === 0) return out
  const last = ps[ps.length - 1]!.end
  let k = 0
  for (let i = text.indexOf(word, ps[0]!.start); i !== -1 && i + word.length <= last; i = text.indexOf(word, i + 1)) {
    while (ps[k]!.end < i + word.length) k++
    const p = ps[k]!
    if (i < p.start || out[out.length - 1] === p) continue
    out.push(p)
  }
  return out
}

/**
 * A surname the article also uses on its own ("Rory McIlroy carded a 68. … McIlroy, who …"): a
 * run of capitals referred to later by its last word alone is a person.
 */
function surnameAlone(ctx: ArticleContext, surname: string): boolean {
  const { text } = ctx
  const n = surname.length
  return someOccurrence(ctx, surname, (p, i) => {
    // As a subject of its own: at a sentence start or after a comma, followed by a verb or a
    // comma ("McIlroy, who …", "McIlroy carded"), never as a modifier ("Tory MPs").
    const before = text.slice(Math.max(p.start, i - 3), i)
    if (!(i === p.start || /(?:[.!?]["”’']?|,)\s$/.test(before))) return false
    const after = text.slice(i + n, Math.min(p.end, i + n + 24))
    return /^(?:[’']s)?(?:,\s|\s+(?:said|says|told|added|has|had|is|was|will|would|could|also|then|who|\p{Ll}+ed\b))/u.test(after)
  })
}

/**
 * "… for Harps and Murphy has challenged his players": after "and", a name followed by a finite
 * verb opens a clause of its own and is its subject, not the second object of a preposition
 * ("with Hiemer and Rainey also returning" stays weak).
 */
/**
 * A person's gender from the honorific before the name ("Mrs Thatcher", "Sir Keith"), else from a
 * first name; a surname alone tells nothing ("Thatcher" is also a listed first name).
 */
function genderOf(name: string, title: string | null): Gender {
  for (const w of title?.split(/\s+/) ?? []) {
    const g = honorificGender(w)
    if (g !== 'unknown') return g
  }
  return name.includes(' ') ? guessGender(name) : 'unknown'
}

function opensClause(before: string, text: string, end: number): boolean {
  // (Titles may stand between: "and former Liverpool midfielder Dietmar Hamann, now a TV pundit, told".)
  // (Not a second name of one subject: "Kate Wright, 26, and Rio Ferdinand, 41, married".)
  if (/\p{Lu}[\p{L}'’.-]*,\s*\d{1,3},\s+and\s+(?:[^\s,;:.]+\s+){0,4}$/u.test(before)) return false
  return /\band\s+(?:[^\s,;:.]+\s+){0,4}$|\band\s*$/i.test(before) && OPENS_CLAUSE.test(text.slice(end, end + 84))
}

/**
 * A mention in subject position: at the start of its sentence (after an optional lead-in such
 * as "On Monday,"), or followed by a verb, ", who", an appositive or an age ("Smith, 34,").
 */
function isSubjectAt(text: string, start: number, end: number): boolean {
  // "Brown said Smith had planned it", "told the jury that Smith …": the subject of a reported
  // clause is not who the passage is about.
  const after = text.slice(end, end + 24)
  const near = text.slice(Math.max(0, start - 40), start)
  // An apposition closed by its comma and a verb: "Mark Rowley, assistant commissioner, said",
  // "The international development minister, Andrew Mitchell, suggested", "Smith, 34, denies".
  if (/^,\s+(?:(?:a|an|the)\s+)?[^,.;:“”"]{1,80},\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|has|had|is|was|will|would|\p{Ll}+ed|\p{Ll}+s)\b/u.test(text.slice(end, end + 140))) return true
  // ("One of those ministers, Michael Keenan, was on a flight": an apposition's name is the subject.)
  if (/,\s*$/.test(near) && /^,\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|tells|added|was|is|has|had|\p{Ll}+ed)\b/u.test(after)) return true
  // "…,” said Normangee resident Raymond Kennerly.": an inverted cue's speaker is its subject.
  if (/^[,.;]/.test(after) && INVERTED_CUE.test(near)) return true
  if (REPORTED_CLAUSE.test(near) && /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|\p{Ll}+ed|\p{Ll}+s)\b/u.test(after)) return false
  if (/^(?:[’']s\b)|^\s+(?:and|or)\b/.test(after)) return false
  if (OWN_CLAUSE_AFTER.test(after)) return true
  const before = text.slice(Math.max(0, start - 40), start)
  const lead = /(?:^|[.!?]["”’']?\s+|[\n\r]\s*)(?:(?:On|In|At|After|Before|Earlier|Later|Yesterday|Today|Meanwhile|But|And|However|Still|Now|Then)\b[^.!?]{0,30},\s*)?((?:[\p{L}.'’-]+\s+){0,4})$/u.exec(before)
  // Only a title may stand between the sentence start and the name ("Labour leader Keir
  // Starmer"), never a verb: in "Klopp praised Mohamed Salah" Salah is the object.
  return lead !== null && lead[1]!.split(/\s+/).every((w) => w === '' || /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()) || TITLE_GLUE.has(w.toLowerCase()))
}

// A verb of its own after the name ("Maxwell made headlines", "Smith, 34, denies"), or "who …".
const OWN_CLAUSE_AFTER = new RegExp(`^(?:,\\s+(?:who(?!\\s+(?:he|she|they|I|we|you)\\b)|\\d)|\\s+(?:said|says|told|tells|added|has|had|have|is|was|were|will|would|did|does|also|then|later|who|could|can|should|may|might|must|\\p{Ll}+ed\\b|\\p{Ll}+s\\b|(?:${IRREGULAR_PAST})\\b))`, 'u')

// (Titles in lower case may stand before the name: "He added that parish clerk Tom Bolton was …".)
const REPORTED_CLAUSE = /\b(?:said|says|told\s+[\p{L} ]{1,20}?|claimed|claims|alleged|alleges|added|insisted|argued|suggested|heard|believes|believed|thinks|thought|that|how)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u
const INVERTED_CUE = /[,”"’']\s+(?:said|says|added|adds|wrote|writes|asked|replied|continued|explained|insisted|noted|warned|stressed|argued|declared|recalled|admitted|conceded|acknowledged|observed|remarked|concluded|commented)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u
const TITLE_GLUE = new Set(['the', 'of', 'for', 'and', 'former', 'deputy', 'shadow', 'acting', 'then', 'new', 'outgoing', 'incoming'])

/** A test for "inside one of these ranges" by binary search over their merged union. */
function insideAny(ranges: ReadonlyArray<[number, number]>): (i: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else merged.push([s, e])
  }
  return (i) => {
    let lo = 0
    let hi = merged.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (merged[mid]![0] <= i) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found !== -1 && i < merged[found]![1]
  }
}
