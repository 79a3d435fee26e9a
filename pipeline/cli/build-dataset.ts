/**
 * npm run build-dataset -- [--input DIR] [--out DIR] [--dataset-version X.Y.Z] [--config FILE]
 *                          [--strict] [--max-bytes N]
 * Exit codes: 0 built (or unchanged), 1 build failed, 2 bad usage.
 */
import { parseArgs } from 'node:util'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BuildError, buildDataset, formatDiagnostic } from '../build-dataset.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const USAGE = `Usage: npm run build-dataset -- [options]

Builds a versioned dataset of direct quotes and their speakers from news articles.

Options:
  --input DIR              folder of .txt articles, read recursively (default: seeds/)
  --out DIR                where dataset versions are written (default: dist/)
  --dataset-version X.Y.Z  version to build, overriding the config's version
  --config FILE            the dataset's YAML config (default: dataset.yaml)
  --strict                 fail the build, writing nothing, if any input file is refused
  --max-bytes N            refuse input files larger than N bytes (default: 67108864)
  -h, --help               show this help

Writes <out>/v<version>/ with quotes.jsonl, quotes.csv, articles.jsonl, articles.csv and
diagnostics.jsonl, and prints a summary on stderr.
Exit codes: 0 built (or already published with the same bytes), 1 build failed, 2 bad usage.`

function usageError(message: string): never {
  process.stderr.write(`build-dataset: ${message}\n\n${USAGE}\n`)
  process.exit(2)
}

async function main(): Promise<void> {
  let values
  try {
    ;({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        'dataset-version': { type: 'string' },
        config: { type: 'string' },
        strict: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
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

await main()
