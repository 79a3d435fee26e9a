import { createWriteStream, readFileSync } from 'node:fs'
import type { InputFile } from '../ingest/list-input-files.ts'

export interface FloorResult {
  bytes: number
  marks: number
}

/**
 * The floor a real build is compared with: read each file, decode it as UTF-8, find every quote
 * mark with one regex, and write the [start, end) spans between consecutive marks as JSON lines.
 * No segmentation, pairing rules, attribution or validation: the cost of touching the bytes.
 */
export async function scanFloor(files: readonly InputFile[], outFile: string): Promise<FloorResult> {
  const out = createWriteStream(outFile)
  const decoder = new TextDecoder('utf-8')
  const marks = /["\u201C\u201D\u2018\u2019]/g
  let bytes = 0
  let count = 0
  for (const file of files) {
    const buf = readFileSync(file.absPath)
    bytes += buf.length
    const text = decoder.decode(buf)
    const spans: number[][] = []
    let open = -1
    marks.lastIndex = 0
    for (let m = marks.exec(text); m; m = marks.exec(text)) {
      count++
      if (open < 0) open = m.index
      else {
        spans.push([open, m.index + 1])
        open = -1
      }
    }
    if (spans.length > 0 && !out.write(JSON.stringify({ file: file.relPath, spans }) + '\n')) {
      await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
  return { bytes, marks: count }
}
