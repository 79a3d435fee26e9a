import { readFileSync } from 'node:fs'
import { processDocument } from '../process-document.ts'
for (const text of JSON.parse(readFileSync(new URL('rows.json', import.meta.url), 'utf8')) as string[]) console.log(`    [${JSON.stringify(text)}, ${JSON.stringify(processDocument({ sourceFile: 't.txt', text }).quotes.map((q) => q.speaker))}],`)
