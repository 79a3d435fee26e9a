import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../types.generated.ts'
import { scanUtf8 } from './scan-utf8.ts'

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface ReadSourceOptions {
  /** Files larger than this are refused unread. Default 64 MiB. */
  maxBytes?: number
}

export type ReadSourceResult =
  | { ok: true; text: string; encoding: SourceEncoding; bom: boolean; diagnostics: Diagnostic[] }
  | { ok: false; reason: string; rule: string; diagnostics: Diagnostic[] }

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

/** Invalid sequences named one by one before the rest are summed up in one line. */
const MAX_BYTE_WARNINGS = 10

/**
 * Reads and decodes one input file. UTF-8 (BOM removed, nothing else changed), UTF-16 LE/BE with
 * a BOM, and Windows-1252 when the bytes are not UTF-8 (curly quotes as 0x93/0x94) are taken;
 * invalid bytes become U+FFFD with a warning naming the byte offset and line:column. Refused,
 * with a reason and a rule id (the same diagnostic is in `diagnostics`): unreadable files,
 * files over `maxBytes`, binary files (NUL bytes, or an image/PDF/archive signature).
 * An empty file is read (no articles) with a warning.
 */
export function readSource(absPath: string, relPath: string, options: ReadSourceOptions = {}): ReadSourceResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const diagnostics: Diagnostic[] = []
  const warn = (rule: string, message: string, at?: { line: number; column: number }) =>
    diagnostics.push({ file: relPath, line: at?.line ?? null, column: at?.column ?? null, severity: 'warning', stage: 'ingest', rule, message })
  const refuse = (rule: string, reason: string): ReadSourceResult => {
    diagnostics.push({ file: relPath, line: null, column: null, severity: 'error', stage: 'ingest', rule, message: `File refused: ${reason}` })
    return { ok: false, reason, rule, diagnostics }
  }

  const read = readBounded(absPath, maxBytes)
  if ('error' in read) return refuse(read.rule, read.error)
  const bytes = read.bytes

  // Byte order marks first: a UTF-16 file is full of NUL bytes and would look binary.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('ingest:unsupported-encoding', 'UTF-32 text is not supported; save it as UTF-8')
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: SourceEncoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    const decoded = decodeUtf16(bytes.subarray(2), encoding)
    if (decoded.oddByte) warn('ingest:invalid-utf16', `Odd number of bytes in ${encoding.toUpperCase()}: the last byte is dropped`)
    if (decoded.loneSurrogates > 0) {
      warn('ingest:invalid-utf16', `${decoded.loneSurrogates} unpaired surrogate${s(decoded.loneSurrogates)} in ${encoding.toUpperCase()} replaced by U+FFFD`)
    }
    const nul = decoded.text.indexOf('\0')
    if (nul >= 0) return refuse('ingest:binary-file', `binary data: U+0000 at character ${nul} of the ${encoding.toUpperCase()} text`)
    return finish(decoded.text, encoding, true)
  }

  const utf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
  const body = utf8Bom ? bytes.subarray(3) : bytes
  if (!utf8Bom) {
    const signature = binarySignature(bytes)
    if (signature) return refuse('ingest:binary-file', `binary data: ${signature} signature`)
  }
  const nul = body.indexOf(0)
  if (nul >= 0) {
    return refuse('ingest:binary-file', `binary data: NUL byte at offset ${nul + (utf8Bom ? 3 : 0)} (or UTF-16 text without a byte order mark)`)
  }

  const scan = scanUtf8(body, MAX_BYTE_WARNINGS)
  // Windows-1252 when nothing says UTF-8: no BOM, and invalid sequences outnumber valid
  // multi-byte ones (“Hello” saved by an old CMS is 93 48 65 6C 6C 6F 94, never valid UTF-8).
  // A UTF-8 file with a few stray bytes keeps its UTF-8 and gets a warning per bad sequence.
  if (!utf8Bom && scan.invalidCount > scan.multiByteCount) {
    const text = iconv.decode(body, 'windows-1252')
    if (scan.multiByteCount > 0) {
      warn('ingest:mixed-encoding', `Read as Windows-1252, but ${scan.multiByteCount} byte sequence${s(scan.multiByteCount)} would be valid UTF-8: the file may mix encodings`)
    }
    reportUndefinedCp1252(body, text, warn)
    return finish(text, 'windows-1252', false)
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body)
  for (const bad of scan.invalid) {
    const offset = bad.offset + (utf8Bom ? 3 : 0)
    warn('ingest:invalid-utf8', `Invalid UTF-8 (${hexBytes(body, bad.offset, bad.length)}) at byte ${offset} replaced by U+FFFD`, bad)
  }
  if (scan.invalidCount > scan.invalid.length) {
    const more = scan.invalidCount - scan.invalid.length
    warn('ingest:invalid-utf8', `${more} more invalid UTF-8 sequence${s(more)} replaced by U+FFFD`)
  }
  return finish(text, 'utf-8', utf8Bom)

  function finish(text: string, encoding: SourceEncoding, bom: boolean): ReadSourceResult {
    if (text.trim() === '') warn('ingest:empty-file', bytes.length === 0 ? 'Empty file: no articles' : 'File holds only white space: no articles')
    return { ok: true, text, encoding, bom, diagnostics }
  }
}

function readBounded(absPath: string, maxBytes: number): { bytes: Buffer } | { error: string; rule: string } {
  let fd: number
  try {
    fd = openSync(absPath, 'r')
  } catch (err) {
    return { error: `cannot be read (${errorCode(err)})`, rule: 'ingest:unreadable-file' }
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return { error: 'not a regular file', rule: 'ingest:not-a-regular-file' }
    if (stat.size > maxBytes) return { error: tooLarge(stat.size, maxBytes), rule: 'ingest:file-too-large' }
    // Read at most maxBytes + 1, so a file that grows while being read is still caught.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
      if (length === buffer.length) {
        if (length > maxBytes) return { error: tooLarge(length, maxBytes), rule: 'ingest:file-too-large' }
        break
      }
    }
    return { bytes: buffer.subarray(0, length) }
  } catch (err) {
    return { error: `cannot be read (${errorCode(err)})`, rule: 'ingest:unreadable-file' }
  } finally {
    closeSync(fd)
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return `${size} bytes, over the size limit of ${maxBytes} bytes`
}

/** File signatures of formats that are sometimes saved with a .txt name. */
const SIGNATURES: Array<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7|9)a
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP (or DOCX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59] }, // BZh91AY
  { name: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46] }, // RIFF; checked for WEBP below
  { name: 'OLE2 (old Word/Excel)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
]

function binarySignature(bytes: Buffer): string | null {
  for (const sig of SIGNATURES) {
    if (!startsWith(bytes, sig.bytes)) continue
    if (sig.name === 'WebP image' && bytes.toString('latin1', 8, 12) !== 'WEBP') continue
    return sig.name
  }
  return null
}

function decodeUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): { text: string; oddByte: boolean; loneSurrogates: number } {
  const oddByte = bytes.length % 2 === 1
  const even = Buffer.from(bytes.subarray(0, bytes.length - (oddByte ? 1 : 0)))
  if (encoding === 'utf-16be') even.swap16()
  const raw = even.toString('utf16le')
  // Node keeps unpaired surrogates in the string; they cannot be written as UTF-8, so replace them.
  let loneSurrogates = 0
  const text = raw.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, () => {
    loneSurrogates++
    return '\uFFFD'
  })
  return { text, oddByte, loneSurrogates }
}

/** 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character in Windows-1252: iconv-lite gives U+FFFD. */
function reportUndefinedCp1252(
  bytes: Buffer,
  text: string,
  warn: (rule: string, message: string, at?: { line: number; column: number }) => void,
): void {
  // Windows-1252 is one byte per character and every character is in the BMP,
  // so byte offset = UTF-16 index = code-point index.
  let named = 0
  let total = 0
  let line = 1
  let lineStart = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    if (b === 0x0a || b === 0x0d) {
      if (!(b === 0x0a && bytes[i - 1] === 0x0d)) line++
      lineStart = i + 1
      continue
    }
    if (b !== 0x81 && b !== 0x8d && b !== 0x8f && b !== 0x90 && b !== 0x9d) continue
    if (text[i] !== '\uFFFD') continue
    total++
    if (named++ < MAX_BYTE_WARNINGS) {
      warn('ingest:invalid-windows-1252', `Byte 0x${b.toString(16).toUpperCase()} at byte ${i} has no Windows-1252 character; replaced by U+FFFD`, { line, column: i - lineStart + 1 })
    }
  }
  if (total > MAX_BYTE_WARNINGS) {
    warn('ingest:invalid-windows-1252', `${total - MAX_BYTE_WARNINGS} more bytes with no Windows-1252 character replaced by U+FFFD`)
  }
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

function hexBytes(bytes: Buffer, offset: number, length: number): string {
  return [...bytes.subarray(offset, offset + length)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')
}

function s(n: number): string {
  return n === 1 ? '' : 's'
}

function errorCode(err: unknown): string {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : String(err)
}
