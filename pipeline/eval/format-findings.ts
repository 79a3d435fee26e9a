import type { Finding } from './types.ts'

/**
 * One line per miss, false quote and wrong speaker: doc, offsets, what went wrong, the text.
 *   000_x.txt 290-305 MISS partial (cover 0%) "complete review"
 */
export function formatFindings(findings: readonly Finding[], maxText = 160): string {
  return findings
    .map((f) => {
      const where = `${f.doc} ${f.start}-${f.end}`
      const text = JSON.stringify(shorten(f.text, maxText))
      switch (f.type) {
        case 'miss':
          return `${where} MISS ${f.kind} (covered ${percent(f.coverage)}) ${text}`
        case 'false-quote':
          return `${where} FALSE${f.inTerm ? ' (in a term span)' : ''} (in gold ${percent(f.inside)}) ${text}`
        case 'wrong-speaker':
          return `${where} SPEAKER want ${JSON.stringify(f.expected)} got ${JSON.stringify(f.got)} ${text}`
      }
    })
    .join('\n')
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ')
  const chars = Array.from(flat)
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`
}
