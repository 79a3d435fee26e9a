import type { ArticleContext } from '../extract-quotes/article-context.ts'
import type { ExtractedQuote } from '../extract-quotes/extract-quotes.ts'
import { maskQuotes, normaliseForMatch, outsideQuote } from '../extract-quotes/classify-kind.ts'
import { FINITE_CUES, ING_CUES, nextCue } from './cue-words.ts'
import { EPITHET, ROLE_WORDS, WHEN_WORDS, cleanRole, parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.ts'
import { buildPersonIndex, findByRole, type Mention, type PersonIndex } from './person-index.ts'
import { IRREGULAR_PAST } from './verb-forms.ts'

export interface AttributedQuote extends ExtractedQuote {
  speaker: string | null
  role: string | null
  cue: string | null
  method: 'explicit' | 'pronoun' | 'continuation' | 'context' | 'none'
  continues: boolean
}

// Cues that put the speaker after them: "said Hopkins", "vowed the union's leader" — every finite
// cue but those that take an object ("told the BBC", "called the leaks …").
const TRANSITIVE = new Set(
  'told tells called described branded labelled labeled accused accuses dismissed dismisses rejected rejects regarded compared compares condemned condemns criticised criticized attacked praised termed deemed charged questioned blamed defended denied denies hailed slammed blasted urged urges cited quoted read reads headed headlined captioned lambasted ridiculed mocked derided decried likened portrayed characterised characterized expressed'.split(' '),
)
const INVERTIBLE = new Set([...FINITE_CUES].filter((c) => !TRANSITIVE.has(c) && !c.includes(' ')).concat(['according to']))

/** How far each side of a quote its cue is looked for: real sentences fit; a 5 MB line costs no more. */
const WINDOW = 600

interface Found {
  phrase: SpeakerPhrase
  cue: string
  /** Words between the quote and the cue: the nearer side wins. */
  distance: number
  /** Where the phrase stands, for resolving a pronoun against what comes before it. */
  at: number
  /** Read from a headline's grammar, not a cue: weaker evidence, taken as context. */
  headline?: true
}

/**
 * Attributes each quote of an article to its speaker. In order: a cue next to the quote
 * ("…," he said / said Hopkins / Mark Rowley, …, told the BBC / according to a Whitehall source
 * / "— Name"); a cue before it in the same sentence (May similarly declared, “…” / saying “…”);
 * a colon introduction closing the paragraph before (released a statement saying:); the
 * quotation it continues (after "he said", or in the next paragraph); the quote it repeats
 * (a pull quote or subheading). Pronouns and descriptions resolve to the fullest name the
 * article gives; "it said" of a statement resolves to its issuer.
 */
export function attributeSpeakers(ctx: ArticleContext, quotes: readonly ExtractedQuote[]): AttributedQuote[] {
  if (quotes.length === 0) return []
  const ranges = quotes.flatMap((q) => q.draft.segments)
  const index = buildPersonIndex(ctx, ranges)
  const out: AttributedQuote[] = []
  // Quotes whose cue names an "it" no body answers to: the context must not make it a person.
  const notPersons = new Set<number>()
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!
    const found = findCue(ctx, index, k, quotes) ?? (q.draft.closeIndex === null ? cueInUnclosedTail(ctx, q) : headlineCue(ctx, q))
    if (found) {
      const resolved = resolve(ctx, index, found, out, q.draft.depth > 0)
      // (A headline's grammar is weaker evidence than a cue: body quotes do not take it up.)
      if (found.headline && resolved.speaker !== null) {
        out.push(attributed(q, resolved.speaker, resolved.role, 'context', null, false))
        continue
      }
      if (resolved.speaker === null && found.phrase.kind === 'pronoun' && found.phrase.text === 'it') notPersons.add(k)
      out.push(attributed(q, resolved.speaker, resolved.role, resolved.method, found.cue, false))
      continue
    }
    let prev: AttributedQuote | undefined
    for (let j = out.length - 1; j >= 0; j--) {
      if (out[j]!.draft.depth === 0) {
        prev = out[j]
        break
      }
    }
    if (prev && continuesPrevious(ctx, prev, q)) {
      out.push(attributed(q, prev.speaker, prev.role, 'continuation', prev.cue, true))
      continue
    }
    out.push(attributed(q, null, null, 'none', null, false))
  }
  // No cue, no quotation to continue: the speaker the context gives — the last quoted speaker of
  // this or the previous paragraph, else the subject the paragraph before is about.
  const keys = matchKeys(out)
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!
    if (q.method !== 'none' || q.draft.depth > 0 || notPersons.has(k) || isHeadlineParagraph(ctx, q.draft.firstParagraph)) continue
    const near = contextSpeaker(ctx, index, k, out, keys)
    if (near) Object.assign(q, { speaker: near.speaker, role: near.role, method: 'context' })
  }
  // A pull quote, subheading or fragment that repeats words someone is credited with: it takes
  // that person rather than no one, or a description ("says minister") or a country ("Britain").
  // (The article's most quoted speaker is counted once, when a headline first needs it.)
  let main: { found: { speaker: string; role: string | null } | null } | undefined
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!
    if (q.draft.depth > 0) continue
    // Only a headline, or a country credited with a fragment ("Britain … saying it had received
    // “fresh assurances”"), gives way; "Critics" and "the senator" keep their words.
    const headlineLike = q.draft.flags.has('headline') || isHeadlineParagraph(ctx, q.draft.firstParagraph)
    const weakExplicit = q.method === 'explicit' && (headlineLike ? true : !isPersonLike(q.speaker, index) && isPlace(q.speaker))
    if (q.method !== 'none' && !weakExplicit) continue
    const source = findRepeated(k, out, keys)
    if (source && (q.method === 'none' || headlineLike || isPersonLike(source.speaker, index))) Object.assign(q, { speaker: source.speaker, role: source.role, cue: q.cue ?? null, method: 'context' })
    // (A fragment only in the headline or standfirst: a subheading's fragment is too far from anyone.)
    // (Not words a headline's passive gives to someone it leaves unnamed: "MP told to “moderate” language".)
    else if (q.method === 'none' && headlineLike && (q.kind === 'full' || q.draft.firstParagraph <= 1) && !(q.draft.closeIndex !== null && passiveBefore(ctx, q.draft))) {
      main ??= { found: mainSpeaker(out) }
      const chosen = main.found ?? namedAfter(ctx, index, q) ?? contextSpeaker(ctx, index, k, out, keys)
      if (chosen) Object.assign(q, { speaker: chosen.speaker, role: chosen.role, method: 'context' })
    }
  }
  return out
}

/** The last element that passes the test (what [...arr].reverse().find(test) finds, without the copy). */
function lastWhere<T>(arr: readonly T[], test: (x: T) => unknown): T | undefined {
  for (let k = arr.length - 1; k >= 0; k--) if (test(arr[k]!)) return arr[k]
  return undefined
}

/** The quote with its attribution (the fields in the order a spread would give them). */
function attributed(
  q: ExtractedQuote,
  speaker: string | null,
  role: string | null,
  method: AttributedQuote['method'],
  cue: string | null,
  continues: boolean,
): AttributedQuote {
  return { draft: q.draft, text: q.text, kind: q.kind, speaker, role, method, cue, continues }
}

/** Looks for the cue and speaker phrase around a quote: the nearer of the two sides wins. */
function findCue(ctx: ArticleContext, index: PersonIndex, at: number, all: readonly ExtractedQuote[]): Found | null {
  const { text } = ctx
  const d = all[at]!.draft
  const pIndex = d.lastParagraph
  const para = ctx.article.paragraphs[pIndex]!
  // The next top-level quote in this paragraph: quotes are in reading order, so look only ahead
  // of this one and stop at the paragraph's end (linear over the article, not quadratic).
  let nextOpen: ExtractedQuote | undefined
  for (let j = at + 1; j < all.length && all[j]!.draft.firstParagraph <= pIndex; j++) {
    const o = all[j]!
    if (o.draft.openIndex > (d.closeIndex ?? Infinity) && o.draft.firstParagraph === pIndex && o.draft.depth === 0) {
      nextOpen = o
      break
    }
  }
  let after: Found | null = null
  // After the closing mark, to the end of its sentence; later quotes in it are masked, so
  // `“a blatant piece of bullying” for publishing … “mutineers,” Anna Soubry says` finds its cue.
  if (d.closeIndex !== null) {
    const sentence = ctx.sentenceAt(pIndex, d.closeIndex)
    const end = Math.min(Math.max(sentence.end, Math.min(para.end, d.closeIndex + 2)), d.closeIndex + 1 + WINDOW)
    const window = text.slice(d.closeIndex + 1, end)
    after = cueAfter(window, d.closeIndex + 1)
    if (after && after.distance === 0) return after
  }
  // Before the opening mark, from the start of its sentence (quoted stretches masked).
  const openSentence = ctx.sentenceAt(d.firstParagraph, d.openIndex)
  const from = outsideQuote(text, Math.max(openSentence.start, d.openIndex - WINDOW), d.openIndex)
  // The passive names its speaker after "by": "was branded a “cash cow” by campaigners".
  const lead = text.slice(from, d.openIndex)
  const passive = d.closeIndex !== null && isPassive(ctx, d.firstParagraph, lead)
  if (passive) {
    const agent = /^[^.!?;:“”"‘]{0,60}?\bby\s+([^,.;:!?“”"‘’]{2,80})/u.exec(text.slice(d.closeIndex! + 1, Math.min(para.end, d.closeIndex! + 1 + 160)))
    const phrase = agent ? parseSpeakerPhrase(agent[1]!) : null
    if (phrase && phrase.kind !== 'pronoun') return { phrase, cue: 'by', at: d.closeIndex! + 1 + agent!.index, distance: 0 }
  }
  // Without an agent, the passive's subject is the one the words were said of, not their
  // speaker: "Anna Soubry was slapped down and branded a “sore loser”" (by someone named later).
  const before = passive ? null : cueBefore(ctx, index, lead, from)
  // ("The study reported that … made fish “smaller”, …, as Mental Floss reported at the time":
  // an "as X reported" aside after the quote cites who told it, not who said it.)
  if (before && (!after || before.distance < after.distance || AS_ASIDE.test(text.slice(d.closeIndex! + 1, after.at + 1)))) return before
  if (after) return after
  // "Describing the business as “…”, British department chain Debenhams has issued …": an -ing
  // cue opening the sentence hangs on the subject of the clause after the quote.
  if (d.closeIndex !== null && !before) {
    const ing = /^\s*(\p{Lu}\p{Ll}+ing)\b/u.exec(lead)
    const rest = ing && ING_CUES.has(ing[1]!.toLowerCase()) ? /^\s*,\s+([^.!?;:“”"]{2,160})/u.exec(text.slice(d.closeIndex + 1, Math.min(para.end, d.closeIndex + 200))) : null
    const subject = rest ? sentenceSubject(rest[1]!) : null
    if (subject) return { phrase: subject, cue: ing![1]!.toLowerCase(), at: d.closeIndex + 1, distance: 0 }
  }
  // `“…,” Jon Adams, a strategist at BMO, shared with Bloomberg` · `“…,” she shrugged`: a quote
  // closed on a comma goes on with its speaker as the subject, whatever verb the reporter chose.
  if (d.closeIndex !== null && /,\s*$/.test(text.slice(Math.max(d.openIndex, d.closeIndex - 2), d.closeIndex))) {
    const subject = SUBJECT_AFTER_QUOTE.exec(text.slice(d.closeIndex + 1, Math.min(para.end, d.closeIndex + 120)))
    if (subject) {
      const pronoun = /^(?:he|she)$/.test(subject[1]!)
      if (pronoun) return { phrase: { kind: 'pronoun', text: subject[1]!, role: null, definite: true }, cue: subject[2]!, at: d.closeIndex + 1, distance: 0 }
      const person = index.resolveName(subject[1]!)
      if (person) return { phrase: { kind: 'name', text: subject[1]!, role: null, definite: false }, cue: subject[2]!, at: d.closeIndex + 1, distance: 0 }
    }
  }
  // A quote that ends its sentence (`…Kentucky!” Trump tweeted before Election Day.`): the
  // next sentence may open with the speaker and the cue.
  if (d.closeIndex !== null) {
    const sentence = ctx.sentenceAt(pIndex, d.closeIndex)
    const end = Math.min(Math.max(sentence.end, Math.min(para.end, d.closeIndex + 2)), d.closeIndex + 1 + WINDOW)
    const window = text.slice(d.closeIndex + 1, end)
    if (!/[\p{L}\p{N}]/u.test(window) && (!nextOpen || nextOpen.draft.openIndex > end + 1)) {
      const next = ctx.sentences(pIndex).find((x) => x.start >= end)
      // (Not a cue that introduces the next quote: `…costs." Tribo added, "If you …"`.)
      const introducesNext = next && nextOpen && nextOpen.draft.openIndex <= next.end && /[,:]\s*$/.test(text.slice(next.start, nextOpen.draft.openIndex))
      // (Nor when the quote goes on from one its own attribution closed: `“…,” he said. “But …”
      // The French Embassy warned …` — the embassy opens a new sentence, not this quote's cue.)
      const prev = at > 0 ? all[at - 1]!.draft : null
      const goesOn = prev !== null && prev.depth === 0 && prev.closeIndex !== null && prev.lastParagraph === d.firstParagraph && d.openIndex - prev.closeIndex < 120 && /^[,!?]?\s*[^.!?“”"]{2,110}[.]\s*$/.test(text.slice(prev.closeIndex + 1, d.openIndex))
      if (next && !introducesNext && !goesOn) {
        const f = cueAfter(text.slice(next.start, nextOpen ? Math.min(next.end, nextOpen.draft.openIndex) : next.end), next.start)
        if (f && f.distance === 0 && f.phrase.kind !== 'body') return f
      }
    }
  }
  // A colon introduction ending the paragraph before: "…released a statement saying:"
  const firstP = ctx.article.paragraphs[d.firstParagraph]!
  if (d.openIndex === firstP.start && d.firstParagraph > 0) {
    const prevText = ctx.paragraphText(d.firstParagraph - 1)
    if (/:\s*$/.test(prevText)) {
      const sentences = ctx.sentences(d.firstParagraph - 1)
      const last = sentences[sentences.length - 1]
      if (last) return cueBefore(ctx, index, text.slice(last.start, last.end), last.start)
    }
  }
  return null
}

/** After `,”`: a pronoun or a name (with an apposition set off by commas) and a finite verb. */
const SUBJECT_AFTER_QUOTE = /^\s+(he|she|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,[^,;:“”"‘’]{3,120}?,?)?\s+(\p{Ll}{3,}(?:ed|s))\b/u

/**
 * A headline's own grammar: a present-tense cue after its subject ("Dems call budget bill
 * ‘bureaucratic water torture’") or the subject standing right before the words ("… as GOP ‘glad
 * to have the ball in our court’"). Only in the first two paragraphs, read as a headline.
 */
function headlineCue(ctx: ArticleContext, q: ExtractedQuote): Found | null {
  const d = q.draft
  if (d.firstParagraph > 1 || !isHeadlineParagraph(ctx, d.firstParagraph)) return null
  const p = ctx.article.paragraphs[d.firstParagraph]!
  // (One line with no sentence break: a pull quote with its cue, `"…," Tom Baxter told analysts.
  // "…"`, is no headline.)
  if (p.end - p.start > 200 || /[.!?]["”’']?\s+\S/.test(ctx.text.slice(p.start, p.end))) return null
  const before = maskQuotes(ctx.text.slice(Math.max(p.start, d.openIndex - 160), d.openIndex))
  // The clause the quote stands in: after the last "as", "while", "but", a comma or a colon.
  const clause = /^.*(?:,\s+|:\s+|\s(?:as|while|but|and|after)\s+)([^,:]*)$/s.exec(before)?.[1] ?? before
  const verb = /^(.+?)\s+(?:call|calls|say|says|slam|slams|brand|brands|blast|blasts|warn|warns|urge|urges|claim|claims|dub|dubs|hail|hails)\b/.exec(clause)
  const subject = verb ? verb[1]! : /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u.exec(clause)?.[1]
  const phrase = subject ? parseSpeakerPhrase(subject) : null
  if (!phrase || phrase.kind === 'pronoun') return null
  return { phrase, cue: '', at: d.openIndex - before.length + before.lastIndexOf(subject!), distance: 0, headline: true }
}

/** `," he said` · `," said Hopkins` · `," Mark Rowley, …, told the BBC` · `", according to a source` · `" — Name` */
function cueAfter(after: string, offset: number): Found | null {
  const dash = /^\s*[—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(after)
  if (dash) {
    const phrase = parseSpeakerPhrase(dash[1]!)
    if (phrase) return { phrase, cue: '—', at: offset, distance: 0 }
  }
  const masked = maskQuotes(after)
  for (let m = nextCue(masked, 0); m; m = nextCue(masked, m.index + m[0].length)) {
    const cue = m[1]!.toLowerCase()
    const pre = after.slice(0, m.index)
    const adjacent = /^[\s,.!?…—–-]*$/.test(pre)
    // An -ing cue after the quote belongs to another clause (", while X released a statement saying:").
    if (ING_CUES.has(cue)) continue
    if (cue === 'according to' || (adjacent && INVERTIBLE.has(cue))) {
      // Inverted: said Hopkins / according to a Whitehall source
      // Abbreviations keep their full stops out of the way: "said Sen. John Thune, R-S.D."
      const rest = hideAbbreviationStops(after.slice(m.index + m[0].length))
      const np = /^\s*([^.;:!?()]*?)(?=\s+(?:on|in|at|after|before|during|yesterday|today|last|this|when|while|as|who|which|adding|saying|told|with|from)\b|[.;:!?()]|$)/.exec(rest)
      // "said analysts at JBC Energy Research Centre": where an analyst works is part of who speaks.
      const employer = np?.[1] && EMPLOYEE.test(np[1]) ? /^\s+at\s+((?:the\s+)?\p{Lu}[^,.;:!?()]*?)(?=\s+(?:on|in|after|before|during|yesterday|today|last|this|when|while|as|who|which|adding|saying|told|with)\b|[,.;:!?()]|$)/u.exec(rest.slice(np[0].length)) : null
      if (employer) np![1] = `${np![1]} at ${employer[1]}`
      // (", according to …" closing the sentence is its source however far from the quote: "came
      // as a ‘huge shock’ to staff, according to shop steward Ciaran Maguire".)
      const closing = !adjacent && cue === 'according to' && /,\s*$/.test(pre)
      if ((adjacent || closing) && np && np[1] && /^\s*(the|a|an|one|another|\p{Lu})/iu.test(np[1])) {
        // "said Bellamy of the latter": what the words were about is no part of the speaker.
        const words = np[1].replace(/\u2024/g, '.')
        const phrase = parseSpeakerPhrase(words) ?? parseSpeakerPhrase(words.replace(/\s+(?:of|about|regarding)\s.*$/, ''))
        if (phrase && phrase.kind !== 'pronoun') return { phrase, cue, at: offset + m.index, distance: closing ? pre.trim().split(/\s+/).length : 0 }
      }
      if (cue === 'according to') continue
    }
    // Headline passive, "‘SORE LOSER’ Anna Soubry blasted by fellow Tory MP": the one before the
    // participle is the one the words were said of; the agent after "by" said them.
    const byAgent = /^\s+by\s+([^,.;:!?“”"‘’()]{2,80}?)(?=\s+(?:over|on|in|at|after|for|about|as|amid|during)\b|[,.;:!?“”"‘’()]|$)/u.exec(after.slice(m.index + m[0].length))
    if (byAgent && /ed$/.test(cue)) {
      const agent = parseSpeakerPhrase(byAgent[1]!)
      return agent && agent.kind !== 'pronoun' ? { phrase: agent, cue: 'by', at: offset + m.index + m[0].length, distance: 0 } : null
    }
    const words = pre.trim().split(/\s+/).filter(Boolean)
    if (words.length === 0 || words.length > 40) return null
    // "… at about 4:15 p.m., said Cervera.": an inverted cue closing the sentence.
    if (/,\s*$/.test(pre) && INVERTIBLE.has(cue)) {
      const rest = hideAbbreviationStops(after.slice(m.index + m[0].length))
      const np = /^\s*([^.;:!?()]*?)\s*(?:[.;:!?()]|$)/.exec(rest)
      // ("Farid Naib, Cayman's father, wrote Thursday on the group page": when, not who.)
      const inverted = np?.[1] && /^(the|a|an|one|another|\p{Lu})/iu.test(np[1]) && !WHEN_START.test(np[1]) ? parseSpeakerPhrase(np[1].replace(/\u2024/g, '.')) : null
      if (inverted && inverted.kind !== 'pronoun') return { phrase: inverted, cue, at: offset + m.index, distance: words.length }
    }
    // "“…” when he described seeing the girls, Mr McKillop told the court": a cue inside a clause
    // of time or reason is not the quote's; the sentence's own cue comes after it.
    if (/^\s*(?:when|as|after|before|because|since|while|although|though|whereas|if|until)\s+(?:he|she|they|it|we|I)\b[^,;:—–]*$/i.test(pre) && /,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:told|said|added|claimed|insisted)\b/u.test(masked.slice(m.index))) continue
    // Mark Rowley, assistant commissioner for the Metropolitan Police Service, told the BBC.
    // (", while US Trade Representative Jamieson Greer called them “…”": a new clause, its own speaker.)
    const direct = /^[\s,;]*(and|but|while|as|because|so|although|though|whereas|when|after|before)\b/i.test(pre) ? null : parseSpeakerPhrase(pre)
    const phrase = direct ?? lastCommaPhrase(pre)
    if (!phrase) return null
    return { phrase, cue, at: offset + m.index - 1, distance: direct ? 0 : words.length }
  }
  return null
}

/** A time that may follow a cue: "wrote Thursday", "said last night". */
const WHEN_START = new RegExp(`^\\s*(?:${WHEN_WORDS}|Last|This|Earlier|Later)\\b`)

/** ", as Mental Floss reported": the end of an aside before its cue. */
const AS_ASIDE = /,\s*as\s+(?:the\s+)?\p{Lu}[^,;:]*$/u

/** Speakers named by their work, whose employer may follow "at": "analysts at JBC", "an economist at ING". */
const EMPLOYEE = /\b(?:analysts?|economists?|strategists?|researchers?|scientists?|spokes(?:man|woman|person|people)|officials?|experts?|traders?|engineers?|lecturers?|professors?)$/

const SUBORDINATE_SUBJECT = /^.*\s(?:when|while|as|after|before|because|since|although|though|until|once|if|whereas)\s+(?=(?:a|an|the|his|her|their|its)\s|\p{Lu})/u
const CLAUSE_END = /(?:^|[,;:—–]\s*|\b(?:that|and|but|which|where|when|while|as|after|before|because|since|although|though|until|once|if|whereas)\s+)([^,;:—–]*?)\s*$/i
const ASIDE = /,\s*(?:\p{Ll}{2,}ing|asked|interviewed|quoted|pictured)\b[^,;:—–“”"]{0,80},\s*$/u

const OWN_VERB = new RegExp(`^\\s+(?:has|had|have|was|were|is|are|will|would|could|did|does|\\p{Ll}+ed|\\p{Ll}+s|${IRREGULAR_PAST})\\b`, 'u')

/** The capitalised name at `at` is followed by a finite verb: it is its clause's subject. */
function hasOwnVerb(text: string, at: number): boolean {
  const name = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.exec(text.slice(at, at + 80))
  if (!name) return false
  return OWN_VERB.test(text.slice(at + name[0].length, at + name[0].length + 24))
}

/**
 * The full stops of titles and initials turned into one-dot leaders (U+2024, same length), so a
 * phrase read up to a sentence end does not stop inside "Sen. John Thune, R-S.D." or "J. K. Rowling".
 */
function hideAbbreviationStops(s: string): string {
  return s.replace(/\b(Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Dr|Mr|Mrs|Ms|Prof|Rev|Fr|St|Jr|Sr|Mt|Ft|No|Inc|Co|Corp|Ltd|[A-Z])\.(?=\s*[\p{L},-]|[A-Z]\.)/gu, '$1\u2024')
}

/** `May similarly declared, “` · `Another frustrated source remarked: “` · `…, saying “` · `called the leaks "` */
function cueBefore(ctx: ArticleContext, index: PersonIndex, before: string, offset: number): Found | null {
  const masked = maskQuotes(before)
  let last: RegExpExecArray | null = null
  for (let m = nextCue(masked, 0); m; m = nextCue(masked, m.index + m[0].length)) last = m
  if (!last) return null
  const cue = last[1]!.toLowerCase()
  const pre = before.slice(0, last.index)
  const distance = masked.slice(last.index + last[0].length).trim().split(/\s+/).filter(Boolean).length
  if (cue === 'according to') {
    const np = /^\s*([^,.;:!?]*)/.exec(before.slice(last.index + last[0].length))
    const phrase = np ? parseSpeakerPhrase(np[1]!) : null
    return phrase ? { phrase, cue, at: offset + last.index, distance } : null
  }
  if (FINITE_CUES.has(cue) || cue.includes(' ')) {
    // The phrase right before the cue: back to the clause start, over an aside set off by commas
    // ("Peskov, speaking to reporters, said", "Ms Rayner, asked about the leak, said").
    const clause = CLAUSE_END.exec(pre.replace(ASIDE, ''))
    // ("A burglar and a thief have escaped jail as a judge called …": the subordinate clause's own subject.)
    const np = (clause?.[1] ?? '').replace(SUBORDINATE_SUBJECT, '')
    // "…, but said “…”" / "and said": the cue shares the sentence's subject.
    if (np.replace(/^\s*(and|but|or|then|also|yet)\b/i, '').trim() === '' && /\b(and|but|or|then|also|yet)\s*$/i.test(pre)) {
      const subject = sentenceSubject(pre)
      if (subject) return { phrase: subject, cue, at: offset, distance }
    }
    // "Police told him they would find his number but he responded:": the clause after the
    // conjunction has its own subject, a pronoun.
    // ("… but the police were informed and he was arrested and admitted it was a ‘…’": and the
    // pronoun subject of a clause whose second verb the cue is.)
    const own = /\b(?:but|and|while|whereas|so|then|until|because|although|though|after|before|when|since|once|as)\s+(he|she|they|we|I)(?:\s+(?:[\p{Ll}’']+\s+){1,5}and)?\s*$/iu.exec(np)
    if (own && own.index > 0) return { phrase: { kind: 'pronoun', text: own[1]!.toLowerCase(), role: null, definite: true }, cue, at: offset + pre.length - own[0].length, distance }
    const phrase = parseSpeakerPhrase(np.replace(/^.*\b(?:in which|who|which)\s+/i, ''))
    // "Justin Abel, Global Head of Data Operations, Reuters says:": the firm closes the
    // person's apposition; the name opens the clause.
    // ("Dr Max Langham, one of the hospital's surgeons told TODAY:": an apposition whose closing
    // comma is missing.)
    // ("Martin Weiss, a spokesman for the Austrian foreign ministry tweeted": an "a …" apposition
    // after a full name, its comma missing too.)
    const namedBefore = phrase?.kind === 'description' && /^\s*(?:a|an)\s/i.test(np) && /(?:^|[.;:!?]\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s*[^,]*$/u.test(pre)
    if ((phrase?.kind === 'body' || (phrase?.kind === 'description' && /^\s*one of\b/i.test(np)) || namedBefore) && /,\s*[^,]*$/.test(pre)) {
      const wide = /(?:^|[.;:!?]\s+)(\p{Lu}[^.;:!?]*)$/u.exec(pre)
      const named = wide ? parseSpeakerPhrase(wide[1]!) : null
      if (named?.kind === 'name') return { phrase: named, cue, at: offset + wide!.index, distance }
    }
    if (phrase) return { phrase, cue, at: offset + last.index - 1, distance }
    // "The Tesla boss, Elon Musk, called …": a role and the name in apposition, commas and all.
    if (np.trim() === '' && /,\s*$/.test(pre)) {
      const appositive = /(?:^|[;:—–]\s*|\b(?:that|and|but|while|as|after|because|although|though|whereas)\s+)([^;:—–“”"]{3,120}?),\s*$/i.exec(pre)
      const p = appositive ? parseSpeakerPhrase(appositive[1]!) : null
      if (p && p.kind === 'name' && p.role !== null) return { phrase: p, cue, at: offset + appositive!.index, distance }
    }
    // "British Prime Minister Theresa May, who earlier said …": the head before the relative clause.
    const rel = /([^,;:]*?),\s*(?:who|which)\b[^;:]*?,?\s*$/i.exec(pre)
    if (rel) {
      // ("met with protests by the National Council for Adoption, which said": the noun phrase
      // after the clause's last preposition.)
      const head = /\b(?:by|from|with|against|to)\s+((?:the\s+)?\p{Lu}[^,;:]*)$/u.exec(rel[1]!)
      const p = parseSpeakerPhrase(rel[1]!) ?? (head ? parseSpeakerPhrase(head[1]!) : null)
      // "Williams, a former world champion, who could not make the podium, said": the relative
      // clause hangs on an apposition; the name stands before it.
      if (p && p.kind === 'description' && /^\s*(?:a|an)\s/i.test(rel[1]!)) {
        const named = /([^,;:]+),\s*$/.exec(pre.slice(0, rel.index))
        const n = named ? parseSpeakerPhrase(named[1]!) : null
        if (n && n.kind === 'name') return { phrase: { ...n, role: n.role ?? cleanRole(rel[1]!) }, cue, at: offset + named!.index, distance }
      }
      if (p) return { phrase: p, cue, at: offset + rel.index, distance }
    }
  }
  // "with one senior source describing her comments as": the phrase right before an -ing cue.
  if (ING_CUES.has(cue)) {
    let np = /(?:^|[,;:—–]\s*|\b(?:with|as|and|while)\s+)([^,;:—–]{2,80}?)\s*$/i.exec(pre)?.[1]?.replace(/^(with|as|and|while|but)\s+/i, '')
    // "with many users suggesting it was insensitive to her daughter asking …": an -ing cue
    // inside the phrase is the first of two, and its subject the speaker of both.
    const words = np?.split(/\s+/) ?? []
    const inner = words.findIndex((w, i) => i > 0 && ING_CUES.has(w.toLowerCase()))
    if (inner > 0) np = words.slice(0, inner).join(' ')
    const phrase = np ? parseSpeakerPhrase(np) : null
    if (phrase && phrase.kind !== 'pronoun' && phrase.kind !== 'body') return { phrase, cue, at: offset + last.index - 1, distance }
    // "… after he was held down by prison guards while exclaiming “…”": the -ing clause shares
    // the subject of the clause it hangs on, here a pronoun.
    const hung = /\b(he|she|they)\s+(?:was|were|is|are|had|has|\p{Ll}+ed)\b[^,;:—–.!?]{0,80}\b(?:while|as|before|after|when|whilst)\s+$/iu.exec(pre)
    if (hung) return { phrase: { kind: 'pronoun', text: hung[1]!.toLowerCase(), role: null, definite: true }, cue, at: offset + hung.index, distance }
  }
  // saying/calling …, or a cue with no subject of its own: the person the clause is about.
  const clauseStart = Math.max(0, pre.search(/(?:[,;]\s+(?:while|and|but|whereas)\s+|;\s+)(?!.*[,;]\s+(?:while|and|but|whereas)\s+)/))
  const inClause = mentionsBetween(index, offset, offset + last!.index).filter((m) => !m.inQuote)
  // The nearest name with a verb of its own first: the -ing clause hangs on that clause
  // ("Braverman has insisted she never planned to follow her boss David Davis out, branding …" →
  // Braverman; "… that Sir David Evenett has put a letter in, alleging …" → Evenett), else the
  // nearest strong mention.
  // (Then the clause's subject before its object: "Ms Braverman today parroted US President
  // Donald Trump, insisting … and saying she would “…”" → Braverman.)
  // (An -ing cue of address after a finite cue hangs on the reporter: "Paul Scholes said he did not
  // believe Evans had spat at Cisse, telling BT Sport: …" → Scholes, not Evans. Not one of
  // content: "Zahawi pointed out that Sir David Evenett has put a letter in, alleging …" → Evenett.)
  const firstCue = /^(?:telling|adding|speaking|writing|explaining|continuing)$/.test(cue) ? nextCue(masked, clauseStart) : null
  const reporter = firstCue && firstCue.index < last!.index && FINITE_CUES.has(firstCue[1]!.toLowerCase()) ? lastWhere(inClause, (m) => !m.weak && m.index < offset + firstCue.index) : undefined
  const nearest = reporter ?? lastWhere(inClause, (m) => !m.weak && hasOwnVerb(ctx.text, m.index)) ?? lastWhere(inClause, (m) => !m.weak && m.subject) ?? lastWhere(inClause, (m) => !m.weak)
  if (nearest && nearest.index >= offset + clauseStart) {
    return { phrase: { kind: 'name', text: nearest.person.name, role: null, definite: false }, cue, at: nearest.index, distance }
  }
  const subject = sentenceSubject(pre.slice(clauseStart).replace(/^[,;]\s+(?:while|and|but|whereas)?\s*/, ''))
  if (subject) return { phrase: subject, cue, at: offset, distance }
  // "The company declined to comment, but later issued a statement saying:": a clause with no
  // subject of its own shares the sentence's.
  const shared = clauseStart > 0 ? sentenceSubject(pre) : null
  if (shared) return { phrase: shared, cue, at: offset, distance }
  return null
}

/**
 * An unclosed quote runs to the paragraph end and may swallow its own attribution:
 * `"These cuts are necessary, said Finance Minister Rajiv Menon.` — read it from the tail.
 */
function cueInUnclosedTail(ctx: ArticleContext, q: ExtractedQuote): Found | null {
  const [segStart, e] = q.draft.segments[q.draft.segments.length - 1]!
  // Only the paragraph's last words can hold it: a bounded window keeps this linear.
  const s = Math.max(segStart, e - 200)
  const seg = ctx.text.slice(s, e)
  const re = /,\s/g
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const f = cueAfter(seg.slice(m.index), s + m.index)
    if (f && f.distance === 0 && (f.phrase.kind === 'name' || f.phrase.kind === 'pronoun')) return f
  }
  return null
}

function lastCommaPhrase(pre: string): SpeakerPhrase | null {
  const parts = pre.split(',').map((s) => s.trim()).filter(Boolean)
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parseSpeakerPhrase(parts.slice(k).join(', '))
    if (p && p.kind !== 'body') return p
    const q = parseSpeakerPhrase(parts[k]!)
    if (q && (q.kind === 'name' || q.kind === 'pronoun')) return q
  }
  return null
}

const SUBJECT_LEAD = new RegExp(`^(?:(?:On|In|At|After|Before|Earlier|Later|Yesterday|Today|Meanwhile|However|But|And|Still|Also)\\b[^,]*,\\s*)?((?:[\\p{L}\\p{N}.'’&+-]+,?\\s+){0,10}?)(?=(?:(?:are|were|is|was)\\s+\\p{Ll}{2,}ing\\b)|(?:also\\s+|later\\s+|earlier\\s+|then\\s+|has\\s+|had\\s+|have\\s+|was\\s+|is\\s+)?(?:\\p{Ll}+ed|\\p{Ll}*[^\\P{Ll}s]s|says|${IRREGULAR_PAST})\\b)`, 'u')

/** A dateline in capitals before a story's first words: "ISLAMABAD: ", "KUALA LUMPUR – ", "LONDON (Reuters) - ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]*\p{Lu}(?:\s*\([^)]{1,40}\))?\s*[:–—-]\s+/u

/** The subject at the start of a sentence: "Israeli defence chief Avigdor Liberman announced …". */
function sentenceSubject(sentence: string): SpeakerPhrase | null {
  // "Writing in the Independent today, the MP said …": skip a leading phrase set off by a comma.
  // (Twice: "However, speaking in the Commons later on Wednesday, Mr Corbyn denied …".)
  // ("ISLAMABAD: The opposition …", "KUALA LUMPUR – Speaker …": a dateline is no part of the subject.)
  let s = sentence.replace(/^[\s"“‘']+/, '').replace(DATELINE, '')
  for (let k = 0; k < 2; k++) s = s.replace(/^(?:\p{Lu}\p{Ll}+ing|\p{Ll}{3,}ing|In|On|At|After|Before|During|Speaking|Asked|Earlier|Later|Meanwhile|However|Nonetheless|Nevertheless|Moreover|Furthermore|Similarly|Likewise|Instead|Indeed|Separately|Elsewhere|Finally|Ultimately|Overall|But|And|Still|Also)\b[^,]{0,80},\s*/u, '')
  const lead = SUBJECT_LEAD.exec(s)
  let np = lead?.[1]?.trim()
  // "The Opposition leaders, under …, have snubbed": a plural role noun is no verb in -s.
  const plural = np === undefined ? null : /^(\p{Ll}+)s\b/u.exec(s.slice(lead![0].length))
  if (np && plural && ROLE_WORDS.has(plural[1]!)) {
    const rest = s.slice(lead![0].length + plural[0].length)
    const longer = `${np} ${plural[0]}${/^\s*,/.test(rest) ? '' : ` ${SUBJECT_LEAD.exec(rest.trimStart())?.[1]?.trim() ?? ''}`}`.trim()
    if (parseSpeakerPhrase(longer)) np = longer
  }
  // "England’s players struck …": a possessive is no subject; its noun (read as a verb in -s) is.
  // ("Women's rights group Femen staged …": and the words up to the verb after that noun.)
  if (np && /[’']s$/.test(np)) {
    const rest = s.slice(lead![0].length)
    const noun = /^\S+\s*/.exec(rest)?.[0]
    if (noun) {
      const more = SUBJECT_LEAD.exec(rest.slice(noun.length))?.[1]?.trim()
      np = `${np} ${noun.trim()}${more ? ` ${more}` : ''}`
    }
  }
  if (!np) {
    const pron = /^(he|she|they|it|we|i)\b/i.exec(s)
    return pron ? { kind: 'pronoun', text: pron[1]!.toLowerCase(), role: null, definite: true } : null
  }
  return parseSpeakerPhrase(np)
}

function resolve(
  ctx: ArticleContext,
  index: PersonIndex,
  found: Found,
  done: readonly AttributedQuote[],
  nested: boolean,
): Pick<AttributedQuote, 'speaker' | 'role' | 'method'> {
  const { phrase } = found
  if (phrase.kind === 'pronoun') {
    // Inside someone's quote, "he said: ‘…’" is someone the quoted speaker talks about, never
    // the quoted speaker: resolved from before the outer quote, the outer speaker left out
    // ("Sir Keir said: “… these are the words he used: ‘I am the Prime Minister’”").
    if (nested) {
      const outer = lastWhere(done, (q) => q.draft.depth === 0 && q.draft.openIndex < found.at)
      if (!outer?.speaker || (phrase.text !== 'he' && phrase.text !== 'she')) return { speaker: null, role: null, method: 'none' }
      const person = resolvePronoun(ctx, index, phrase.text, outer.draft.openIndex, done, outer.speaker)
      return person ? { speaker: person.speaker, role: person.role, method: 'pronoun' } : { speaker: null, role: null, method: 'none' }
    }
    if (phrase.text === 'it') {
      const issuer = lastWhere(index.statementIssuers, (s) => s.index < found.at)
      if (issuer) return { speaker: issuer.name, role: null, method: 'pronoun' }
      // "Tesco said profits rose. ¶ “…,” it added.": the body the sentences before are about.
      const body = recentBody(ctx, index, found.at)
      if (body) return { speaker: body, role: null, method: 'pronoun' }
      // ("It" is never a person: rather no one than the last person named.)
      return { speaker: null, role: null, method: 'none' }
    }
    if (phrase.text === 'i' || phrase.text === 'we' || phrase.text === 'you') return { speaker: null, role: null, method: 'none' }
    const other = replier(ctx, index, found, done, phrase.text === 'he' ? 'male' : phrase.text === 'she' ? 'female' : null)
    if (other) return { speaker: other.name, role: other.roles[0] ?? null, method: 'pronoun' }
    const person = resolvePronoun(ctx, index, phrase.text, found.at, done)
    if (person) return { speaker: person.speaker, role: person.role, method: 'pronoun' }
    return { speaker: null, role: null, method: 'none' }
  }
  if (phrase.kind === 'name') {
    const person = index.resolveName(phrase.text, found.at)
    if (person) return { speaker: person.name, role: phrase.role ?? person.roles[0] ?? null, method: 'explicit' }
    return { speaker: phrase.text, role: phrase.role, method: 'explicit' }
  }
  // "The statement from Buckingham Palace said": the body that issued it.
  const issued = /^(?:joint\s+)?(?:statement|letter|email|memo|note|release|filing)\s+(?:from|by|issued by|released by)\s+(?:the\s+)?(\p{Lu}.*)$/iu.exec(phrase.text)
  if (phrase.kind === 'description' && issued) return { speaker: issued[1]!, role: phrase.role, method: 'explicit' }
  if (phrase.definite) {
    const lower = phrase.text.toLowerCase()
    if (/\bstatement$/.test(lower)) {
      const issuer = lastWhere(index.statementIssuers, (s) => s.index < found.at)
      if (issuer) return { speaker: issuer.name, role: null, method: 'explicit' }
    }
    // "the paper writes", "the newspaper claims": the newspaper the article last named.
    if (/^(paper|newspaper|tabloid|broadsheet)$/.test(lower)) {
      const paper = lastNewspaper(ctx, found.at)
      if (paper) return { speaker: paper, role: null, method: 'explicit' }
    }
    const head = lower.split(/\s+/).pop()!
    const person = findByRole(index.people, lower.replace(/^former\s+/, ''), head)
    if (person && phrase.kind === 'description') return { speaker: person.name, role: person.roles[0] ?? null, method: 'explicit' }
    // "Starmer said to Johnson: “…” The prime minister replied, “…”": the one spoken to.
    const other = phrase.kind === 'description' ? replier(ctx, index, found, done, descriptionGender(phrase.text)) : null
    if (other) return { speaker: other.name, role: other.roles[0] ?? null, method: 'pronoun' }
    // "A senior minister says …" then "The minister told the Standard: “…”": the unnamed source
    // already quoted, not the person named nearest.
    const unnamed = phrase.kind === 'description' ? unnamedSource(index, done, head) : null
    if (unnamed) return { speaker: unnamed.speaker, role: unnamed.role, method: 'explicit' }
    // "the 34-year-old said", "the Spaniard added": the person the passage is about.
    // (Not someone's spokesman or aide: "Lee’s spokesman" is by definition not Lee.)
    if (phrase.kind === 'description' && EPITHET.test(phrase.text) && lower.split(/\s+/).length <= 4 && !/[’']s\s|\bspokes/.test(lower)) {
      const pronoun = /\b(woman|mother|mum|mom|girl|actress|businesswoman|grandmother)\b/.test(lower) ? 'she' : /\b(man|father|dad|boy|businessman|grandfather|actor)\b/.test(lower) ? 'he' : 'they'
      const resolved = resolvePronoun(ctx, index, pronoun, found.at, done)
      if (resolved && index.people.some((p) => p.name === resolved.speaker)) return { speaker: resolved.speaker, role: resolved.role, method: 'pronoun' }
    }
  }
  // "A man involved in a knife brawl simply responded “nice one mate” to a judge. Jack Nolan, 20,
  // appeared …": a person introduced by description is named as the subject of the sentence after.
  if (phrase.kind === 'description' && !phrase.definite && INTRODUCED.test(phrase.text)) {
    const named = introducedName(ctx, index, found.at)
    // ("A man told reporters: “…” Jane Doe, a neighbour, said …": not someone of the other sex.)
    const g = descriptionGender(phrase.text.split(/\s+(?:involved|accused|who|from|of|in|with)\b/)[0]!)
    if (named && (g === 'unknown' || named.gender === 'unknown' || named.gender === g)) return { speaker: named.name, role: named.roles[0] ?? null, method: 'pronoun' }
  }
  // "A burglar has escaped jail as a judge called the delays an ‘utter disgrace’." then "Judge
  // Katharine Moore …": a lead's indefinite office holder is the one the article names in it.
  if (phrase.kind === 'description' && !phrase.definite && paragraphOf(ctx, found.at) <= 2) {
    const words = phrase.text.toLowerCase().split(/\s+/)
    const head = words[words.length - 1]!
    if (words.length <= 3 && NAMED_OFFICE.test(head)) {
      const holders = officeHolders(index, head)
      if (holders.length === 1) return { speaker: holders[0]!.name, role: holders[0]!.roles[0] ?? null, method: 'pronoun' }
    }
  }
  return { speaker: phrase.text, role: phrase.role, method: 'explicit' }
}

/** The people whose roles hold `head` ("Judge" for "judge"), once per article and office. */
function officeHolders(index: PersonIndex, head: string): PersonIndex['people'] {
  let byHead = HOLDERS.get(index)
  if (!byHead) HOLDERS.set(index, (byHead = new Map()))
  let holders = byHead.get(head)
  if (!holders) byHead.set(head, (holders = index.people.filter((p) => p.roles.some((r) => r.toLowerCase().split(/\s+/).includes(head)))))
  return holders
}
const HOLDERS = new WeakMap<PersonIndex, Map<string, PersonIndex['people']>>()

/** Offices a lead names by description before it gives the holder's name (never an anonymous source's). */
const NAMED_OFFICE = /^(?:judge|magistrate|coroner|sheriff|prosecutor|coach|manager|captain|mayor|headteacher|headmaster|headmistress|principal|referee)$/

/**
 * The last of the article's recent quotes (at most 30 back) credited by description to an unnamed
 * speaker whose head noun is `head` ("senior minister" for "the minister"), and to no one named.
 */
function unnamedSource(index: PersonIndex, done: readonly AttributedQuote[], head: string): { speaker: string; role: string | null } | null {
  for (let k = done.length - 1; k >= 0 && k >= done.length - 30; k--) {
    const q = done[k]!
    if (q.speaker === null || q.method !== 'explicit') continue
    // (The head noun stands before its post-modifier: "spokesman for the Austrian foreign ministry".)
    const words = q.speaker.toLowerCase().replace(/\s+(?:for|of|at|from|in|with|to)\s.*$/, '').split(/\s+/)
    if (words[words.length - 1] !== head || /^\p{Lu}/u.test(q.speaker)) continue
    if (index.people.some((p) => p.name === q.speaker)) continue
    return { speaker: q.speaker, role: q.role }
  }
  return null
}

/** People a court or crime report introduces before naming them: "A man …", "A notorious crime family leader …". */
const INTRODUCED = /^(?:\S+\s+){0,4}(?:man|woman|boy|girl|teenager|youth|leader|father|mother|dad|mum|pensioner|driver|motorist|thief|burglar|fraudster|drug dealer|dealer|killer|robber|defendant)(?:$|\s)/i

/** The person who opens the next sentence of the paragraph after `at` as its subject: "Jack Nolan 20, appeared …". */
function introducedName(ctx: ArticleContext, index: PersonIndex, at: number): PersonIndex['people'][number] | null {
  const p = paragraphOf(ctx, at)
  const next = ctx.sentences(p)[ctx.sentenceIndexAt(p, at) + 1]
  if (!next) return null
  const m = mentionsBetween(index, next.start, next.end).find((x) => !x.inQuote && !x.weak)
  return m && m.subject && m.index - next.start <= 4 ? m.person : null
}

/** Whether the quote's sentence puts it after a passive reporting verb ("was branded a “…”"). */
function passiveBefore(ctx: ArticleContext, d: AttributedQuote['draft']): boolean {
  const openSentence = ctx.sentenceAt(d.firstParagraph, d.openIndex)
  const from = outsideQuote(ctx.text, Math.max(openSentence.start, d.openIndex - WINDOW), d.openIndex)
  return isPassive(ctx, d.firstParagraph, ctx.text.slice(from, d.openIndex))
}

/**
 * Whether `before` (a quote's sentence up to its opening mark, in paragraph `pIndex`) ends in a
 * passive reporting verb; a headline's passive drops its auxiliary: "Labour MP told to
 * “moderate” language" quotes the one who told her, not its subject.
 */
function isPassive(ctx: ArticleContext, pIndex: number, before: string): boolean {
  return PASSIVE_CUE.test(before) || (HEADLINE_PASSIVE.test(before) && isHeadlineParagraph(ctx, pIndex))
}
const HEADLINE_PASSIVE = /\b(?:told|urged|asked|ordered|warned|accused|branded|labelled|labeled|dubbed)\s+(?:to\s+|of\s+)?(?:\p{Ll}+\s+){0,2}$/u

// A passive reporting verb with nothing but its complement after it: "has been accused of a “…”".
// ("was slapped down and branded": another passive verb may come first. Not when a speaker's own
// cue follows: "was widely criticised after she said that …".)
const PASSIVE_CUE = /\b(?:been|was|were|is|are|being|be|got|get|gets)\s+(?:\p{Ll}+ly\s+|last\s+(?:night|week)\s+|(?:yesterday|today|also|later|then)\s+)?(?:\p{Ll}+(?:ed|en|wn)(?:\s+(?:down|off|up|out|back|over))?(?:,\s+|\s+and\s+))?(?:accused|branded|described|called|labelled|labeled|dubbed|criticised|criticized|condemned|slammed|hailed|praised|attacked|blasted|derided|mocked|ridiculed|likened|characterised|characterized|portrayed|deemed|termed|warned|told|urged|denounced)\b(?![^.!?;“”"]*\b(?:said|says|told|tells|saying|added|wrote|writes|claimed|insisted|argued|declared)\b)[^.!?;“”"]{0,60}$/u

// Cues that answer someone: the speaker is not the one whose words they answer.
const REPLY_CUES = new Set(['replied', 'replies', 'responded', 'retorted', 'countered', 'answered', 'hit back', 'replying', 'responding'])

/**
 * For a reply ("he replied", "the prime minister retorted"): the person last named, outside quote
 * marks, between the quote being answered and the reply, who is not its speaker — the one it was
 * said to ("said to Johnson", "asked Mr Smith"). Null when no such person is named there.
 */
function replier(ctx: ArticleContext, index: PersonIndex, found: Found, done: readonly AttributedQuote[], gender: 'male' | 'female' | 'unknown' | null): PersonIndex['people'][number] | null {
  if (!REPLY_CUES.has(found.cue.toLowerCase())) return null
  // The answered quote stands in the last few paragraphs (a bounded walk back).
  const here = paragraphOf(ctx, found.at)
  let answered: AttributedQuote | undefined
  for (let k = done.length - 1; k >= 0 && done[k]!.draft.lastParagraph >= here - 3; k--) {
    const q = done[k]!
    if (q.draft.depth === 0 && q.speaker !== null && q.draft.openIndex < found.at) {
      answered = q
      break
    }
  }
  if (!answered) return null
  const from = ctx.article.paragraphs[answered.draft.firstParagraph]!.start
  const ok = (g: string) => gender === null || gender === 'unknown' || g === 'unknown' || g === gender
  const m = lastWhere(mentionsBetween(index, from, found.at), (m) => !m.inQuote && m.person.name !== answered.speaker && ok(m.person.gender))
  return m?.person ?? null
}

function resolvePronoun(
  ctx: ArticleContext,
  index: PersonIndex,
  pronoun: string,
  at: number,
  done: readonly AttributedQuote[],
  /** Someone the pronoun cannot be: the speaker whose quote it stands in. */
  exclude: string | null = null,
): { speaker: string; role: string | null } | null {
  const want = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null // 'they': any
  // Someone talked about inside a quote may have been named well before it (up to 20 paragraphs).
  const firstP = Math.max(0, paragraphOf(ctx, at) - (exclude !== null ? 20 : 4))
  const from = ctx.article.paragraphs[firstP]!.start
  const ok = (g: string) => want === null || g === 'unknown' || g === want
  const pool = mentionsBetween(index, from, at).filter((m) => !m.inQuote && ok(m.person.gender) && m.person.name !== exclude)
  if (exclude !== null) {
    const chosen = lastWhere(pool, (m) => m.subject && !m.weak) ?? lastWhere(pool, (m) => !m.weak)
    return chosen ? { speaker: chosen.person.name, role: chosen.person.roles[0] ?? null } : null
  }
  // Inside a relative clause about someone: "… David Dungay, a Dunghutti man who died after he
  // was held down …" → the person the clause hangs on, however weak the mention.
  const p = ctx.article.paragraphs[paragraphOf(ctx, at)]!
  const lead = ctx.text.slice(Math.max(p.start, at - 200), at)
  // ("the chief, who he described as …": there "who" is the object and "he" someone else.)
  const rel = /(?:,\s+(?:an?|the)\s+[^,.!?;:]{1,60}?\s+|,\s+)who\s+(?!(?:he|she|they|i|we|you)\b)[^.!?;:“”"]*$/iu.exec(lead)
  if (rel) {
    const owner = lastWhere(pool, (m) => m.index < at - lead.length + rel.index)
    if (owner && owner.index >= at - lead.length + rel.index - 40) return { speaker: owner.person.name, role: owner.person.roles[0] ?? null }
  }
  // The most recent subject ("Smith hired Jones. “…,” he said" → Smith), then any strong mention.
  const subject = lastWhere(pool, (m) => m.subject && !m.weak)
  const strong = lastWhere(pool, (m) => !m.weak)
  // Only weak mentions near ("protests against President Hosni Mubarak"): a run of "She said …"
  // paragraphs may go back further to the subject they all stand for. (An agent after "from" or
  // "by" is near enough: "a rare public rebuke from home secretary Amber Rudd. ¶ “…,” she said".)
  const weakest = pool[pool.length - 1]
  const agent = weakest && /\b(?:from|by)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu.test(ctx.text.slice(Math.max(0, weakest.index - 40), weakest.index))
  const further = subject ?? strong ?? agent ? undefined : furtherSubject(ctx, index, firstP, from, ok)
  const chosen = subject ?? strong ?? further ?? weakest
  // A described speaker quoted after that mention is the nearer antecedent: "Mr Brown's daughter
  // said: “…” ¶ “Dad was the kindest man,” she said" → the daughter, not the judge named before.
  const quoted = lastWhere(done, (q) => q.speaker !== null && q.draft.depth === 0 && q.draft.openIndex >= from && q.draft.openIndex < at)
  if (quoted && (!chosen || quoted.draft.openIndex > chosen.index) && !index.people.some((p) => p.name === quoted.speaker) && ok(descriptionGender(quoted.speaker!))) {
    // ("President Castro's chief aide said … “…” ¶ “…,” he said": a name only in a possessive is no rival.)
    // ("The director said he was “thrilled” with the project. “…,” he said": the described speaker of
    // the paragraph, over a name it mentions only in passing.)
    if (descriptionGender(quoted.speaker!) !== 'unknown' || !chosen || chosen.weak || (!chosen.subject && quoted.draft.firstParagraph === paragraphOf(ctx, at))) return { speaker: quoted.speaker!, role: quoted.role }
  }
  if (chosen) return { speaker: chosen.person.name, role: chosen.person.roles[0] ?? null }
  const lastSpeaker = lastWhere(done, (q) => q.speaker && q.draft.openIndex >= from)
  if (lastSpeaker) return { speaker: lastSpeaker.speaker!, role: lastSpeaker.role }
  // No one named fits: the unnamed person the passage is about, as a sentence subject ("A
  // 14-year-old boy …", "the defendant denied …" ¶ "… but he responded: “…”").
  if (want !== null) {
    const described = describedSubject(ctx, Math.max(0, paragraphOf(ctx, at) - 8), at, want)
    if (described) return { speaker: described, role: null }
  }
  // Nobody before it: the pronoun may point ahead ("… after she claimed …" / "Nadine Dorries,
  // who said …" in the next paragraph).
  const ahead = ctx.article.paragraphs[Math.min(ctx.article.paragraphs.length - 1, paragraphOf(ctx, at) + 1)]!.end
  const next = mentionsBetween(index, at + 1, ahead + 1).find((m) => !m.inQuote && !m.weak && ok(m.person.gender))
  return next ? { speaker: next.person.name, role: next.person.roles[0] ?? null } : null
}

/** The last subject mention in the 8 paragraphs before `firstP` (whose start is `to`), of a fitting gender. */
function furtherSubject(ctx: ArticleContext, index: PersonIndex, firstP: number, to: number, ok: (g: string) => boolean): Mention | undefined {
  if (firstP === 0) return undefined
  const from = ctx.article.paragraphs[Math.max(0, firstP - 8)]!.start
  return lastWhere(mentionsBetween(index, from, to), (m) => !m.inQuote && !m.weak && m.subject && ok(m.person.gender))
}

/**
 * The organisation that is the subject of one of the last sentences before `at` ("Tesco said
 * profits rose", "The Football Association confirmed …"): a body, or one capitalised word the
 * article names no person by. A bounded look back (12 sentences, 3 paragraphs).
 */
function recentBody(ctx: ArticleContext, index: PersonIndex, at: number): string | null {
  for (const sentence of sentencesBefore(ctx, at, paragraphOf(ctx, at) - 3, 12)) {
    const masked = maskQuotes(sentence)
    // "Sainsbury's bottom line is under pressure, the company said.": the firm owns the subject.
    const owner = /^\s*(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})[’']s\s+\p{Ll}/u.exec(masked)?.[1]
    const owning = owner ? parseSpeakerPhrase(owner) : null
    if (owning?.kind === 'body') return owner!
    if (owning?.kind === 'name' && !owning.text.includes(' ')) {
      // (A firm may read as a person's name, "J Sainsbury": "the company said" settles it.)
      const person = index.resolveName(owning.text)
      if (!person) return owner!
      if (COMPANY_SAID.test(masked)) return person.name
    }
    const subject = sentenceSubject(masked)
    if (!subject) continue
    if (subject.kind === 'body') return subject.text
    // (Not the last word of a longer name: "Marks and Spencer" is no "Spencer".)
    const alone = !/(?:\band|&)\s+$/.test(masked.slice(0, Math.max(0, masked.indexOf(subject.text))))
    if (subject.kind === 'name' && !subject.text.includes(' ') && alone && !index.resolveName(subject.text)) return subject.text
    if (subject.kind === 'name' || subject.kind === 'description') return null
  }
  return null
}

const COMPANY_SAID = /\bthe\s+(?:company|firm|group|retailer|supermarket|chain|bank|lender|insurer|airline|carmaker|manufacturer|business)\s+(?:said|says|added|adds|warned|warns|reported|reports|stated|states)\b/

/**
 * The sentences before `at`, nearest first, each cut at `at`, back to paragraph `firstP`: at most
 * `budget` of them, so many look-backs in one long paragraph stay linear.
 */
function* sentencesBefore(ctx: ArticleContext, at: number, firstP: number, budget: number): Generator<string> {
  const here = paragraphOf(ctx, at)
  for (let p = here; p >= Math.max(0, firstP); p--) {
    const sentences = ctx.sentences(p)
    for (let k = p === here ? Math.min(sentences.length - 1, ctx.sentenceIndexAt(p, at)) : sentences.length - 1; k >= 0; k--) {
      if (--budget < 0) return
      const s = sentences[k]!
      if (s.start < at) yield ctx.text.slice(s.start, Math.min(s.end, at))
    }
  }
}

/** People the courts and police describe without a name, whatever their sex. */
const UNNAMED_PERSON = /\b(?:defendant|accused|suspect|teenager|youth|pensioner|motorist|driver|witness|victim)$/i

/**
 * The last description of a person that opens a sentence as its subject before `at`, from
 * paragraph `firstP` on, with the gender `want` or a head noun any person may have ("the
 * defendant"); not a subject acted on ("The 12-year-old was stabbed").
 */
function describedSubject(ctx: ArticleContext, firstP: number, at: number, want: 'male' | 'female'): string | null {
  for (const text of sentencesBefore(ctx, at, firstP, 40)) {
    const subject = sentenceSubject(text)
    if (!subject || subject.kind !== 'description') continue
    const g = descriptionGender(subject.text)
    if (g !== want && !(g === 'unknown' && UNNAMED_PERSON.test(subject.text))) continue
    const i = text.indexOf(subject.text)
    if (i !== -1 && /^\s+(?:was|were|is|are|has been|had been)\s+\p{Ll}+(?:ed|en)\b/u.test(text.slice(i + subject.text.length))) continue
    return subject.text
  }
  return null
}

function paragraphOf(ctx: ArticleContext, at: number): number {
  const ps = ctx.article.paragraphs
  let lo = 0
  let hi = ps.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ps[mid]!.start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The mentions with from <= index < to (mentions are sorted by index): a binary search, no scan. */
function mentionsBetween(index: PersonIndex, from: number, to: number): PersonIndex['mentions'] {
  const ms = index.mentions
  const first = (x: number) => {
    let lo = 0
    let hi = ms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (ms[mid]!.index < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return ms.slice(first(from), first(to))
}

/**
 * A quote with no cue of its own continues the quotation before it: the next span after
 * `"…," he said.` in the same paragraph, or a paragraph that opens with a quote right after a
 * paragraph that held an attributed one.
 */
function continuesPrevious(ctx: ArticleContext, prev: AttributedQuote, q: ExtractedQuote): boolean {
  if (!prev.speaker || q.draft.depth > 0) return false
  if (prev.draft.lastParagraph === q.draft.firstParagraph) return true
  const p = ctx.article.paragraphs[q.draft.firstParagraph]!
  // (Not a subheading: a paragraph that is only a quote with no closing punctuation, `"It's a
  // f***ing joke that"`, stands over the story below it.)
  const subheading = q.draft.closeIndex !== null && /^\s*$/.test(ctx.text.slice(q.draft.closeIndex + 1, p.end)) && !/[.!?,;:…]\s*$/.test(q.text)
  return prev.draft.lastParagraph === q.draft.firstParagraph - 1 && q.draft.openIndex === p.start && q.kind === 'full' && !subheading
}

/** normaliseForMatch of each quote's text, by position, computed once and only when first asked for. */
function matchKeys(quotes: readonly AttributedQuote[]): (k: number) => string {
  const keys: Array<string | undefined> = []
  return (k) => (keys[k] ??= normaliseForMatch(quotes[k]!.text))
}

// Articles are compared quote against quote for repeated words; a window keeps a pathological
// article of thousands of quotes linear (real articles hold far fewer).
const REPEAT_WINDOW = 400

/** The quote at position `at` of all repeats another's words: that quote (keys: matchKeys(all)). */
function findRepeated(at: number, all: readonly AttributedQuote[], keys: (k: number) => string): AttributedQuote | null {
  const q = all[at]!
  const key = keys(at)
  if (key.length < 4) return null
  const from = all.length <= REPEAT_WINDOW ? 0 : Math.max(0, at - REPEAT_WINDOW / 2)
  const to = all.length <= REPEAT_WINDOW ? all.length : Math.min(all.length, at + REPEAT_WINDOW / 2)
  for (let j = from; j < to; j++) {
    const o = all[j]!
    if (o === q || !o.speaker || o.method === 'context') continue
    const ok = keys(j)
    if (ok.includes(key) || (key.includes(ok) && ok.length > 20)) return o
  }
  return null
}

function isPersonLike(speaker: string | null, index: PersonIndex): boolean {
  if (!speaker) return false
  return index.people.some((p) => p.name === speaker)
}

const PLACES = new Set(
  `britain uk u.k. england scotland wales ireland america us u.s. usa united states canada australia france germany
  italy spain russia china japan india pakistan israel iran iraq syria turkey egypt ukraine poland brussels washington
  london moscow beijing paris berlin tokyo jerusalem tehran kyiv kiev europe eu nato the west`.split(/\s+/),
)

function isPlace(speaker: string | null): boolean {
  return speaker !== null && PLACES.has(speaker.toLowerCase())
}

/** A headline or a subheading in Title Case: "Officials Say the Shooter Fired ‘Indiscriminately’ at People". */
function isHeadlineParagraph(ctx: ArticleContext, pIndex: number): boolean {
  const p = ctx.article.paragraphs[pIndex]!
  if (p.role === 'title') return true
  const t = ctx.paragraphText(pIndex)
  if (t.length > 160 || /[.!?]["”’']?$/.test(t)) return false
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  const caps = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length
  return words.length >= 3 && caps / words.length >= 0.6
}

function contextSpeaker(
  ctx: ArticleContext,
  index: PersonIndex,
  at: number,
  all: readonly AttributedQuote[],
  keys: (k: number) => string,
): { speaker: string; role: string | null } | null {
  const q = all[at]!
  const p = q.draft.firstParagraph
  if (findRepeated(at, all, keys)) return null
  // "Liz Truss was accused of “economic vandalism”": words said of someone by a speaker the
  // passive leaves unnamed are no one's the context can tell (the agent, when named, was a cue).
  if (q.draft.closeIndex !== null && passiveBefore(ctx, q.draft)) return null
  const quoted = quotedBefore(all, at, p - 1)
  if (quoted) return { speaker: quoted.speaker!, role: quoted.role }
  const from = ctx.article.paragraphs[Math.max(0, p - 1)]!.start
  const mention = lastWhere(mentionsBetween(index, from, q.draft.openIndex), (m) => !m.inQuote && !m.weak && m.subject)
  if (mention) return { speaker: mention.person.name, role: mention.person.roles[0] ?? null }
  // "With her son, she threw water on the blaze but it had already ‘exploded into bits’": the
  // person the sentence is about, as its pronoun subject (acting, not acted on).
  const sentence = ctx.sentenceAt(p, q.draft.openIndex)
  const subject = PRONOUN_SUBJECT.exec(ctx.text.slice(Math.max(sentence.start, q.draft.openIndex - WINDOW), q.draft.openIndex))
  if (subject) {
    const person = resolvePronoun(ctx, index, subject[1]!.toLowerCase(), sentence.start, all)
    if (person) return person
  }
  // Further off, but still the text's own clue (GUIDELINE: no speaker only when there is none):
  // a speaker quoted in the three paragraphs before, else the next one quoted in this paragraph
  // or the next ("“…” ¶ Those were the words of …, who said …").
  // A fragment so far from any cue is as likely a term: only whole quotations go on.
  if (q.kind !== 'full') return null
  const earlier = quotedBefore(all, at, p - 3)
  if (earlier) return { speaker: earlier.speaker!, role: earlier.role }
  for (let k = at + 1; k < all.length && all[k]!.draft.firstParagraph <= p + 1; k++) {
    const o = all[k]!
    if (o.speaker && o.method === 'explicit' && o.draft.depth === 0) return { speaker: o.speaker, role: o.role }
  }
  const next = namedAfter(ctx, index, q)
  if (next) return next
  // "Detectives are appealing for witnesses. ¶ “…”": the body or group the paragraph before is about.
  if (p > 0 && q.draft.openIndex === ctx.article.paragraphs[p]!.start) {
    const sentences = ctx.sentences(p - 1)
    const last = sentences[sentences.length - 1]
    const subject = last ? sentenceSubject(ctx.text.slice(last.start, last.end)) : null
    // (An indefinite or plural group: "the minister" would be someone named, not the phrase.)
    if (subject && (subject.kind === 'description' || subject.kind === 'body') && (!subject.definite || /s$/.test(subject.text))) return { speaker: subject.text, role: subject.role }
  }
  return null
}

/** A sentence's he or she subject with an active verb: "(With her son Jake, 11,) she threw …". */
const PRONOUN_SUBJECT = /^(?:[^,;:“”"‘]{0,60},\s+)*(he|she|He|She)\s+(?!(?:was|were|is|are|has been|had been|have been|being|got)\b)(?:also\s+|then\s+|later\s+)?\p{Ll}{2,}(?:ed|ew|ote|ought|old|aid|ame|ent|ook|ave|ade|ew)\b/u

/**
 * The last top-level quote before all[at] credited by its own cue (not by context) that ends in
 * paragraph `fromParagraph` or later. Quotes are in reading order: the walk stops at the first
 * one that ends before, so many cue-less quotes in a row cost no more than the window holds.
 */
function quotedBefore(all: readonly AttributedQuote[], at: number, fromParagraph: number): AttributedQuote | null {
  for (let k = at - 1; k >= 0; k--) {
    const o = all[k]!
    if (o.draft.lastParagraph < fromParagraph && o.draft.depth === 0) return null
    if (o.speaker && o.method !== 'context' && o.draft.depth === 0) return o
  }
  return null
}

/** "“…” ¶ That was the verdict of the Motherwell captain Keith Lasley": the person named next, in this paragraph or the next. */
function namedAfter(ctx: ArticleContext, index: PersonIndex, q: AttributedQuote): { speaker: string; role: string | null } | null {
  const after = q.draft.closeIndex ?? q.draft.openIndex
  const nextEnd = ctx.article.paragraphs[Math.min(ctx.article.paragraphs.length - 1, q.draft.lastParagraph + 1)]!.end
  const named = mentionsBetween(index, after, nextEnd).filter((m) => !m.inQuote)
  const next = named.find((m) => !m.weak) ?? named[0]
  return next ? { speaker: next.person.name, role: next.person.roles[0] ?? null } : null
}

/**
 * A headline in quote marks that repeats no quote of the body: the article's most quoted speaker
 * (explicitly or by pronoun; the first of equals), the one a headline quotes in news.
 */
function mainSpeaker(all: readonly AttributedQuote[]): { speaker: string; role: string | null } | null {
  const counts = new Map<string, number>()
  let best: AttributedQuote | null = null
  for (const o of all) {
    if (!o.speaker || o.draft.depth > 0 || (o.method !== 'explicit' && o.method !== 'pronoun' && o.method !== 'continuation')) continue
    const n = (counts.get(o.speaker) ?? 0) + 1
    counts.set(o.speaker, n)
    if (!best || n > counts.get(best.speaker!)!) best = o
  }
  return best ? { speaker: best.speaker!, role: best.role } : null
}

const NEWSPAPER =
  /\b((?:(?:Daily|Sunday|Evening|New York|Financial|Washington|Wall Street|Los Angeles|Irish|Sydney Morning|Manchester|Yorkshire|Scottish|Western|Northern|Belfast)\s+)*(?:Telegraph|Times|Mail|Guardian|Post|Herald|Journal|Sun|Mirror|Express|Independent|Standard|Observer|Gazette|Tribune|Chronicle|Record|Economist|Star|Echo|Argus))\b/g

/** The last newspaper named before `at` in the article ("the Telegraph", "the Daily Mail"). */
function lastNewspaper(ctx: ArticleContext, at: number): string | null {
  const start = ctx.article.start
  const text = ctx.text.slice(Math.max(start, at - 3000), at)
  let last: string | null = null
  NEWSPAPER.lastIndex = 0
  for (let m = NEWSPAPER.exec(text); m; m = NEWSPAPER.exec(text)) last = m[1]!
  return last
}

/** The gender a description's head noun gives: "Mr Brown's daughter" → female; "one official" → unknown. */
function descriptionGender(description: string): 'male' | 'female' | 'unknown' {
  // The head noun, before what follows it: "spokesman for Premier Foods".
  description = description.split(/\s+(?:for|of|at|from|in|with|to|on|who|which|that)\b/)[0]!
  if (/\b(daughter|mother|mum|mom|wife|woman|girl|sister|grandmother|granddaughter|widow|aunt|niece|actress|businesswoman|spokeswoman|chairwoman|girlfriend|fiancée)s?$/i.test(description)) return 'female'
  if (/\b(son|father|dad|husband|man|boy|brother|grandfather|grandson|widower|uncle|nephew|actor|businessman|spokesman|chairman|boyfriend|fiancé)s?$/i.test(description)) return 'male'
  return 'unknown'
}
