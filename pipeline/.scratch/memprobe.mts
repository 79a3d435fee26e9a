import { buildDataset } from '../build-dataset.ts'
import * as fc from '../fact-check/index.ts'
import * as wa from '../release/write-archive.ts'
const t0 = performance.now()
let peak = 0
const log = (what: string) => { const r = process.memoryUsage(); console.error(`${((performance.now()-t0)/1000).toFixed(1)}s ${what} rss=${(r.rss/1e6).toFixed(0)} heap=${(r.heapUsed/1e6).toFixed(0)} ext=${(r.external/1e6).toFixed(0)} ab=${(r.arrayBuffers/1e6).toFixed(0)} maxrss=${(process.resourceUsage().maxRSS/1024).toFixed(0)}`) }
const iv = setInterval(() => log('tick'), 2000)
await buildDataset({ inputDir: process.argv[2]!, outDir: '/tmp/bout2', configPath: '/work/main/dataset.yaml', datasetVersion: '0.0.' + Date.now() % 1000, corpus: { workers: 2 } })
log('end'); clearInterval(iv)
