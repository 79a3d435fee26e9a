import { readFileSync } from 'node:fs'
import { buildFactCheckLayer } from '../fact-check/index.ts'
const gc = (globalThis as any).gc as () => void
const mb = () => { gc(); return (process.memoryUsage().heapUsed / 1e6).toFixed(0) }
const quotes = readFileSync('/tmp/bout/v0.0.0/quotes.jsonl', 'utf8').trim().split('\n').map((l) => { const q = JSON.parse(l); return { quote_id: q.quote_id, article_id: q.article_id, source_file: q.source_file, start: q.start, end: q.end, quote: q.quote, speaker: q.speaker, speaker_role: q.speaker_role, kind: q.kind } })
const articles = readFileSync('/tmp/bout/v0.0.0/articles.jsonl', 'utf8').trim().split('\n').map((l) => { const a = JSON.parse(l); return { article_id: a.article_id, outlet: a.outlet } })
console.log('quotes', quotes.length, 'heap after load', mb())
const t = performance.now()
let peak = 0
const iv = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed) }, 5)
const layer = buildFactCheckLayer(articles as any, quotes as any)
clearInterval(iv)
console.log('build s', ((performance.now() - t) / 1000).toFixed(2), 'heap with layer', mb(), 'groups', layer.groups.length, 'speakers', layer.speakers.length)
;(layer as any).quotes = null
console.log('heap without layer.quotes', mb())
;(layer as any).groups = null
console.log('heap without groups', mb())
console.log('maxRSS MB', (process.resourceUsage().maxRSS / 1024).toFixed(0))
