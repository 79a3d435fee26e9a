import { nextCapRun } from '../segment/char-class.ts'
import { splitName } from '../attribute-speaker/speaker-phrase.ts'
const t = 'Adele, 35, took to Instagram on Sunday. Mr Johnson, 58, told us.'
for (let r = nextCapRun(t, 0, t.length); r; r = nextCapRun(t, r[1], t.length)) console.log(JSON.stringify(t.slice(r[0], r[1])), JSON.stringify(splitName(t.slice(r[0], r[1]).split(/\s+/))))
