// Time and memory of Typst's memoised layouts kept between documents: evictCache(N) after each.
// A mixed sequence: the bench's draft edited (one title), a 200-item draft edited, the annotated
// programme in four languages; RSS is read after each document.
// EVICT=3 ROUNDS=15 npx tsx scripts/bench/typst-memory.ts
import fs from 'node:fs'
import { createRequire } from 'node:module'
import type { PdfProgramme, ProgrammePdfMeta } from '../../lib/pdf'
import { printableProgramme } from '../../lib/pdf/printable'
import { pdfFonts } from '@/lib/pdf/fonts'
import { typstSetup } from '../../lib/pdf/engine'
import { annotatedProgramme, largeProgramme } from '../../tests/publication/fixtures'
const require = createRequire(import.meta.url)
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
const EVICT = Number(process.env.EVICT ?? 0)
const ROUNDS = Number(process.env.ROUNDS ?? 15)
const setup = typstSetup()
const template = fs.readFileSync(process.env.TEMPLATE ?? 'lib/pdf/programme.typ', 'utf8')
const compiler = NodeCompiler.create({ workspace: setup.workspace, fontArgs: [{ fontBlobs: setup.fonts.map((f: Uint8Array) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)) }] })
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const bench = largeProgramme({ year: 2030, itemsPerDay: 22 })
const big = largeProgramme({ year: 2031, days: 5, itemsPerDay: 42 })
const annotated = annotatedProgramme()
const meta = (locale: string) => ({ symbol: 'APLC/ISM/2030/1', revision: 1, status: 'draft', issuedOn: '2030-05-12', locale }) as ProgrammePdfMeta
const times: Record<string, number[]> = {}
let peak = 0
const rss = () => Math.round(process.memoryUsage().rss / 1048576)
for (let r = 0; r < ROUNDS; r++) {
  const docs: [string, PdfProgramme, ProgrammePdfMeta][] = process.env.DISTINCT ? Array.from({ length: 6 }, (_, k) => [`distinct-200`, largeProgramme({ year: 2040 + r * 6 + k, days: 5, itemsPerDay: 42 }), meta('en')]) : [['bench-edit', bench, meta('en')], ['bench-edit', bench, meta('en')], ['big-edit', big, meta('en')], ['annotated-fr', annotated, meta('fr')], ['annotated-ar', annotated, meta('ar')], ['bench-edit', bench, meta('en')]]
  for (const [name, programme, m] of docs) {
    if (name.endsWith('edit')) programme.days[0]!.items[0]!.title = `Opening (change ${r} ${Math.random()})`
    const json = JSON.stringify(printableProgramme(programme, m, { canPrint: pdfFonts().canPrint }))
    const u0 = process.cpuUsage()
    const result = compiler.compile({ mainFileContent: template, inputs: { programme: json } })
    if (result.takeError()) throw new Error(name)
    compiler.pdf(result.result)
    const u = process.cpuUsage(u0)
    compiler.evictCache(EVICT)
    if (r > 0) (times[name] ??= []).push((u.user + u.system) / 1000)
    peak = Math.max(peak, rss())
  }
}
console.log(`evict=${EVICT}: cpu ms median ${Object.entries(times).map(([k, v]) => `${k} ${med(v).toFixed(1)}`).join(', ')} | RSS peak ${peak} MB, end ${rss()} MB`)
