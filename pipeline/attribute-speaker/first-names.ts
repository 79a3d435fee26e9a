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

/** Returns the gender a first name or title suggests, or 'unknown'. */
export function guessGender(fullName: string): Gender {
  const first = fullName.split(/\s+/)[0]!.toLowerCase().replace(/\.$/, '')
  if (['mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother'].includes(first)) return 'male'
  if (['mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'princess', 'sister'].includes(first)) return 'female'
  if (FEMALE.has(first)) return 'female'
  if (MALE.has(first)) return 'male'
  return 'unknown'
}
