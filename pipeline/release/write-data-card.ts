import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Datapackage } from './build-datapackage.ts'
import { CSV_NEUTRALISATION, tableFields } from './build-datapackage.ts'
import type { ReleaseChanges } from './diff-releases.ts'
import type { ReleaseTable } from './release-tables.ts'
import { FALLBACK_DATE } from './release-date.ts'
import { EXCEL_CELL_LIMIT } from '../write/csv-edition.ts'

export interface CardCounts {
  quotes: number
  quotesWithSpeaker: number
  articles: number
  sourceFiles: number
  warnings: number
  errors: number
}

/**
 * Writes the version folder's README.md, a data card: what the dataset is, its counts, files,
 * fields (from the schemas' descriptions), how to load it keeping text as text, how it was built,
 * and its known limits. Generated from the descriptor and the table list only, so it is the same
 * bytes for the same release.
 */
export function writeDataCard(dir: string, descriptor: Datapackage, tables: readonly ReleaseTable[], counts: CardCounts, changes: ReleaseChanges): void {
  writeFileSync(path.join(dir, 'README.md'), dataCard(descriptor, tables, counts, changes))
}

export function dataCard(dp: Datapackage, tables: readonly ReleaseTable[], counts: CardCounts, changes: ReleaseChanges): string {
  const licence = dp.licenses[0]
  const licenceText = licence === undefined ? 'see datapackage.json' : licence.path ? `[${licence.title ?? licence.name}](${licence.path}) (\`${licence.name}\`)` : `\`${licence.name}\``
  const s = changes.summary
  const changeLine =
    changes.previous_version === null
      ? 'first published version'
      : `against ${changes.previous_version}: ${s.quotes_added} quotes added, ${s.quotes_removed} removed, ${s.quotes_changed} changed (CHANGELOG.md, CHANGES.json)`
  const out: string[] = [
    `# ${dp.title}`,
    '',
    `Version **${dp.version}** of \`${dp.name}\`.${dp.description ? ' ' + dp.description : ''}`,
    '',
    '| | |',
    '|---|---|',
    `| Version | ${dp.version} (${changeLine}) |`,
    `| Created | ${dp.created} |`,
    `| Licence | ${licenceText} |`,
    `| Quotes | ${counts.quotes} (${counts.quotesWithSpeaker} with a speaker) |`,
    `| Articles | ${counts.articles}, from ${counts.sourceFiles} input files |`,
    `| Build diagnostics | ${counts.warnings} warnings, ${counts.errors} errors (diagnostics.jsonl) |`,
    '',
    '## Files',
    '',
    '| File | What | Bytes |',
    '|---|---|---|',
    ...dp.resources.map((r) => `| \`${r.path}\` | ${escapeCell(r.title)} | ${r.bytes} |`),
    '| `datapackage.json` | Frictionless Data Package v2 descriptor: every file above with its size, sha256 hash and Table Schema | |',
    '| `CHANGES.json`, `CHANGELOG.md` | Quotes added, removed and changed (by `quote_id`, with the fields that changed) against the previous version | |',
    '| `SHA256SUMS` | Checksums of every file in this folder | |',
    '',
    'Check a download: `sha256sum -c SHA256SUMS` in this folder (macOS: `shasum -a 256 -c SHA256SUMS`).',
    'The JSONL files are the exact, lossless form; the CSV files are the spreadsheet edition of the same rows.',
    'Rows are in input order: by `source_file` (code-unit order), then by position in the file.',
    '',
    '## Fields',
    '',
  ]
  for (const table of tables) {
    out.push(`### ${table.name}${table.csv ? '.csv / .jsonl' : '.jsonl'}`, '', table.description, '', '| Column | Type | Description |', '|---|---|---|')
    for (const f of tableFields(table)) {
      const key = table.primaryKey?.includes(f.name) ? ' (primary key)' : table.foreignKeys?.some((fk) => fk.fields.includes(f.name)) ? ` (→ ${table.foreignKeys.find((fk) => fk.fields.includes(f.name))!.reference.resource})` : ''
      out.push(`| \`${f.name}\` | ${f.type}${key} | ${escapeCell(f.description ?? '')} |`)
    }
    out.push('')
  }
  out.push(
    '## Loading it without losing text',
    '',
    'Ids such as `q_0123…`, offsets and `true`/`false` are text or exact integers; a tool that guesses types may turn text into numbers, dates or missing values. Each recipe below reads every column as text.',
    '',
    '**Excel**: Data → From Text/CSV → pick `quotes.csv`; File origin *65001: Unicode (UTF-8)*, Delimiter *Comma*; *Transform Data*, select all columns, Data Type *Text*, then *Close & Load*. (Double-clicking the file also reads UTF-8, thanks to the byte-order mark, but lets Excel convert values.)',
    '',
    '**Google Sheets**: File → Import → Upload `quotes.csv`; Separator type *Comma*; untick *Convert text to numbers, dates, and formulas*.',
    '',
    '**LibreOffice Calc**: open `quotes.csv`; Character set *Unicode (UTF-8)*, Separated by *Comma*, String delimiter `"`; select all columns in the preview and set Column type *Text*.',
    '',
    '**pandas**:',
    '',
    '```python',
    'import pandas as pd',
    '',
    '# CSV: every column as text, empty cells as "" (not NaN), apostrophe escape undone',
    'quotes = pd.read_csv("quotes.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")',
    'quotes = quotes.apply(lambda col: col.str.replace(r"^\'", "", regex=True))',
    '',
    '# JSONL: exact values and types, no date or number guessing',
    'quotes = pd.read_json("quotes.jsonl", lines=True, dtype=False, convert_dates=False)',
    '```',
    '',
    '**R**:',
    '',
    '```r',
    'library(readr)',
    'quotes <- read_csv("quotes.csv", col_types = cols(.default = col_character()),',
    '                   na = character(), trim_ws = FALSE)',
    'quotes[] <- lapply(quotes, function(x) sub("^\'", "", x))  # undo the apostrophe escape',
    '',
    '# JSONL, exact: jsonlite::stream_in(file("quotes.jsonl"))',
    '```',
    '',
    '## Spreadsheet edition: formula cells',
    '',
    `A spreadsheet runs a cell that starts with \`=\`, \`+\`, \`-\` or \`@\` (and, in some, tab, CR or LF) as a formula: OWASP's CSV-injection list. ${CSV_NEUTRALISATION} Quoting a cell does not stop Excel, so the CSV neutralises such cells; pandas and R keep the apostrophe, which the recipes above remove. The JSONL files are never altered.`,
    '',
    `Excel keeps at most ${EXCEL_CELL_LIMIT.toLocaleString('en-US')} characters in a cell and 1,048,576 rows in a sheet; a longer cell is listed in diagnostics.jsonl as \`write:cell-over-excel-limit\` with the quote's file and line, and the JSONL has it whole.`,
    '',
    '## How it was built',
    '',
    `\`npm run build-dataset -- --dataset-version ${dp.version}\` in quote-ledger: each input file is decoded, split into articles, paragraphs and sentences; quotation marks are paired into quotes (full or partial, multi-paragraph and nested quotes flagged); each quote is attributed to a speaker by rules (a name or description next to a reporting cue, a resolved pronoun, the quotation it continues, or the nearest reported speaker); every record is validated against its JSON Schema; then these files are written. ` +
      'Quote and article ids are hashes of the article text and the quoted words, so they stay the same across builds. ' +
      `The same input and code give byte-identical files: \`created\` is \`SOURCE_DATE_EPOCH\` when set at build time, else the newest article publication date, else ${FALLBACK_DATE}; never the build's clock.`,
    '',
    '## Known limits',
    '',
    '- Speakers are found by rules, not by a trained model: an unusual attribution can be missed (`speaker` empty, `attribution` `none`) or given to the nearest reported speaker (`attribution` `context`). Check `attribution` before relying on a speaker.',
    '- A quote is what stands between quotation marks: scare quotes, titles and slogans can appear as `partial` quotes, and reported speech without marks is not included.',
    '- Offsets (`start`, `end`, `segments`, `sentence_*`) count Unicode code points in the decoded source file (byte-order mark removed); a multi-paragraph quote joins its paragraphs with one space.',
    '- `speaker` is the name as the article gives it; the same person can appear under different spellings across articles.',
    '- Article metadata (`outlet`, `author`, `url`, `published`) is empty where the input gave none.',
    '',
    '## Versions',
    '',
    'Versions follow SemVer: a change to a table\'s columns is a major version, new quotes or articles a minor one, corrections and removals a patch. A published version is never rebuilt with different content.',
    '',
  )
  return out.join('\n')
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
