// Worker-thread entry for the corpus pool (piscina). Plain JavaScript so that it loads in any
// Node, then registers tsx's loader in this thread: tsx started with `tsx script.ts` does not
// make worker threads understand TypeScript (checked on Node 20 + tsx 4), and vitest's
// transform does not reach them either. No build step needed.
import { register } from 'tsx/esm/api'

register()
const { processBatch } = await import('./process-batch.ts')

export default processBatch
