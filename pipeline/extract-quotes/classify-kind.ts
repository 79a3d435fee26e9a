import type { ArticleContext } from './article-context.ts'
import type { QuoteDraft } from './pair-marks.ts'
import { hasCueInSentence } from '../attribute-speaker/cue-words.ts'
import { L, N, classOf, cpLen, isSpaceCode } from '../segment/char-class.ts'

/** Characters each side of a quote that the sentence-level tests look at. */
const WINDOW = 600

export type QuoteKind = 'full' | 'partial' | 'term' | 'inner'

// Words that make a clause: auxiliaries, modals, common finite verbs, subject pronouns.
const CLAUSE_WORD =
  /^(is|are|was|were|am|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|ought|need|needs|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|couldn't|shouldn't|haven't|hasn't|hadn't|i'm|i've|i'll|i'd|we're|we've|we'll|you're|they're|it's|that's|there's|he's|she's|let's|get|got|go|goes|went|want|wants|know|think|believe|said|says|make|makes|made|take|took|see|saw|feel|felt|like|love|hope|mean|means|seem|seems|look|looks|come|came|give|gave|find|found|keep|kept|tell|told|ask|asked|work|works|worked|try|tried|remain|remains|became|become|becomes)$/i
const SUBJECT_PRONOUN = /^(i|we|you|he|she|they|it|there|this|that|these|those|everyone|everything|nobody|nothing|someone|something)$/i

// Before the mark: "so-called", "dubbed", "known as", "the phrase", titles of works; "the sign
// read:" (but "a post read:", "the letter reads:" are someone's written words).
const TERM_BEFORE =
  /\b(so-called|so called|dubbed|nicknamed|known as|code-?named|translat(?:ing|ed|es) as|which (?:means|translates as)|(the|a|its|their|his|her) (word|words|term|phrase|label|slogan|tagline|motto|hashtag|title|headline|caption|banner|chant|catchphrase|nickname)( of)?|(headed|headlined|titled|entitled|captioned)\s*:|(headline|banner|sign|placard|poster|caption|title|slogan|plaque|inscription|shirt|t-shirt|graffiti|billboard)s?\b[^.!?]{0,40}\b(reading|read|reads)\s*:|titled|entitled|headlined)\s*$/i
// A title after the kind of work it names: the book "A Promised Land", a plan called "Project
// Fear" — a name, so it starts with a capital ("called the plan “reckless”" is someone's word).
const TITLE_NOUN_BEFORE =
  /\b(book|film|movie|album|song|show|series|programme|program|play|report|campaign|operation|exercise|policy|initiative|documentary|podcast|column|essay|article|paper|poem|novel|bill|act|plan|strategy|project|hashtag|slogan|brand|label|team|group|club|band)( called| named)?\s*$/i

const EMBLAZONED_AFTER = /^\s*(?:(?:is|was|were|are|been)\s+)?(?:emblazoned|printed|painted|etched|inscribed|scrawled|stitched|stencilled|stenciled|embroidered|engraved)\b/

// A work or thing named by its title: it will be called "4:14 Scream", their last record, "4:13 Dream".
const NAMED_BEFORE = /\b(?:(?:be|is|was|are|were|been|being)\s+(?:called|named|titled|entitled|dubbed)|(?:album|record|single|song|track|film|movie|book|novel|series),)\s*$/i

/** The end of `s` from its last sentence break on. */
function sinceSentenceStart(s: string): string {
  const m = /[.!?]["”’']?\s+(?=[^.!?]*$)/.exec(s)
  return m ? s.slice(m.index + m[0].length) : s
}

// A definition's terms and wording: "defining ‘woman’ in law", "to define the term 'woman' as 'an
// adult human biological female' and 'man' as an 'adult human biological male'".
const DEFINITION = /\bdefin(?:e|es|ed|ing)\s+(?:(?:the|a)\s+(?:term|word)\s+)?$|\bdefin(?:e|es|ed|ing)\b[^.!?;]*(?:[’'"”]\s+(?:as\s+(?:an?\s+)?|and\s+)|\bas\s+(?:an?\s+)?)$/

/**
 * Classifies a quoted span: full (a clause or more of someone's words), partial (a fragment
 * woven into the reporter's sentence: called the leaks "deeply troubling"), term (scare quotes,
 * names, titles: the "Five Eyes" alliance, ‘soft targets’), or inner (single quotes inside a
 * quote that are part of it: ‘Five Eyes’ within Rowley's words).
 */
export function classifyKind(ctx: ArticleContext, draft: QuoteDraft, quoteText: string): QuoteKind {
  const { text } = ctx
  const words = wordsWithLetters(quoteText)
  const clause = isClause(words)
  if (draft.depth > 0) {
    // Kept only when it is itself someone's words reported inside the quote: 'I will resign,'
    return clause && words.length >= 4 && cueNear(ctx, draft) ? 'full' : 'inner'
  }
  const open = draft.openIndex
  // Windows stay inside the quote's paragraphs, so LF, CRLF and CR line ends read the same.
  const paraStart = ctx.article.paragraphs[draft.firstParagraph]!.start
  const paraEnd = ctx.article.paragraphs[draft.lastParagraph]!.end
  const before = text.slice(Math.max(paraStart, open - 60), open)
  // Slogans, titles and headlines are terms even when they are clauses:
  // with the slogan “Meth, we’re on it.” / a story headed: “Tory claims £57,000 …”
  if (TERM_BEFORE.test(before) || ((TITLE_NOUN_BEFORE.test(before) || NAMED_BEFORE.test(before)) && /^[\p{Lu}\p{N}]/u.test(quoteText)) || DEFINITION.test(sinceSentenceStart(text.slice(Math.max(paraStart, open - 200), open)))) return 'term'
  // A slogan on a thing: with “Now Everyone Can Fly” emblazoned on the undersides.
  if (draft.closeIndex !== null && EMBLAZONED_AFTER.test(text.slice(draft.closeIndex + 1, Math.min(paraEnd, draft.closeIndex + 40)))) return 'term'
  if (clause) return 'full'
  // A one-word reply of its own after a sentence: … he said later. “Please.”
  if (words.length === 1 && /^\p{Lu}\p{Ll}*[.!?]$/u.test(quoteText) && /[.!?:]["”’']?\s*$/.test(text.slice(Math.max(paraStart, open - 4), open))) return 'full'
  // A short utterance of its own: "Balanced and fair, for once." / "Never again!"
  if (words.length >= 2 && /^\p{Lu}/u.test(quoteText) && /[.!?…]$/.test(quoteText)) return 'full'
  const sentence = ctx.sentenceAt(draft.firstParagraph, open)
  // A window of the sentence around the quote: real sentences fit in it, and a one-line dump
  // with thousands of quotes costs each quote a bounded look, not a pass over the whole line.
  const from = outsideQuote(text, Math.max(sentence.start, open - WINDOW), open)
  const sentenceText = maskQuotes(text.slice(from, Math.min(sentence.end, (draft.closeIndex ?? open) + WINDOW)))
  const whole = isWholeParagraph(ctx, draft)
  if (whole) return 'partial' // a subheading or pull quote that repeats someone's words
  // the "Five Eyes" alliance: a determiner before, a noun after, no reporting cue.
  const afterClose = draft.closeIndex === null ? '' : text.slice(draft.closeIndex + 1, Math.min(paraEnd, draft.closeIndex + 30))
  const determinerBefore = /\b(the|a|an|its|their|his|her|our)\s*$/i.test(before)
  const nounAfter =
    /^\s+\p{Ll}+/u.test(afterClose) &&
    !/^\s+(and|or|but|nor|to|of|in|on|at|for|with|by|from|as|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|he|she|they|it|we|i|you|said|says|told|under|after|before|when|while|if|because|than|then|so|over|about|into|across|against|amid|among|around|through|without|within|despite|like|per|since|until|via|toward|towards|upon|onto|off|out|up|down|near|behind|beyond|below|above|beside|besides|between|during|following|including|instead|rather|unless|whether|where|why|how|what|not|no|also|only|just|even|all|too|again|now|here|there|yet|already|ever|still)\b/i.test(afterClose)
  // (An evaluating adjective is someone's judgement, noun or not: it was a “tricky” call, an
  // "unacceptable" defeat, for 'exciting' striker.)
  const judgement = isJudgement(words)
  if (determinerBefore && nounAfter && words.length <= 4 && !judgement) return 'term'
  if (hasCueInSentence(sentenceText)) return 'partial'
  // "after hearing he had “turned his life around”": words that go on a clause the reporter began
  // (its auxiliary outside the marks) are someone's words woven in, not a label.
  if (words.length >= 2 && /^\p{Ll}/u.test(quoteText) && AUXILIARY_BEFORE.test(before)) return 'partial'
  // A headline or standfirst quotes someone's words, cue or no cue: "Leeds hospital boss ‘sorry
  // for waiting times’", "Union critical of food company for ‘persistent refusal to engage’".
  // (Not a word or two modifying the noun after it, "over ‘gotcha’ interview", nor a name in
  // capitals inside the line: "Elton John’s ‘Tiny Dancer’", "Singling Out "Brexit Mutineers"".)
  if (inHeadline(ctx, draft.firstParagraph) && !(nounAfter && words.length <= 2 && !judgement) && !(open > paraStart && isCapitalisedName(words))) return 'partial'
  return 'term'
}

/**
 * One to three words that read as evaluating adjectives by their endings ("tricky", "unacceptable",
 * "appalling", "kind and funny"), not nouns ("mutineers", "gotcha", "emergency").
 */
function isJudgement(words: readonly string[]): boolean {
  const content = words.map((w) => w.toLowerCase().replace(/[^\p{L}-]+/gu, '')).filter((w) => w !== 'and' && w !== 'or' && w !== 'very' && w !== 'so')
  return content.length >= 1 && content.length <= 2 && words.length <= 3 && content.every((w) => JUDGEMENT.test(w))
}
// (And "unprecedented", "unwarranted"; "well-earned", "long-awaited", "ill-judged": adjectives by their shape.)
const JUDGEMENT = /^(?:kind|funny|good|bad|great|poor|sad|mad|wrong|right|fair|unfair|soft|tough|brave|proud|shocked|stunned|appalled|delighted|disappointed|\p{L}{3,}(?:able|ible|ful|ous|ive|less|ling|ting|ming|sing|ky|ty|ish|ent|ant)|un\p{L}{3,}ed|(?:well|ill|long|much|hard|badly|poorly|half)-\p{L}{3,})$/u
const AUXILIARY_BEFORE = /\b(?:he|she|they|it|we|i|who)\s+(?:had|has|have|was|were|is|are|would|will|could|should)\s*$/i

/** Two to five words, each capitalised, not all in capitals ("Tiny Dancer", not "SORE LOSER"). */
function isCapitalisedName(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w))
}

/** A headline: the article's title, or its first or second paragraph read as one (no full stop at the end). */
function inHeadline(ctx: ArticleContext, pIndex: number): boolean {
  const p = ctx.article.paragraphs[pIndex]!
  if (p.role === 'title') return true
  return pIndex <= 1 && p.end - p.start <= 200 && !/[.!?]["”’']?\s*$/.test(ctx.text.slice(p.start, p.end))
}

/**
 * Where the reporter's words start in [from, to): a sentence may start inside a quotation that
 * closes before the quote in hand (`"… 2009. There is no sign of relief," he added, saying it
 * would be "longer and harder fought"`), and its closing mark would otherwise open a masked span
 * that hides the cue. Past the first double mark when it closes: a closing shape, or an odd count
 * of straight marks.
 */
export function outsideQuote(text: string, from: number, to: number): number {
  let first = -1
  let straight = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      straight++
      if (first === -1) first = i
    } else if (c === 0x201d || c === 0xbb) {
      if (first === -1) return i + 1
    } else if (c === 0x201c || c === 0xab) {
      if (first === -1) first = -2 // an opening shape comes first: the sentence starts outside
    }
  }
  return first >= 0 && straight % 2 === 1 ? first + 1 : from
}

function isClause(words: readonly string[]): boolean {
  if (words.length >= 8) return true
  if (words.length < 3) return false
  const clean = words.map((w) => w.replace(/^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu, '').replace(/’/g, "'"))
  for (let k = 0; k < clean.length; k++) {
    const w = clean[k]!
    if (CLAUSE_WORD.test(w)) return true
    if (SUBJECT_PRONOUN.test(w) && k + 1 < clean.length && /^\p{Ll}/u.test(clean[k + 1]!)) return true
    if (k > 0 && /^\p{Ll}+ed$/u.test(w) && words.length >= 4) return true
  }
  return false
}

/** A quote that fills its paragraph: a pull quote, a quoted subheading, a statement. */
export function isWholeParagraph(ctx: ArticleContext, draft: QuoteDraft): boolean {
  const p = ctx.article.paragraphs[draft.firstParagraph]!
  if (draft.firstParagraph !== draft.lastParagraph) return false
  const end = draft.closeIndex === null ? p.end : draft.closeIndex + 1
  return draft.openIndex === p.start && /^[\s.,;:!?]*$/.test(ctx.text.slice(end, p.end))
}

function cueNear(ctx: ArticleContext, draft: QuoteDraft): boolean {
  // Within the nested quote's own paragraphs: a cue in the next paragraph is not its cue, and the
  // window must not depend on how many characters a line end takes (LF, CRLF or CR).
  const { text } = ctx
  const first = ctx.article.paragraphs[draft.firstParagraph]!
  const last = ctx.article.paragraphs[draft.lastParagraph]!
  const before = maskQuotes(text.slice(Math.max(first.start, draft.openIndex - 50), draft.openIndex))
  const after = draft.closeIndex === null ? '' : text.slice(draft.closeIndex + 1, Math.min(last.end, draft.closeIndex + 40))
  return hasCueInSentence(before) || hasCueInSentence(after)
}

export function normaliseForMatch(s: string): string {
  // In the steps of:
  //   s.toLowerCase().replace(/[’‘`]/g, "'")
  //     .replace(/(^|[^\p{L}\p{N}])'+|'+(?=[^\p{L}\p{N}]|$)/gu, '$1')   quote marks, not apostrophes: ‘wanted’ → wanted
  //     .replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()
  // with the regex steps as scans over the text.
  const t = s.toLowerCase().replace(/[’‘`]/g, "'")
  const n = t.length
  let kept = ''
  for (let i = 0; i < n; ) {
    const c = t.charCodeAt(i)
    if (i === 0 && c === 39) {
      // ^'+ : leading apostrophes go.
      let j = i
      while (j < n && t.charCodeAt(j) === 39) j++
      i = j
      continue
    }
    const cl = c >= 0xd800 && c <= 0xdbff ? cpLen(t, i) : 1
    const ln = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : (classOf(t.codePointAt(i)!) & (L | N)) !== 0
    if (!ln && i + cl < n && t.charCodeAt(i + cl) === 39) {
      // [^\p{L}\p{N}]'+ → the character alone.
      let j = i + cl
      while (j < n && t.charCodeAt(j) === 39) j++
      kept += t.slice(i, i + cl)
      i = j
      continue
    }
    if (c === 39 && (i + 1 >= n || !isLetterOrNumberAt(t, i + 1))) {
      // '+(?=[^\p{L}\p{N}]|$) with a single ' (longer runs were taken above).
      i++
      continue
    }
    kept += t.slice(i, i + cl)
    i += cl
  }
  // [^\p{L}\p{N}' ]+ → ' ', white space collapsed, trimmed: kept characters with one space
  // wherever anything else stood between them.
  let out = ''
  let gap = false
  const m = kept.length
  for (let i = 0; i < m; ) {
    const c = kept.charCodeAt(i)
    const cl = c >= 0xd800 && c <= 0xdbff ? cpLen(kept, i) : 1
    if (c === 39 || isLetterOrNumberAt(kept, i)) {
      if (gap && out.length > 0) out += ' '
      gap = false
      out += kept.slice(i, i + cl)
    } else gap = true
    i += cl
  }
  return out
}

function isLetterOrNumberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return (classOf(s.codePointAt(i)!) & (L | N)) !== 0
}

/** quoteText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)), in one scan. */
function wordsWithLetters(s: string): string[] {
  const out: string[] = []
  const n = s.length
  let i = 0
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++
    if (i >= n) break
    const start = i
    let letters = false
    while (i < n) {
      const c = s.charCodeAt(i)
      if (isSpaceCode(c)) break
      if (!letters) letters = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : (classOf(s.codePointAt(i)!) & (L | N)) !== 0
      i++
    }
    if (letters) out.push(s.slice(start, i))
  }
  return out
}

/** The sentence with quoted stretches blanked out, so cues inside quotes do not count. */
export function maskQuotes(s: string): string {
  // One pass, same result as s.replace(/[“"«][^”"»]*[”"»]/g, spaces): an opening mark starts a
  // stretch that the next closing mark ends; with no closing mark after it, nothing is masked.
  // (The regex is quadratic on thousands of unclosed “.)
  let out = ''
  let copied = 0
  let open = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (open === -1) {
      if (c === 0x201c || c === 0x22 || c === 0xab) open = i
    } else if (c === 0x201d || c === 0x22 || c === 0xbb) {
      out += s.slice(copied, open) + ' '.repeat(i + 1 - open)
      copied = i + 1
      open = -1
    }
  }
  return copied === 0 ? s : out + s.slice(copied)
}
