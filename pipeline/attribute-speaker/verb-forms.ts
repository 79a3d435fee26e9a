/**
 * Irregular past tenses news writes after a subject ("Jos Buttler struck …", "Richardson stood up
 * and shouted", "Mahrez rose to the occasion"): a regex alternation, for the patterns that tell a
 * clause's subject by the verb after it (regular ones end in -ed and are matched as such).
 */
export const IRREGULAR_PAST = [
  'beat', 'became', 'began', 'bought', 'broke', 'brought', 'caught', 'chose', 'came', 'cut', 'drew', 'drove',
  'fell', 'felt', 'fled', 'flew', 'fought', 'found', 'gave', 'got', 'grew', 'heard', 'held', 'hit', 'kept',
  'knew', 'laid', 'led', 'left', 'let', 'lost', 'made', 'meant', 'met', 'overcame', 'paid', 'put', 'quit',
  'ran', 'rode', 'rose', 'said', 'sang', 'sat', 'saw', 'sent', 'set', 'shot', 'shut', 'sold', 'spent',
  'spoke', 'sprang', 'stole', 'stood', 'struck', 'stuck', 'swam', 'swore', 'taught', 'thought', 'threw',
  'told', 'took', 'tore', 'understood', 'underwent', 'went', 'withdrew', 'woke', 'won', 'wore', 'wrote',
].join('|')
