import { mkdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { ARCHIVE_LEVEL, type PreparedEntry } from './compress-entry.ts'

/** Files smaller than this are deflated inline when the archive is written: a worker would cost more. */
export const PREPARE_MIN_BYTES = 1 << 20

/**
 * Deflates the release's large files for its zip on a worker thread while the main thread goes
 * on (the quotes table is done long before the data card and checksums), so the second core
 * does the archive's compression instead of idling. Each prepared entry is a raw deflate stream
 * in `dir`; writeArchive copies it into the zip. The archive has the same bytes either way.
 */
export class ArchiveParts {
  private worker: Worker | null = null
  private readonly pending = new Map<number, { resolve: (e: PreparedEntry) => void; reject: (e: Error) => void }>()
  private readonly entries = new Map<string, Promise<PreparedEntry>>()
  private next = 0

  constructor(
    /** Folder for the compressed parts (made when first needed, removed by close). */
    readonly dir: string,
    private readonly minBytes = PREPARE_MIN_BYTES,
  ) {}

  /** Starts deflating `file` (final: it is not written again) when it is large enough. */
  prepare(file: string): void {
    if (statSync(file).size < this.minBytes) return
    const worker = this.start()
    const id = this.next++
    const compressed = path.join(this.dir, `${id}.deflate`)
    const done = new Promise<PreparedEntry>((resolve, reject) => this.pending.set(id, { resolve, reject }))
    // Awaited by settled(); this only keeps a failure from being reported as unhandled first.
    done.catch(() => undefined)
    this.entries.set(path.basename(file), done)
    worker.ref()
    worker.postMessage({ id, file, compressed, level: ARCHIVE_LEVEL })
  }

  /** The prepared entries by file name, once all are deflated. */
  async settled(): Promise<Map<string, PreparedEntry>> {
    const out = new Map<string, PreparedEntry>()
    for (const [name, entry] of this.entries) out.set(name, await entry)
    return out
  }

  /** Stops the worker and removes the parts. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
    for (const { reject } of this.pending.values()) reject(new Error('archive parts closed'))
    this.pending.clear()
    rmSync(this.dir, { recursive: true, force: true })
  }

  private start(): Worker {
    if (this.worker) return this.worker
    mkdirSync(this.dir, { recursive: true })
    const worker = new Worker(new URL('./archive-worker.mjs', import.meta.url))
    worker.on('message', (m: { id: number; entry?: PreparedEntry; error?: string }) => {
      const waiting = this.pending.get(m.id)
      if (!waiting) return
      this.pending.delete(m.id)
      if (this.pending.size === 0) this.worker?.unref()
      if (m.entry) waiting.resolve(m.entry)
      else waiting.reject(new Error(`could not deflate a release file for the archive: ${m.error}`))
    })
    worker.on('error', (err) => {
      for (const { reject } of this.pending.values()) reject(err)
      this.pending.clear()
    })
    // Referenced only while a job is pending: an idle worker must not keep the process alive.
    this.worker = worker
    return worker
  }
}
