import type { Diagnostic } from './types.generated.ts'
import { lowerBound } from './lower-bound.ts'

/**
 * One input file's decoded text (BOM removed, nothing else changed) and everything a stage needs
 * to point back into it: line starts, UTF-16 → code-point conversion, and the diagnostics raised
 * on it. Stages work in UTF-16 code units (JavaScript string indices); offsets are converted to
 * code points once, where a record is built.
 */
export class SourceText {
  readonly lineStarts: number[]
  /** UTF-16 indices of the low halves of surrogate pairs, ascending; usually empty. */
  private readonly lowSurrogates: number[]
  readonly diagnostics: Diagnostic[] = []

  constructor(
    /** Path relative to the input folder, '/'-separated. */
    readonly sourceFile: string,
    readonly text: string,
  ) {
    this.lineStarts = findLineStarts(text)
    this.lowSurrogates = findLowSurrogates(text)
  }

  /** Code-point offset of a UTF-16 index. */
  codePointOffset(index: number): number {
    return index - lowerBound(this.lowSurrogates, index)
  }

  /** 1-based line and code-point column of a UTF-16 index. Lines end at LF, CRLF or a lone CR. */
  position(index: number): { line: number; column: number } {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid]! <= index) lo = mid
      else hi = mid - 1
    }
    const lineStart = this.lineStarts[lo]!
    return { line: lo + 1, column: this.codePointOffset(index) - this.codePointOffset(lineStart) + 1 }
  }

  /** Records a diagnostic at a UTF-16 index (or for the whole file when index is null). */
  report(
    index: number | null,
    severity: Diagnostic['severity'],
    rule: string,
    message: string,
  ): void {
    const at = index === null ? { line: null, column: null } : this.position(index)
    this.diagnostics.push({
      file: this.sourceFile,
      line: at.line,
      column: at.column,
      severity,
      stage: rule.slice(0, rule.indexOf(':')),
      rule,
      message,
    })
  }
}

/** `file:line:column severity message  rule`, the one-line form used in the summary. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`
  return `${where} ${d.severity} ${d.message}  ${d.rule}`
}

function findLineStarts(text: string): number[] {
  const starts = [0]
  const re = /\r\n?|\n/g
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length)
  return starts
}

function findLowSurrogates(text: string): number[] {
  const out: number[] = []
  const re = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + 1)
  return out
}

