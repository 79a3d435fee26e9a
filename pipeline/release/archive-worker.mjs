// Worker thread that deflates release files for the archive while the main thread goes on
// writing the rest of the release (see archive-parts.ts). Plain JavaScript that registers tsx's
// loader in this thread, as corpus-worker.mjs does.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { compressEntry } = await import('./compress-entry.ts')

parentPort.on('message', ({ id, file, compressed }) => {
  try {
    parentPort.postMessage({ id, entry: compressEntry(file, compressed) })
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
})
