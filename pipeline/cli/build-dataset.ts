/**
 * npm run build-dataset -- [--input DIR] [--out DIR] [--dataset-version X.Y.Z] [--config FILE]
 *                          [--strict] [--max-bytes N] [--workers N] [--input-format F] [--text-field K …]
 *                          [--shard i/n] [--merge DIR…]
 * Exit codes: 0 built (or unchanged), 1 build failed, 2 bad usage.
 */
import { parseArgs } from 'node:util'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { availableParallelism } from 'node:os'
import { BuildError, buildDataset, formatDiagnostic, removeTemporaryFolders } from '../build-dataset.ts'
import { parseShard } from '../corpus/shard-key.ts'
import type { InputFields } from '../corpus/process-batch.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = `Usage: npm run build-dataset -- [options]

Builds a versioned dataset of direct quotes and their speakers from news articles.

Options:
  --input PATH             folder read recursively, or one file (default: seeds/): .txt files
                           (one article each), .jsonl/.ndjson (one article a line), .csv (one a row)
  --out DIR                where dataset versions are written (default: dist/)
  --dataset-version X.Y.Z  version to build, overriding the config's version
  --config FILE            the dataset's YAML config (default: dataset.yaml)
  --strict                 fail the build, writing nothing, if any input file is refused
  --max-bytes N            refuse input files larger than N bytes (default: 67108864)
  --workers N              worker threads (default: the core count, here ${availableParallelism()}); 0 runs on
                           the main thread. The output is the same bytes for any N.
  --input-format F         txt, jsonl or csv for every input file (default: by extension)
  --text-field K           JSONL key / CSV column holding the article text (default: text)
  --id-field K             ... the record's id, named in diagnostics (default: id)
  --title-field K, --url-field K, --published-field K, --outlet-field K, --author-field K
                           ... the article metadata (defaults: title, url, published, outlet, author)
  --shard i/n              build only shard i of n (1 ≤ i ≤ n): the units whose FNV-1a hash of
                           path (.txt) or path + line (JSONL/CSV) is i-1 modulo n; writes the stage
                           files and a manifest to <out>/shard-i-of-n/ instead of a version
  --merge DIR...           merge shard folders 1..n (from --shard) into one version, the same bytes
                           as a build on one machine; --input is not read
  -h, --help               show this help

JSONL/CSV records that are bad (invalid JSON, no text) are reported with file and line and skipped.
Writes <out>/v<version>/ with quotes.jsonl, quotes.csv, articles.jsonl, articles.csv and
diagnostics.jsonl, and prints a summary on stderr.
Exit codes: 0 built (or already published with the same bytes), 1 build failed, 2 bad usage,
130 interrupted (Ctrl-C: the temporary folder is removed, nothing is published).`

function usageError(message: string): never {
  process.stderr.write(`build-dataset: ${message}\n\n${USAGE}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  let values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        'dataset-version': { type: 'string' },
        config: { type: 'string' },
        strict: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        workers: { type: 'string' },
        'input-format': { type: 'string' },
        'text-field': { type: 'string' },
        'id-field': { type: 'string' },
        'title-field': { type: 'string' },
        'url-field': { type: 'string' },
        'published-field': { type: 'string' },
        'outlet-field': { type: 'string' },
        'author-field': { type: 'string' },
        shard: { type: 'string' },
        merge: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      // Positionals are the shard folders of --merge.
      allowPositionals: true,
    }))
  } catch (err) {
    usageError((err as Error).message)
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n')
    return
  }
  const version = values['dataset-version']
  if (version !== undefined && !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version)) {
    usageError(`--dataset-version must be X.Y.Z, got '${version}'`)
  }
  const maxBytesText = values['max-bytes']
  const maxBytes = maxBytesText === undefined ? undefined : Number(maxBytesText)
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) usageError(`--max-bytes must be a positive whole number, got '${maxBytesText}'`)

  const workersText = values.workers
  const workers = workersText === undefined ? undefined : Number(workersText)
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0)) usageError(`--workers must be a whole number, got '${workersText}'`)
  const format = values['input-format']
  if (format !== undefined && format !== 'txt' && format !== 'jsonl' && format !== 'csv') usageError(`--input-format must be txt, jsonl or csv, got '${format}'`)
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (shard === null) usageError(`--shard must be i/n with 1 ≤ i ≤ n, got '${values.shard}'`)
  const merge = values.merge ? positionals.map((p) => path.resolve(p)) : undefined
  if (!values.merge && positionals.length > 0) usageError(`unexpected argument '${positionals[0]}'`)
  if (merge && merge.length === 0) usageError('--merge needs the shard folders to merge')
  if (merge && shard) usageError('--merge and --shard cannot be used together')
  const fields: Partial<InputFields> = {}
  for (const key of ['text', 'id', 'title', 'url', 'published', 'outlet', 'author'] as const) {
    const v = values[`${key}-field`]
    if (v !== undefined) fields[key] = v
  }

  const inputDir = path.resolve(values.input ?? path.join(ROOT, 'seeds'))
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'dist'))
  const configPath = path.resolve(values.config ?? path.join(ROOT, 'dataset.yaml'))
  try {
    const summary = await buildDataset({
      inputDir,
      outDir,
      configPath,
      ...(version === undefined ? {} : { datasetVersion: version }),
      ...(maxBytes === undefined ? {} : { maxBytes }),
      strict: values.strict ?? false,
      corpus: { fields, ...(workers === undefined ? {} : { workers }), ...(format === undefined ? {} : { format }), ...(shard === undefined ? {} : { shard }) },
      ...(merge === undefined ? {} : { merge }),
    })
    const shown = summary.diagnostics.filter((d) => d.severity !== 'info')
    for (const d of shown.slice(0, 50)) process.stderr.write(formatDiagnostic(d) + '\n')
    if (shown.length > 50) process.stderr.write(`… and ${shown.length - 50} more in diagnostics.jsonl\n`)
    for (const r of summary.refused) process.stderr.write(`refused: ${r.file}: ${r.reason}\n`)
    const where = path.relative(process.cwd(), summary.versionDir) || summary.versionDir
    const what = summary.outcome === 'unchanged' ? `unchanged: ${where} already holds these bytes` : `wrote ${where}`
    process.stderr.write(
      `build-dataset: ${what}: ${summary.files} files, ${summary.articles} articles, ${summary.quotes} quotes, ` +
        `${summary.warnings} warnings, ${summary.errors} errors, ${summary.refused.length} refused\n`,
    )
  } catch (err) {
    if (err instanceof BuildError) {
      for (const d of err.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n')
      process.stderr.write(`build-dataset: ${err.message}\n`)
      process.exit(1)
    }
    process.stderr.write(
      `build-dataset: internal error (a bug in quote-ledger, not in your input): ${(err as Error).stack ?? String(err)}\n` +
        'Please report it with the command you ran at the project issue tracker.\n',
    )
    process.exit(1)
  }
}

// Ctrl-C (or a polite kill): remove the half-written temporary folder, publish nothing.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeTemporaryFolders()
    process.stderr.write(`build-dataset: interrupted (${signal}); nothing was published\n`)
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
}

await main()
