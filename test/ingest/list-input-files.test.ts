import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, linkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { listInputFiles } from '../../pipeline/ingest/list-input-files.ts'
import { validators } from '../../pipeline/validate/schemas.ts'

let tmp = ''
afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
  tmp = ''
})

/** Builds a tree: 'a/b.txt' → file, 'a/link' with target → symlink. */
function tree(spec: Record<string, string | { link: string }>): string {
  tmp = mkdtempSync(path.join(tmpdir(), 'ql-list-'))
  for (const [rel, content] of Object.entries(spec)) {
    const abs = path.join(tmp, rel)
    mkdirSync(path.dirname(abs), { recursive: true })
    if (typeof content === 'string') writeFileSync(abs, content)
    else symlinkSync(content.link, abs)
  }
  return tmp
}

function list(dir: string) {
  const result = listInputFiles(dir)
  for (const d of result.diagnostics) expect(validators.diagnostic(d), JSON.stringify(d)).toBe(true)
  for (const f of result.files) expect(f.absPath).toBe(path.join(dir, ...f.relPath.split('/')))
  return { rel: result.files.map((f) => f.relPath), diags: result.diagnostics.map((d) => [d.file, d.rule]) }
}

test('every .txt, recursively, sorted by UTF-16 code units with / separators; odd names work', () => {
  const dir = tree({
    'b.txt': '', 'a b/x.txt': '', 'a/x.txt': '', '-leading-dash.txt': '', 'Zürich/ß.txt': '', 'Z.TXT': '',
    'notes.md': '', '.txt': '', 'emoji 😀.txt': '', 'ｆｕｌｌ.txt': '', 'deep/er/still/z.txt': '',
  })
  expect(list(dir)).toEqual({
    // '-' 0x2D < 'Z' 0x5A < 'a' < 'a b/' (space 0x20 < '/' 0x2F) < 'a/' ...; astral by code units.
    rel: ['-leading-dash.txt', 'Z.TXT', 'Zürich/ß.txt', 'a b/x.txt', 'a/x.txt', 'b.txt', 'deep/er/still/z.txt', 'emoji 😀.txt', 'ｆｕｌｌ.txt'],
    diags: [],
  })
})

test('the order does not depend on the order files were created in', () => {
  const names = ['c.txt', 'A.txt', 'b/a.txt', 'b.txt', 'é.txt', 'e.txt', '𝒜.txt', '\uFFFD.txt']
  const first = list(tree(Object.fromEntries(names.map((n) => [n, '']))))
  rmSync(tmp, { recursive: true, force: true })
  const second = list(tree(Object.fromEntries([...names].reverse().map((n) => [n, '']))))
  expect(second).toEqual(first)
  expect(first.rel).toEqual([...first.rel].sort())
})

test('a symlink loop is reported once and the walk ends', () => {
  const dir = tree({ 'a/x.txt': '', 'a/self': { link: '.' }, 'a/up': { link: '..' } })
  expect(list(dir)).toEqual({
    rel: ['a/x.txt'],
    diags: [['a/self', 'ingest:symlink-loop'], ['a/up', 'ingest:symlink-loop']],
  })
})

test('two folders linking to each other end; each real folder is read once', () => {
  const dir = tree({ 'p/x.txt': '', 'q/y.txt': '', 'p/to-q': { link: '../q' }, 'q/to-p': { link: '../p' } })
  const { rel, diags } = list(dir)
  expect(rel).toEqual(['p/x.txt', 'q/y.txt'])
  expect(diags).toEqual([['p/to-q', 'ingest:duplicate-folder'], ['q/to-p', 'ingest:duplicate-folder']])
})

test('a link to a folder outside the input is followed; the real path wins over a link inside', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'ql-outside-'))
  try {
    writeFileSync(path.join(outside, 'far.txt'), '')
    symlinkSync(outside, path.join(outside, 'loop'))
    const dir = tree({ '2019/x.txt': '', 'archive': { link: '2019' }, 'ext': { link: outside } })
    expect(list(dir)).toEqual({
      rel: ['2019/x.txt', 'ext/far.txt'],
      diags: [['archive', 'ingest:duplicate-folder'], ['ext/loop', 'ingest:symlink-loop']],
    })
  } finally {
    rmSync(outside, { recursive: true, force: true })
  }
})

test('the same file through a symlink or a hard link is taken once; broken links are reported', () => {
  const dir = tree({ 'real.txt': 'x', 'z-link.txt': { link: 'real.txt' }, 'a-link.txt': { link: 'real.txt' }, 'dangling.txt': { link: 'nowhere.txt' } })
  linkSync(path.join(dir, 'real.txt'), path.join(dir, 'hard.txt'))
  expect(list(dir)).toEqual({
    rel: ['hard.txt'],
    diags: [['a-link.txt', 'ingest:duplicate-file'], ['dangling.txt', 'ingest:broken-symlink'], ['real.txt', 'ingest:duplicate-file'], ['z-link.txt', 'ingest:duplicate-file']],
  })
})

test('a metadata file with no input beside it is reported; one with an input is not', () => {
  const dir = tree({ 'a.txt': '', 'a.meta.yaml': '', 'typo.meta.yaml': '' })
  expect(list(dir)).toEqual({ rel: ['a.txt'], diags: [['typo.meta.yaml', 'ingest:orphan-metadata']] })
})

test('a missing input folder or a file given as the folder is an error, not a throw', () => {
  const dir = tree({ 'a.txt': '' })
  expect(list(path.join(dir, 'missing')).diags).toEqual([[path.join(dir, 'missing'), 'ingest:unreadable-folder']])
  expect(list(path.join(dir, 'a.txt')).diags).toEqual([[path.join(dir, 'a.txt'), 'ingest:not-a-folder']])
})

test('a FIFO named .txt is skipped, never opened', async () => {
  const dir = tree({ 'a.txt': '' })
  const { execFileSync } = await import('node:child_process')
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')])
  expect(list(dir)).toEqual({ rel: ['a.txt'], diags: [['pipe.txt', 'ingest:not-a-regular-file']] })
})

// Root reads every folder whatever its mode, so this can only be checked as another user.
test.skipIf(process.getuid?.() === 0)('an unreadable folder is reported and the rest is listed', () => {
  const dir = tree({ 'ok/a.txt': '', 'locked/b.txt': '' })
  chmodSync(path.join(dir, 'locked'), 0o000)
  try {
    expect(list(dir)).toEqual({ rel: ['ok/a.txt'], diags: [['locked', 'ingest:unreadable-folder']] })
  } finally {
    chmodSync(path.join(dir, 'locked'), 0o755)
  }
})

test('custom extensions', () => {
  const dir = tree({ 'a.txt': '', 'b.text': '', 'c.TEXT': '' })
  expect(listInputFiles(dir, { extensions: ['.text'] }).files.map((f) => f.relPath)).toEqual(['b.text', 'c.TEXT'])
})
