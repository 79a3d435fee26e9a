import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { ArchiveParts } from '../../pipeline/release/archive-parts.ts'
import { archiveMismatch, writeArchive } from '../../pipeline/release/write-archive.ts'
import { mulberry32 } from '../../pipeline/bench/mulberry32.ts'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function folder(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ql-parts-'))
  dirs.push(root)
  const dir = path.join(root, 'v9.9.9')
  mkdirSync(dir)
  const random = mulberry32(7)
  // Text that compresses, a file just over one 64 KiB step, an empty one, and a multiple of the step.
  const words = ['said', 'the', 'minister', '“we', 'will', 'not”', 'résumé', 'quote', '\n']
  const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')
  writeFileSync(path.join(dir, 'quotes.jsonl'), text(200_000))
  writeFileSync(path.join(dir, 'quotes.csv'), text(12_000))
  writeFileSync(path.join(dir, 'empty.jsonl'), '')
  writeFileSync(path.join(dir, 'exact.csv'), Buffer.alloc(1 << 17, 'x'))
  writeFileSync(path.join(dir, 'README.md'), '# small\n')
  return dir
}

describe('ArchiveParts: the zip deflated on a worker thread while the release is finished', () => {
  test('an archive from prepared entries has the bytes of one deflated inline', async () => {
    const dir = folder()
    const created = '2021-03-04T13:37:10Z'
    // The entries are named after the archive: same name, two folders.
    mkdirSync(path.join(dir, '..', 'inline'))
    mkdirSync(path.join(dir, '..', 'from-parts'))
    const inline = path.join(dir, '..', 'inline', 'release.zip')
    writeArchive(dir, inline, created)

    const parts = new ArchiveParts(path.join(dir, '..', 'parts'), 0)
    for (const name of readdirSync(dir)) if (name !== 'README.md') parts.prepare(path.join(dir, name))
    const prepared = await parts.settled()
    expect([...prepared.keys()].sort()).toEqual(['empty.jsonl', 'exact.csv', 'quotes.csv', 'quotes.jsonl'])
    const fromParts = path.join(dir, '..', 'from-parts', 'release.zip')
    writeArchive(dir, fromParts, created, prepared)
    await parts.close()

    expect(readFileSync(fromParts).equals(readFileSync(inline))).toBe(true)
    expect(archiveMismatch(dir, fromParts)).toBeNull()
    expect(existsSync(path.join(dir, '..', 'parts'))).toBe(false)
  })

  test('files under the size floor are left to the archive writer; no worker is started for them', async () => {
    const dir = folder()
    const parts = new ArchiveParts(path.join(dir, '..', 'parts'))
    parts.prepare(path.join(dir, 'README.md'))
    expect((await parts.settled()).size).toBe(0)
    expect(existsSync(parts.dir)).toBe(false)
    await parts.close()
  })

  test('a file that cannot be read fails the archive, naming the cause', async () => {
    const dir = folder()
    const parts = new ArchiveParts(path.join(dir, '..', 'parts'), 0)
    // Removed before the worker reaches it (the worker takes a moment to start).
    parts.prepare(path.join(dir, 'quotes.csv'))
    rmSync(path.join(dir, 'quotes.csv'))
    await expect(parts.settled()).rejects.toThrow(/could not deflate a release file for the archive: .*ENOENT/)
    await parts.close()
  })
})
