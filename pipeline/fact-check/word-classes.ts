/**
 * Word lists the quote matcher consults (keys as normaliseQuote folds them: no apostrophes).
 *
 * FUNCTION_WORDS may be swapped or dropped in a short quote without making it a different
 * quotation: Amber Rudd's "that should not happen again" is "it should not happen again"
 * elsewhere, and Theresa May's "between our law enforcement agencies" loses its "our".
 */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those it its it's i me my we us our ours you your he him his she her they
  them their there here and or but so if then as of to in on at by for with from into onto about over
  is are was were be been being am do does did have has had will would shall should can could may
  might must just very really also too all any some such what which who whom whose when where why how
  well oh now up out`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Words that turn a statement round. "I will resign" and "I will not resign" are not the same
 * quotation unless a long stretch of identical words says they are (see matchQuotes).
 */
export const NEGATIONS = new Set(
  `not no never nothing nobody none neither nor cannot cant dont doesnt didnt wont wouldnt shouldnt
  couldnt isnt arent wasnt werent havent hasnt hadnt mustnt neednt aint without`
    .split(/\s+/)
    .filter(Boolean),
)
