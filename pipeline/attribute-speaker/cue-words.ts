/**
 * Reporting cues: the verbs and phrases that say who spoke. Finite forms take a subject
 * ("Soufan said", "said Hopkins"); -ing forms hang on the sentence's subject
 * ("Trump said in a statement, calling the leaks …").
 */
const FINITE = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'continued', 'continues', 'wrote', 'writes',
  'remarked', 'declared', 'declares', 'stated', 'states', 'explained', 'explains', 'noted', 'notes',
  'warned', 'warns', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims', 'asked', 'asks',
  'replied', 'replies', 'answered', 'acknowledged', 'admitted', 'admits', 'announced', 'announces',
  'confirmed', 'confirms', 'conceded', 'concedes', 'suggested', 'suggests', 'recalled', 'recalls',
  'observed', 'commented', 'tweeted', 'posted', 'responded', 'urged', 'urges', 'pledged', 'vowed',
  'promised', 'predicted', 'joked', 'complained', 'lamented', 'boasted', 'countered', 'retorted',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'maintained', 'maintains', 'concluded',
  'reiterated', 'agreed', 'cautioned', 'alleged', 'contended', 'testified', 'texted', 'emailed',
  'shouted', 'yelled', 'whispered', 'exclaimed', 'mused', 'quipped', 'sighed', 'grumbled', 'assured',
  'revealed', 'disclosed', 'demanded', 'pleaded', 'fumed', 'blasted', 'slammed', 'hailed', 'called',
  'described', 'branded', 'labelled', 'labeled', 'accused', 'expressed', 'insisted', 'reported',
  'wrote', 'thundered', 'snapped', 'added', 'tells', 'conceded', 'went on', 'hit back', 'chimed in',
  'spoke', 'summed up', 'put it', 'opined', 'proclaimed', 'affirmed', 'asserted', 'acknowledges',
  'accuses', 'dismissed', 'dismisses', 'rejected', 'rejects', 'regarded', 'compared', 'compares',
  'condemned', 'condemns', 'criticised', 'criticized', 'attacked', 'praised', 'termed', 'deemed',
  'charged', 'questioned', 'wondered', 'blamed', 'defended', 'denied', 'denies', 'recounted',
  'explained', 'added', 'echoed', 'repeated', 'cited', 'quoted', 'messaged', 'captioned',
  'headlined', 'headed', 'read', 'wrote', 'writes', 'reads', 'told', 'says', 'tweets', 'posts',
  // opinions reported with the speaker's words: "he believes the deal is “fair”"
  'believes', 'believed', 'thinks', 'reckons', 'reckoned', 'feels', 'hopes', 'fears', 'accepts',
  'lambasted', 'ridiculed', 'mocked', 'derided', 'decried', 'bemoaned', 'likened', 'voiced', 'hinted',
  'signalled', 'signaled', 'characterised', 'characterized', 'portrayed', 'spoke', 'pleaded', 'begged',
  'chanted', 'heckled', 'cried', 'screamed', 'muttered', 'sobbed', 'pleaded',
  // phrasal cues of sports and political copy: "Vogel hit out at the Suns for an “unacceptable” defeat"
  'hit out', 'hits out', 'lashed out', 'lashes out', 'weighed in', 'fired back', 'shot back', 'hit back',
  // what someone owns up to or adds in their own words: "apologised to the family for his ‘cowardice’"
  'apologised', 'apologized', 'confessed', 'pointed out', 'clarified', 'elaborated', 'interjected',
  'reflected', 'reasoned', 'speculated', 'enthused', 'gushed', 'raved', 'raged', 'ranted', 'swore',
  'threatened', 'implored', 'reassured', 'mentioned', 'objected', 'protested',
]
// Base forms count only after "to", a modal or "did/not": "turned to Twitter to describe his city
// as a “gas chamber”", never as nouns ("the ministry’s claim “is false”", "a call for …").
const BASE = [
  'describe', 'call', 'brand', 'label', 'accuse', 'dismiss', 'reject', 'warn', 'claim', 'insist',
  'argue', 'deny', 'tweet', 'write', 'add', 'declare', 'urge', 'admit', 'promise', 'pledge', 'vow',
]
const ING = [
  'saying', 'telling', 'adding', 'writing', 'noting', 'warning', 'calling', 'describing', 'declaring',
  'insisting', 'explaining', 'arguing', 'claiming', 'asking', 'urging', 'stressing', 'announcing',
  'branding', 'labelling', 'labeling', 'accusing', 'admitting', 'acknowledging', 'vowing', 'pledging',
  'promising', 'suggesting', 'confirming', 'stating', 'tweeting', 'replying', 'responding', 'recalling',
  'complaining', 'emphasising', 'emphasizing', 'expressing', 'dismissing', 'rejecting', 'comparing',
  'condemning', 'criticising', 'criticizing', 'attacking', 'praising', 'questioning', 'wondering',
  'blaming', 'defending', 'denying', 'quipping', 'joking', 'reiterating', 'conceding', 'recounting',
  'pointing out', 'shouting', 'chanting', 'heckling', 'alleging', 'asserting', 'demanding', 'pleading',
  'predicting', 'maintaining', 'contending', 'lamenting', 'boasting', 'hinting', 'observing',
  'remarking', 'revealing', 'disclosing', 'protesting', 'reminding', 'conceding', 'cautioning',
  'exclaiming', 'screaming', 'yelling', 'muttering', 'whispering', 'sobbing', 'chanting',
  'apologising', 'apologizing', 'confessing', 'clarifying', 'reflecting', 'threatening', 'reassuring',
]

export const FINITE_CUES = new Set(FINITE)
export const ING_CUES = new Set(ING)

const alternation = [...new Set([...FINITE, ...ING])].sort((a, b) => b.length - a.length).join('|')
const baseAlternation = `(?<=\\b(?:to|will|would|can|could|should|may|might|must|did|do|does|not|never|also|[’']ll)\\s+)(?:${BASE.join('|')})`

const CUE_IN_SENTENCE_PHRASES = [
  'according to', 'in a statement', 'in an interview', 'reportedly', 'quoted', 'was heard', 'in the words of', 'said to',
  // tributes are someone's words: "Tributes have been paid to the “real family man”"
  'paid tribute', 'paid tributes', 'tribute has been paid', 'tributes have been paid', 'tributes had been paid', 'tributes were paid', 'tribute was paid',
]
/** A cue anywhere in a (quote-masked) sentence: decides partial quotes against scare quotes. */
export const CUE_IN_SENTENCE = new RegExp(
  `\\b(${alternation}|${baseAlternation}|${CUE_IN_SENTENCE_PHRASES.join('|')})\\b`,
  'i',
)

/**
 * Every cue in a text, with its position; not the passive "said to have caused", not "continued
 * to sign up", "added to the list" or "read the report".
 */
export const CUE_PATTERN = new RegExp(
  // not the "States" of "the United States"
  // not a noun after a determiner ("called the claims “nonsense”", "his remarks"), unless it
  // reports what follows ("issued a warning that …")
  `(?<!\\bUnited\\s)(?:(?<!\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]ny|[Nn]o)\\s)|(?=[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}\\s+that\\b))\\b(${alternation}|${baseAlternation}|[Aa]ccording to)\\b` +
    `(?!\\s+to\\s+(?:have|be|been)\\b)` +
    `(?<!\\b(?:continued|continues)(?=\\s+(?:to|with|until|for|in|on|at|into|from|up|down|over|\\p{Ll}+ing)\\b))` +
    `(?<!\\b(?:added|adds)(?=\\s+(?:to|by|up|\\d)\\b))` +
    // "calling for", "called off"; but "calling out: “Shame.”" introduces the words.
    `(?<!\\b(?:call|calls|called|calling)(?=\\s+(?:for|on|up|off|in|out(?!\\s*:)|back|into|over|time)\\b))` +
    `(?<!\\b(?:read|reads|posted|posts|headed|charged|cited|quoted|echoed|repeated|questioned|attacked|defended)(?=\\s+(?:to|by|with|until|for|in|into|from|up|down|over|out|off|the|a|an|his|her|their|its|our|\\d)\\b))`,
  'giu',
)

// The engine tries CUE_PATTERN's few hundred alternatives at every word of the text; most words
// cannot start a cue. A cue starts at a word start (the \b), and its first word is a whole run of
// letters (the \b after it, or the space of "went on"), so nextCue looks that run up first and
// asks the same pattern, anchored there, only where the run is the first word of a cue.
const CUE_AT = new RegExp(CUE_PATTERN.source, 'yiu')
const FIRST_WORDS = new Set([...FINITE, ...ING, ...BASE, 'according to'].map((c) => c.split(' ')[0]!))
/** (first letter, length) of the first words, a cheap test before the slice and the set. */
const FIRST_SHAPES = new Uint8Array(26 * 32)
for (const w of FIRST_WORDS) FIRST_SHAPES[(w.charCodeAt(0) - 97) * 32 + w.length] = 1

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

/**
 * The next match of CUE_PATTERN in s at or after `from` (what CUE_PATTERN.exec gives with
 * lastIndex = from), found by looking words up first. Under the i and u flags only ASCII letters,
 * ſ (U+017F) and the Kelvin sign (U+212A) match the letters of a cue; a run holding one of the
 * two is left to the pattern.
 */
export function nextCue(s: string, from: number): RegExpExecArray | null {
  const n = s.length
  for (let p = from; p < n; p++) {
    const c = s.charCodeAt(p)
    const ascii = isAsciiLetter(c)
    if (!ascii && c !== 0x17f && c !== 0x212a) continue
    // Not at a word start: an ASCII word character before it (\b fails under any flags).
    if (p > 0) {
      const b = s.charCodeAt(p - 1)
      if (isAsciiLetter(b) || (b >= 48 && b <= 57) || b === 95) continue
    }
    let e = p + 1
    let plain = ascii
    for (; e < n; e++) {
      const d = s.charCodeAt(e)
      if (isAsciiLetter(d)) continue
      if (d !== 0x17f && d !== 0x212a) break
      plain = false
    }
    if (plain) {
      const len = e - p
      if (len >= 32 || FIRST_SHAPES[((c | 0x20) - 97) * 32 + len] === 0 || !FIRST_WORDS.has(s.slice(p, e).toLowerCase())) {
        p = e // s[e] is no letter: no cue starts there either
        continue
      }
    }
    CUE_AT.lastIndex = p
    const m = CUE_AT.exec(s)
    if (m) return m
    if (plain) p = e
  }
  return null
}

// CUE_IN_SENTENCE has no u flag: only ASCII letters match its letters, and \b sees [A-Za-z0-9_].
const CUE_IN_SENTENCE_AT = new RegExp(CUE_IN_SENTENCE.source, 'iy')
const SENTENCE_FIRST_WORDS = new Set([...FIRST_WORDS, ...CUE_IN_SENTENCE_PHRASES.map((c) => c.split(' ')[0]!)])

/**
 * CUE_IN_SENTENCE.test(s), asked only at the words that can start a cue (as nextCue does): a cue
 * starts at a word start, and its first word is a whole run of ASCII letters.
 */
export function hasCueInSentence(s: string): boolean {
  const n = s.length
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p)
    if (!isAsciiLetter(c)) continue
    if (p > 0) {
      const b = s.charCodeAt(p - 1)
      if (isAsciiLetter(b) || (b >= 48 && b <= 57) || b === 95) continue
    }
    let e = p + 1
    while (e < n && isAsciiLetter(s.charCodeAt(e))) e++
    if (SENTENCE_FIRST_WORDS.has(s.slice(p, e).toLowerCase())) {
      CUE_IN_SENTENCE_AT.lastIndex = p
      if (CUE_IN_SENTENCE_AT.test(s)) return true
    }
    p = e // s[e] is no letter: no cue starts there either
  }
  return false
}
