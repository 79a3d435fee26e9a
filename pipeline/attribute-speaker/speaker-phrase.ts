/**
 * Reads the noun phrase next to a reporting cue: a pronoun ("he said"), a name with its title
 * ("U.S. Attorney General Jeff Sessions", "Manchester mayor Andy Burnham"), a name with an
 * appositive ("Mark Rowley, assistant commissioner for the Metropolitan Police Service,"), a
 * description ("the former FBI agent", "One UK intelligence source"), or a body ("the statement",
 * "Greater Manchester police").
 */
import { looksLikePersonName } from './first-names.ts'

export interface SpeakerPhrase {
  kind: 'pronoun' | 'name' | 'description' | 'body'
  /** The name ("Jeff Sessions"), the description without its determiner ("UK intelligence source"), or the pronoun. */
  text: string
  /** Title before the name or the appositive after it, as the text gives it. */
  role: string | null
  /** "the president" (definite: refers back to someone) against "a spokesman" / "one official". */
  definite: boolean
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you'])

// Words of a title or office that stand before a name: "Assistant Police Commissioner Mark Rowley".
export const ROLE_WORDS = new Set(
  `president vice prime minister secretary commissioner assistant deputy chief director chairman chairwoman
  chair chairperson ceo cfo coo cto executive officer senator sen sen. rep rep. representative congressman
  congresswoman governor gov gov. mayor judge justice general gen gen. attorney ambassador spokesman spokeswoman
  spokesperson coach manager captain head leader lord lady sir dame dr dr. prof prof. professor mr mr. mrs mrs.
  ms ms. mx king queen prince princess pope bishop archbishop rev rev. reverend colonel col col. lieutenant
  lt lt. major maj sergeant sgt sgt. inspector superintendent supt detective constable defense defence home
  foreign interior health finance treasury state security police senior fellow analyst editor correspondent
  chancellor speaker striker midfielder defender goalkeeper forward winger boss founder co-founder acting
  interim shadow former mp mep councillor councilor commander admiral marshal sheriff prosecutor solicitor
  barrister lawyer economist strategist researcher scientist doctor nurse spokes chiefs adviser advisor aide
  envoy diplomat consul premier emir sheikh president-elect chair-elect owner president's
  trainer skipper umpire referee player star veteran rookie analyst pundit commentator host anchor
  witness eyewitness victim survivor resident neighbour neighbor passenger bystander garda gardaí recorder
  mps meps msps peers councillors ministers journalist producer photographer broadcaster
  reporter columnist writer author historian expert official officials agent agents commissioner's
  steward organiser organizer convenor treasurer campaigner activist headteacher headmaster headmistress principal
  pastor priest vicar rabbi imam villager shopkeeper landlord landlady publican homeowner householder pupil
  student volunteer supporter parishioner commuter motorist pensioner
  datuk dato dato' dato’ datin tun shri smt alhaji alhaja td tds mla mlas msp`
    .split(/\s+/)
    .filter(Boolean),
)

// Words that make a capitalised run an organisation or a place, not a person.
export const BODY_WORDS = new Set(
  `police council network service services department ministry office embassy agency agencies committee
  commission company corp corporation inc ltd llc plc group party union association federation league club bank
  university college school institute institution foundation government administration authority court
  board times news post journal guardian telegraph independent mail express herald tribune radio tv
  television channel bbc cnn nbc cbs abc fox reuters ap afp bloomberg voa nhs army navy force forces
  parliament congress senate house assembly yard street road square states kingdom republic nations
  intelligence studies centre center trust fund capital partners holdings airlines airways motors
  fc united city county town village state studio studios records press media magazine review daily
  weekly herald gazette observer chronicle network's council's police's alliance coalition
  labour tory tories conservatives democrats republicans snp ukip greens election elections referendum
  hospital airport station museum stadium prison`
    .split(/\s+/)
    .filter(Boolean),
)

// Nouns that head a description of a person or a body that can speak.
const SPEAKER_NOUNS =
  /\b(hospital|body|school|university|college|institute|foundation|trust|centre|center|embassy|commission|association|federation|league|authority|administration|service|office|museum|prison|airport|user|users|commenter|commenters|follower|followers|viewer|viewers|reader|readers|listener|listeners|tweeter|account|critic|critics|supporter|supporters|opponent|opponents|paper|newspaper|tabloid|broadsheet|outlet|magazine|website|broadcaster|network|station|secretary|chancellor|commissioner|chairman|chairwoman|chair|ceo|founder|captain|striker|inspector|detective|constable|sergeant|general|admiral|ambassador|envoy|premier|king|queen|prince|princess|pope|bishop|economist|scientist|researcher|professor|surgeon|editor|reporter|journalist|author|coroner|regulator|watchdog|union|charity|club|board|court|judge|airline|bank|insurer|retailer|developer|owner|landlord|tenant|parent|mother|father|son|daughter|husband|wife|brother|sister|boss|trainer|referee|umpire|pilot|driver|passenger|customer|shopper|patient|official|officials|source|sources|ministries|agencies|authorities|companies|parties|bodies|departments|governments|councils|committees|unions|groups|firms|spokesman|spokeswoman|spokesperson|spokespeople|aide|aides|adviser|advisers|advisor|minister|president|agent|analyst|officer|diplomat|expert|experts|witness|resident|residents|lawyer|attorney|statement|police|investigators|prosecutor|prosecutors|spokes\w*|insider|insiders|person|people|man|woman|member|members|leader|leaders|producer|producers|chief|head|director|manager|coach|player|players|fan|fans|executive|executives|student|students|teacher|doctor|nurse|victim|survivor|family|relative|neighbour|neighbor|friend|colleague|employee|worker|workers|voter|voters|campaigner|campaigners|activist|activists|protester|protesters|mp|mps|senator|governor|mayor|judge|committee|council|government|ministry|department|agency|company|firm|group|report|filing|document|letter|email|memo|tweet|post|note|release|percent|per cent|majority|minority|respondents|paramedics|firefighters|doctors|nurses|teachers|parents|pupils|shoppers|locals|villagers|neighbours|neighbors|residents|campaigners|protesters|fans|supporters|workers|staff|eyewitness|onlooker|bystander|observer|commentator|pundit|lawmaker|legislator|politician|backbencher|chorus|crowd|audience|demonstrator|attendee|guest|caller|participant|delegate|candidate|nominee|investor|trader|banker|dealer|broker|strategist|consultant|specialist|engineer|organiser|organizer|volunteer|soldier|troops|negotiator|mediator|regulator|auditor|inspector|trustee|governor|panel|jury|juror|academic|lecturer|historian|commentator|host|presenter|anchor|columnist|correspondent|official|page|fundraiser|petition|blog|card|tribute|obituary|notice|leaflet|manifesto|motion|judgment|judgement|ruling|verdict|lawsuit|suit|indictment|affidavit|complaint|transcript|study|survey|poll|research|analysis|review|inquiry|audit|index|detective|investigator|officer|paramedic|firefighter|rescuer|organiser|defendant|suspect|teenager|claimant|motorist|pensioner|youth|barrister|solicitor|counsel|advocate|magistrate|sheriff|recorder)s?$/i

const ARTICLE = /^(the|a|an)\s+/i
const POST_MODIFIED = /^(?:(?:the|a|an)\s+)?\S+\s+(?:at|for|from|of|with|inside|within|close to|near|familiar with|among)\s/i
/**
 * Epithets news uses for someone already named: "the 34-year-old", "the Spaniard", "the
 * father-of-two", "the veteran". Resolved to the person the article is about.
 */
export const EPITHET =
  /(?:^|\s)(\d+-year-old|\p{Lu}\p{Ll}+(?:man|woman|ian|ard|ese|ish|ch|i)|father-of-\w+|mother-of-\w+|grandfather|grandmother|grandmother-of-\w+|pensioner|teenager|youngster|veteran|star|actor|actress|singer|rapper|presenter|businessman|businesswoman|entrepreneur|billionaire|millionaire|politician|campaigner|worker|driver|teacher|nurse|student|resident|victim|survivor|farmer|builder|soldier|athlete|olympian|champion|winner|runner|cyclist|boxer|fighter|golfer|swimmer|bowler|batsman|batter|pitcher|quarterback|striker|midfielder|defender|winger|goalkeeper|keeper|forward|skipper|captain|coach|manager|boss|chief|leader|minister|senator|mp|councillor|mayor|president|chairman|founder|ceo|man|woman|boy|girl|mum|mom|dad|author|writer|biographer|historian|journalist|broadcaster|comedian|pundit|novelist|academic)$/iu
const DETERMINER = /^(the|a|an|one|another|two|three|four|some|several|many|most|other|a\s+senior|his|her|their|its|our)\s+/i
const NAME_TOKEN = /^(\p{Lu}[\p{L}\p{M}'’-]*[\p{L}\p{M}]\.?|\p{Lu}\.?|\p{Lu}\.(\p{Lu}\.)*|Mc\p{Lu}\p{L}+|O['’]\p{Lu}\p{L}+)$/u
const LEADING_DATE = /^(?:In|On|By|Since|During|Until|Last|This|Earlier|Later)\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year|week|month)\s+(?=\p{Lu})/u
/** Days, months (not "May", a name too) and "today"-like words: when, never who. */
export const WHEN_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Yesterday|Today|Tonight'
const WHEN_WORD = new RegExp(`^(?:${WHEN_WORDS})$`)
/** Whether `word`, first in a run, is a participle or epithet before the name `next` opens. */
function opensBeforeName(word: string, next: string): boolean {
  if (COURT_OPENER.test(word)) return true
  const epithet = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(word) || /^(?:Mother|Father|Mum|Dad|Grandmother|Grandfather)-of-/i.test(word)
  return epithet && looksLikePersonName(next) && !looksLikePersonName(word)
}

const COURT_OPENER = /^(?:Prosecuting|Defending|Mitigating|Representing|Sentencing),?$/
const MODIFIER_COMPOUND = /-(?:based|owned|born|listed|headquartered|backed|led|run|registered)$/i
const POST_NOMINAL = /^(MP|MEP|MSP|MS|MLA|TD|QC|KC|OBE|MBE|CBE|KBE|DBE|PhD)$/
const HONORIFIC_PAIR = /^(Tan|Puan|Datuk|Dato['’]?|Datin|Toh)$/
const PARTICLE = /^(al|al-|bin|ibn|de|del|della|der|den|van|von|da|di|du|la|le|el|ben|dos|das|ten|ter|op|het|zu|st\.?)$/i

/** Parses the phrase next to a cue; null when it is no speaker (a clause, a date, nothing). */
export function parseSpeakerPhrase(raw: string): SpeakerPhrase | null {
  let phrase = raw
    .replace(/^[\s,.;:"'“”‘’—–-]+|[\s,.;:"'“”‘’—–-]+$/g, '')
    .replace(/^(?:(?:and|but|while|as|so|then|also|yet|what|how|why|where|when|however|meanwhile|moreover|nevertheless|nonetheless|still|indeed|instead)\s+)+/i, '')
    // "In 2011 Dr Max Langham": a date opening the sentence without its comma.
    .replace(LEADING_DATE, '')
    .trim()
  if (!phrase) return null
  // "a government amendment that Labour [warned]": the relative clause's own subject speaks.
  const relative = /^[^,]*?\s(?:that|which)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|he|she|they)$/u.exec(phrase)
  if (relative) return parseSpeakerPhrase(relative[1]!)
  // "Ali Soufan, a former FBI supervisory special agent," / "Shashank Joshi, …, who was …,"
  const parts = phrase.split(/\s*,\s*/).filter(Boolean)
  // "… get behind Rishi Sunak, a cabinet minister has said": with no comma closing it, the last
  // part is the subject of the cue, not an apposition of the name before it.
  if (parts.length >= 2 && /\s(?:has|had|have)\s*$/.test(raw) && /^(?:a|an|one|another)\s/i.test(parts[parts.length - 1]!)) {
    const subject = parseSpeakerPhrase(parts[parts.length - 1]!)
    if (subject) return subject
  }
  let head = parts[0]!
  const apposition = parts
    .slice(1)
    .filter((p) => !/^(who|which|that|whose|where|when|speaking|writing|in|on|at|after|before|during|later|earlier|also|however)\b/i.test(p))
    .join(', ')
  // "A minister today", "Rudd on Monday": when is no part of who.
  head = head.replace(TRAILING_TIME, '')
  // "Amber Rudd had already", "Trump accidentally", "Soufan also": trailing adverbs and auxiliaries.
  for (let prevHead = ''; prevHead !== head; ) {
    prevHead = head
    head = head.replace(TRAILING_FILLER, '').trim()
  }
  const lower = head.toLowerCase()
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', text: lower, role: null, definite: true }
  // "Inspector Niall Pawson of Greater Manchester Police", "Sen. John Thune of South Dakota": a
  // name and where the person is from.
  const from = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})\s+of\s+(?:the\s+)?\p{Lu}/u.exec(head)
  if (from) {
    const named = splitName(from[1]!.split(/\s+/))
    if (named && !named.name.split(/\s+/).some((t) => BODY_WORDS.has(t.toLowerCase())) && (named.name.includes(' ') || named.title)) {
      return { kind: 'name', text: named.name, role: cleanRole(apposition) ?? cleanRole(named.title), definite: false }
    }
  }
  // "Osama bin Laden reportedly reading the magazine in disgust and": a clause, not a noun
  // phrase; its subject is the name before the adverb or participle.
  const clause = /^(.+?)\s+(?:\p{Ll}+ly|\p{Ll}{3,}ing)\s+\S/u.exec(head)
  if (clause && clause[1] !== head) {
    const subject = parseSpeakerPhrase(clause[1]!)
    if (subject?.kind === 'name') return subject
  }
  // "later issued a statement", "then released a report": a verb with its object, no speaker.
  if (/(?:^|\s)\p{Ll}{3,}ed\s+(?:a|an|the|its|his|her|their)\s/u.test(head)) return null
  // "Paganini and his team", "Smith and Jones": the speakers as the text names them.
  // "Police and paramedics said", "Residents and shopkeepers say": a group named as the text does.
  const pair = /^(?:the\s+)?([\p{L}'’-]+)\s+and\s+(?:the\s+)?([\p{L}'’-]+)$/iu.exec(head)
  if (pair && (SPEAKER_NOUNS.test(pair[1]!) || BODY_WORDS.has(pair[1]!.toLowerCase())) && (SPEAKER_NOUNS.test(pair[2]!) || BODY_WORDS.has(pair[2]!.toLowerCase()))) {
    return { kind: 'description', text: head.replace(ARTICLE, ''), role: cleanRole(apposition), definite: false }
  }
  const coordinated = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+and\s+((?:his|her|their)\s+(?:team|colleagues|co-authors|coauthors|wife|husband|family|lawyers?)|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u.exec(head)
  if (coordinated && splitName(coordinated[1]!.split(/\s+/))) {
    return { kind: 'description', text: head, role: cleanRole(apposition), definite: false }
  }
  const tokens = head.split(/\s+/)
  if (tokens.length > 16) return null
  // "speaking in the Commons": a participle phrase is an aside, never the speaker; "She told the
  // court the foreman …" is a clause.
  if ((/^\p{Ll}{3,}ing$/u.test(tokens[0]!) || PRONOUNS.has(tokens[0]!.toLowerCase())) && tokens.length > 1) return null
  if (/^(that|which|who|when|while|if|because|to|in|on|at|after|before|for|with|by|from|of|about|into|over|across|through|during|against|among|between|under|without|within|despite|like|than|via|per|since|until|up|out|off|this|these|those|there|here|it's|yesterday|today|tomorrow|last|next|not|no|so|such|is|are|was|were|has|have|had|be|been)$/i.test(tokens[0]!)) {
    return null
  }
  // "the president" and a bare "minister" (headlines: "…, says minister") refer back to someone;
  // "a spokesman" and "one official" do not.
  const definite = !/^(a|an|one|another|some|several|two|three|four|many|most|other)\s/i.test(head)
  // "the union’s general secretary, Sharon Graham": a role, then the name in apposition.
  // ("one of the study's authors, Josep A. Tribo, full professor in …": a role of its own may follow.)
  // ("Perth boss, Simo Valakari": a role with no article will do when a full name follows.)
  const roleFirst = /^(the|a|an|its|his|her|their|one|another)\s/i.test(head) ? parts.length === 2 || SPEAKER_NOUNS.test(head) : parts.length === 2 && SPEAKER_NOUNS.test(head) && /\s/.test(parts[1]!)
  const appositionName = parts.length >= 2 && roleFirst ? splitName(parts[1]!.split(/\s+/)) : null
  // (One word will do for family: "His wife, Sarah, said".)
  const family = /^(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|partner|fianc[ée]e?|girlfriend|boyfriend|mum|mom|dad|grandson|granddaughter)$/i.test(head)
  if (appositionName && !appositionName.title && (appositionName.name.split(/\s+/).length >= 2 || family)) {
    return { kind: 'name', text: appositionName.name, role: cleanRole(head), definite: false }
  }
  // "Detectives said", "Officials say": a capitalised speaker noun at a sentence start is no name.
  if (tokens.length === 1 && SPEAKER_NOUNS.test(tokens[0]!) && /s$/.test(tokens[0]!) && !BODY_WORDS.has(lower)) {
    return { kind: 'description', text: tokens[0]!, role: cleanRole(apposition), definite: false }
  }
  // "Analysts at broker N+1 Singer", "Sources close to the PM": a speaker noun and what it
  // belongs to; the capitalised words after the preposition are a firm, not the speaker's name.
  // (Not a title with "of" before a full name: "Secretary of State Antony Blinken".)
  const titled = splitName(tokens)
  const titledName = titled !== null && titled.title !== null && titled.name.includes(' ') && /^\p{Lu}/u.test(tokens[0]!)
  if (!titledName && SPEAKER_NOUNS.test(tokens[/^(the|a|an)$/i.test(tokens[0]!) ? 1 : 0] ?? '') && POST_MODIFIED.test(head) && tokens.length <= 10 && !/["“”‘]/.test(head)) {
    return { kind: 'description', text: head.replace(ARTICLE, ''), role: cleanRole(apposition), definite }
  }
  // ("A post late Saturday": a day alone is when, never who.)
  const name = titled && !(WHEN_WORD.test(titled.name) && !titled.title) ? titled : null
  // "the Portuguese added", "the Spaniard said": a demonym standing for someone named before.
  if (name && definite && /^the\s/i.test(head) && !name.title && name.name.split(/\s+/).length === 1 && EPITHET.test(name.name)) {
    return { kind: 'description', text: name.name, role: null, definite: true }
  }
  if (name) {
    const role = [name.title, cleanRole(apposition)].filter((r) => r && r.length > 0)
    const isBody = name.name.split(/\s+/).some((t) => BODY_WORDS.has(t.toLowerCase().replace(/[’']s$/, '')))
    if (isBody) return { kind: 'body', text: head.replace(DETERMINER, ''), role: cleanRole(apposition), definite }
    return { kind: 'name', text: name.name, role: cleanRole(apposition) ?? cleanRole(name.title), definite: false }
  }
  // Articles go ("a spokesman" → "spokesman"); counting words stay ("one official", "Another
  // Twitter user"), as annotators and readers name such sources.
  const bare = head.replace(ARTICLE, '')
  // The head noun comes before its post-modifiers: "a man accused of fraud", "a source close to
  // the talks", "the officer who arrested him".
  const core = bare.replace(/\s+(for|of|at|from|in|with|to|inside|within|close to|near|familiar with|on|among|behind|around|who|which|that|whose|accused|charged|convicted|arrested|jailed|found|aged|based|involved|working|living|speaking)\b.*$/i, '')
  // A description is a noun phrase: never a stretch with a quotation in it, nor a long clause.
  if (/["“”‘]/.test(bare) || bare.split(/\s+/).length > 10) return looksLikeBodyName(bare) ? { kind: 'body', text: bare, role: cleanRole(apposition), definite } : null
  if (SPEAKER_NOUNS.test(bare) || SPEAKER_NOUNS.test(core) || EPITHET.test(core)) {
    // "Nisan Ahmado's source inside the Rukban camp" → "source inside the Rukban camp", but a
    // short possessor says whose: "Mr Brown's daughter"; a possessive pronoun does not: "His
    // family" → "family".
    const own = /^.*[’']s\s+(?=\S)/.exec(core)
    const longOwner = own !== null && own[0].trim().split(/\s+/).length > 2
    const text = (longOwner ? bare.slice(own![0].length) : bare).replace(/^(his|her|their|its|our|my)\s+(?:own\s+)?/i, '')
    return { kind: 'description', text, role: cleanRole(apposition), definite }
  }
  if (looksLikeBodyName(bare)) return { kind: 'body', text: bare, role: cleanRole(apposition), definite }
  return null
}

/**
 * Splits "U.S. Attorney General Jeff Sessions" into title "U.S. Attorney General" and name
 * "Jeff Sessions": the name is the run of capitalised tokens at the end of the phrase after the
 * last title or body word.
 */
export function splitName(tokens: readonly string[]): { name: string; title: string | null } | null {
  let end = tokens.length
  while (end > 0 && /^(jr\.?|sr\.?|ii|iii|iv)$/i.test(tokens[end - 1]!)) end--
  // Post-nominal letters after a full name are no part of it ("Nadia Whittome MP", "Jane Roe KC");
  // after one word they are the office ("the Broxtowe MP", "A Tory MP").
  while (end > 2 && POST_NOMINAL.test(tokens[end - 1]!) && NAME_TOKEN.test(tokens[end - 2]!) && NAME_TOKEN.test(tokens[end - 3]!) && !/^(the|a|an)$/i.test(tokens[end - 3]!)) end--
  let k = end
  while (k > 0) {
    const t = tokens[k - 1]!
    if (k < end && PARTICLE.test(t)) {
      k--
      continue
    }
    // ("North American-based Linamar": a compound modifier is no part of the name after it.)
    if (!NAME_TOKEN.test(t) || ROLE_WORDS.has(t.toLowerCase().replace(/[,.]$/, '')) || /[’']s$/.test(t) || MODIFIER_COMPOUND.test(t)) break
    // Malaysian honorifics of two words ("Tan Sri Pandikar Amin Mulia", "Datuk Seri Najib Razak").
    if (k >= 2 && /^(Sri|Seri)$/.test(t) && HONORIFIC_PAIR.test(tokens[k - 2]!)) break
    k--
  }
  // "for the Department for Education": a run after a preposition names a body, not a person.
  if (k > 0 && k < end && /^(for|of|at|from|in|on|with|by|to)$/i.test(tokens[k - 1]!)) return null
  // Body words ("Police", "Intelligence") end the name on the left as well.
  let start = k
  for (let j = end - 1; j >= k; j--) {
    if (BODY_WORDS.has(tokens[j]!.toLowerCase())) {
      start = j + 1
      break
    }
  }
  if (start >= end) {
    // "Greater Manchester Police", "The statement": the whole run is a body.
    const run = tokens.slice(k, end)
    if (run.length > 0 && run.some((t) => BODY_WORDS.has(t.toLowerCase()))) {
      return { name: run.join(' '), title: null }
    }
    return null
  }
  // "The Kremlin", "The IFS": the article is no part of a name.
  while (start < end - 1 && /^(The|A|An)$/.test(tokens[start]!)) start++
  // "Married Graham Bevan", "Mitigating Arshad Mahmood", "Mother-of-four Emily": a participle or
  // epithet opening the sentence before a first name is no part of the name.
  // ("Prosecuting, Jane Roe said" loses its comma in a run: the court's -ing words open no name.)
  let opener = 0
  if (end - start >= 2 && opensBeforeName(tokens[start]!, tokens[start + 1]!)) opener = ++start
  const nameTokens = tokens.slice(start, end)
  if (nameTokens.length > 5) return null
  // "Prime Ministers’ Questions": a plural possessive before the run makes it a thing, not a name
  // (a singular one is where the person is from: "Jamaica’s Danielle Williams", "Labour’s Keir Starmer").
  // (A person's possession is a thing: "Michelle Paver's Wolf Brother" is her book.)
  if (start > 0 && (/s[’']$/.test(tokens[start - 1]!) || (/[’']s$/.test(tokens[start - 1]!) && (!looksLikePersonName(nameTokens.join(' ')) || (start > 1 && looksLikePersonName(`${tokens[start - 2]} ${tokens[start - 1]!.slice(0, -2)}`)))))) return null
  if (nameTokens.length === 1 && (/^(The|A|An|This|That|These|Those|It|He|She|They|We|I|One|Another|Some|His|Her|Their|Our|But|And)$/.test(nameTokens[0]!) || SENTENCE_ADVERB.test(nameTokens[0]!))) {
    return null
  }
  // The title is the run of title words and capitalised words right before the name:
  // "Hours after US President Donald Trump" → "US President".
  let t = start
  while (t > opener) {
    const w = tokens[t - 1]!
    // ("on Tuesday Mr Ebbers": a day is when, not part of the title.)
    if (ROLE_WORDS.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && !WHEN_WORD.test(w)) || /^(of|for|the|and|at|on)$/i.test(w)) t--
    else break
  }
  while (t < start && /^(of|for|the|and|at|on)$/i.test(tokens[t]!)) t++
  const title = tokens.slice(t, start).join(' ').replace(DETERMINER, '').replace(/^(the|a|an)$/i, '').trim()
  // ("North American-based" says where from, not what office: no title.)
  return { name: nameTokens.join(' '), title: title.length > 0 && /[\p{L}]/u.test(title) && !MODIFIER_COMPOUND.test(title) ? title : null }
}

const TRAILING_TIME = /\s+(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week|month|year)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/

// Lower case only: in running text these words are never capitalised mid-phrase, while "Mrs May",
// "Theresa May" and "Will Young" are names.
const TRAILING_FILLER =
  /\s+(already|also|later|earlier|then|again|previously|similarly|recently|once|had|has|have|was|is|were|are|will|would|could|should|may|might|must|did|does|do|not|never|just|still|even|only|who|which|(?!(?:family|ally|assembly|supply|rally|bully|daily|weekly|monthly|quarterly)$)\p{Ll}{2,}ly)$/u

// Captions' position words are not roles: "Donald Trump, right, talks with …".
const NOT_A_ROLE = /^(right|left|centre|center|pictured|above|below|top|bottom|inset|file|second (from )?(left|right)|far (left|right)|front|back|rear|seated|standing)$/i

// Honorifics are not roles: "Dr Helen Moore", "Ms Costa".
const HONORIFIC = /^(dr|dr\.|mr|mr\.|mrs|mrs\.|ms|ms\.|mx|sir|dame|lord|lady|prof|prof\.|rev|rev\.)$/i

/** A capitalised body name: "Greater Manchester Police", "UK’s National Police Chiefs’ Council". */
/** Capitalised at a sentence start, never a name or a body: "Just last night, I was watching …". */
const SENTENCE_ADVERB = /^(Just|Only|Even|Still|Also|Now|Then|Here|There|So|Yet|Perhaps|Maybe|Indeed|Instead|Meanwhile|However|Already|Nonetheless|Nevertheless|Moreover|Furthermore|Additionally|Similarly|Likewise|Otherwise|Overall|Ultimately|Finally|Today|Yesterday|Tomorrow|Tonight)$/

function looksLikeBodyName(s: string): boolean {
  const tokens = s.split(/\s+/)
  if (tokens.length > 8 || !/^\p{Lu}/u.test(tokens[tokens.length - 1]!) || SENTENCE_ADVERB.test(tokens[0]!)) return false
  const caps = tokens.filter((t) => /^\p{Lu}/u.test(t)).length
  return tokens.every((t) => /^\p{Lu}/u.test(t) || /^(of|the|for|and|in|on|at|de|du|&)$/i.test(t)) && caps >= 1
}

/** A role as the text gives it, without its article, relative clause or caption position words. */
export function cleanRole(s: string | null | undefined): string | null {
  if (!s || NOT_A_ROLE.test(s.trim()) || HONORIFIC.test(s.trim()) || /^(who|which|that|whose|where|when|there|it|this|these|those|he|she|they|we|i|you)\b/i.test(s.trim())) return null
  // "a neuroscientist at Oxford who was not involved in the study" → "neuroscientist at Oxford"
  const r = s.replace(/^(a|an|the)\s+/i, '').replace(/\s+(who|which|that|whose)\s.*$/i, '').replace(/[\s,.;:]+$/, '').trim()
  if (!r || r.split(/\s+/).length > 18) return null
  return r
}
