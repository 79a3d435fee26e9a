import { EPITHET } from '../attribute-speaker/speaker-phrase.ts'
for (const t of ['Lee’s spokesman', 'spokesman', 'Harps manager']) console.log(t, EPITHET.exec(t))
