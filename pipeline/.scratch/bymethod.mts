import { readFileSync, readdirSync } from 'node:fs'
import { processDocument } from '../process-document.ts'
import { matchSpeaker } from '../eval/match-speaker.ts'
const [goldFile, docsDir] = process.argv.slice(2) as [string, string]
const gold = readFileSync(goldFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
const tally: Record<string, [number, number]> = {}
const kinds: Record<string, [number, number]> = {}
let missingSpeakerWhenGoldHas = 0, nonNullWhenGoldNull = 0
for (const f of readdirSync(docsDir).sort()) {
  const g = gold.filter((r: any) => r.doc === f && r.kind !== 'term')
  if (!g.length) continue
  const text = readFileSync(docsDir + '/' + f, 'utf8').replace(/^\uFEFF/, '')
  for (const q of processDocument({ sourceFile: f, text }).quotes) {
    let best: any = null, bestOv = 0
    for (const r of g) { const ov = Math.min(q.end, r.end) - Math.max(q.start, r.start); if (ov > bestOv) { bestOv = ov; best = r } }
    if (!best) continue
    const ok = matchSpeaker(q.speaker, best)
    const key = q.attribution + (q.attribution === 'explicit' ? ':' + (q.cue ?? '') : '')
    const k2 = q.attribution
    tally[k2] ??= [0, 0]; tally[k2][ok ? 0 : 1]++
    kinds[q.kind + '/' + best.kind] ??= [0, 0]; kinds[q.kind + '/' + best.kind][ok ? 0 : 1]++
    if (!ok && q.speaker === null) missingSpeakerWhenGoldHas++
    if (!ok) { const k3 = q.attribution + '/' + q.kind + '/marks:' + (text[q.start - 1] ?? '?') + (q.segments.length > 1 ? '/multi' : '') + '/para:' + (q.line); (globalThis as any).wrong ??= {}; const w = (globalThis as any).wrong; w[q.attribution + '/' + q.kind + '/' + (text[q.start-1])] = (w[q.attribution + '/' + q.kind + '/' + (text[q.start-1])] ?? 0) + 1 }
    if (!ok && best.speaker === null) nonNullWhenGoldNull++
  }
}
console.log('by method [right, wrong]:', JSON.stringify(tally))
console.log('by sys/gold kind [right, wrong]:', JSON.stringify(kinds))
console.log('wrong by method/kind/open mark:', JSON.stringify((globalThis as any).wrong))
console.log('wrong with null speaker:', missingSpeakerWhenGoldHas, ' wrong where gold null:', nonNullWhenGoldNull)
