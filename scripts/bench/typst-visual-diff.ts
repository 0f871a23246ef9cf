// Renders the same printable programmes through two templates and compares every page's pixels
// (pdftoppm): a template change that should not change what the PDF shows must report "same".
// A=lib/pdf/programme.typ B=other.typ npx tsx scripts/bench/typst-visual-diff.ts
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import type { PdfProgramme, ProgrammePdfMeta } from '../../lib/pdf'
import { printableProgramme } from '../../lib/pdf/printable'
import { pdfFonts } from '@/lib/pdf/fonts'
import { typstSetup } from '../../lib/pdf/engine'
import { annotatedProgramme, largeProgramme, smallProgramme } from '../../tests/publication/fixtures'
const require = createRequire(import.meta.url)
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
const setup = typstSetup()
const compiler = NodeCompiler.create({ workspace: setup.workspace, fontArgs: [{ fontBlobs: setup.fonts.map((f: Uint8Array) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)) }] })
const A = fs.readFileSync(process.env.A ?? 'lib/pdf/programme.typ', 'utf8')
const B = fs.readFileSync(process.env.B!, 'utf8')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'typst-vdiff-'))
const base = { symbol: 'APLC/ISM/2026/1', revision: 1, issuedOn: '2026-05-12', printedAt: '2026-05-12T10:00:00Z' }
const release = { ...base, revision: 2, status: 'published', replaces: { symbol: 'APLC/ISM/2026/1/Rev.1', issuedOn: '2026-04-01' }, changes: ['Item 3 moved to the afternoon', 'A new side event'] }
const cases: [string, unknown, unknown][] = []
for (const locale of ['en', 'fr', 'es', 'ar']) {
  cases.push([`annotated-${locale}-draft`, annotatedProgramme(), { ...base, status: 'draft', locale }])
  cases.push([`annotated-${locale}-release`, annotatedProgramme(), { ...release, locale }])
  cases.push([`large-${locale}-draft`, largeProgramme({ year: 2026, itemsPerDay: 22 }), { ...base, status: 'draft', locale }])
}
cases.push(['annotated-ar-indic', annotatedProgramme(), { ...base, status: 'draft', locale: 'ar', digits: 'arabic-indic' }])
cases.push(['large-200-en', largeProgramme({ year: 2026, days: 5, itemsPerDay: 40 }), { ...base, status: 'draft', locale: 'en' }])
cases.push(['small-en', smallProgramme({ title: '#eval("1+1") $x$ <a> @b = * _', description: 'Long annotation of the item, set over lines. '.repeat(42) }), { ...base, status: 'draft', locale: 'en' }])
let differ = 0
for (const [name, programme, meta] of cases) {
  const json = JSON.stringify(printableProgramme(programme as PdfProgramme, meta as ProgrammePdfMeta, { canPrint: pdfFonts().canPrint }))
  const pngs: string[][] = []
  for (const [tag, template] of [['a', A], ['b', B]] as const) {
    const result = compiler.compile({ mainFileContent: template, inputs: { programme: json } })
    const err = result.takeError()
    if (err) throw new Error(`${name} ${tag}: ${JSON.stringify(compiler.fetchDiagnostics(err)).slice(0, 800)}`)
    const file = path.join(dir, `${name}-${tag}.pdf`)
    fs.writeFileSync(file, compiler.pdf(result.result))
    compiler.evictCache(0)
    execFileSync('pdftoppm', ['-r', '60', file, path.join(dir, `${name}-${tag}`)])
    pngs.push(fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-${tag}-`) && f.endsWith('.ppm')).sort())
  }
  const [a, b] = pngs as [string[], string[]]
  const same = a.length === b.length && a.every((f, i) => fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(dir, b[i]!))))
  const textA = execFileSync('pdftotext', ['-layout', path.join(dir, `${name}-a.pdf`), '-']).toString()
  const textB = execFileSync('pdftotext', ['-layout', path.join(dir, `${name}-b.pdf`), '-']).toString()
  if (!same || textA !== textB) differ += 1
  console.log(`${name.padEnd(24)} pages ${a.length}/${b.length} pixels ${same ? 'same' : 'DIFFER'} text ${textA === textB ? 'same' : 'DIFFER'}`)
}
console.log(differ ? `${differ} case(s) differ; files in ${dir}` : 'all the same')
if (!differ) fs.rmSync(dir, { recursive: true, force: true })
