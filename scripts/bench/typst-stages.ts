// Where a draft's rendering goes, stage by stage, in this thread: printableProgramme, JSON.stringify,
// Typst's compile (evaluation and layout), its PDF export (font subsetting included), evictCache;
// wall time and CPU time (process.cpuUsage). WORKER=1 adds the worker thread's round trip (a JSON string
// in, PDF-sized bytes back). EVICT=N keeps memoised layouts N documents (lib/pdf/typst-compiler.mjs),
// TAGS=0 exports an untagged PDF, FONTSET=latin gives Typst Source Sans 3 only, TEMPLATE=file.typ.
// RUNS=30 npx tsx scripts/bench/typst-stages.ts
import { performance } from 'node:perf_hooks'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { ProgrammePdfMeta } from '../../lib/pdf'
import { printableProgramme } from '../../lib/pdf/printable'
import { pdfFonts } from '../../lib/pdf/fonts'
import { typstSetup } from '../../lib/pdf/engine'
import { largeProgramme } from '../../tests/publication/fixtures'
const require = createRequire(import.meta.url)
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')

const RUNS = Number(process.env.RUNS ?? 30)
const TEMPLATE = process.env.TEMPLATE ?? new URL('../../lib/pdf/programme.typ', import.meta.url).pathname
const EVICT = Number(process.env.EVICT ?? 0)
const TAGS = process.env.TAGS !== '0'
const FONTSET = process.env.FONTSET ?? 'all'
const programme = largeProgramme({ year: 2030, itemsPerDay: 22 })
const meta = { symbol: 'APLC/ISM/2030/1', revision: 1, status: 'draft', issuedOn: '2030-05-12', locale: (process.env.LANG_DOC ?? 'en') } as ProgrammePdfMeta
const setup = typstSetup()
const template = fs.readFileSync(TEMPLATE, 'utf8')
let fonts = setup.fonts
if (FONTSET === 'latin') fonts = fonts.slice(0, 4)
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const min = (xs: number[]) => Math.min(...xs)
const cpu: number[] = []
const t = { printable: [] as number[], json: [] as number[], compile: [] as number[], pdf: [] as number[], evict: [] as number[], total: [] as number[] }
const c0 = performance.now()
const compiler = NodeCompiler.create({ workspace: setup.workspace, fontArgs: [{ fontBlobs: fonts.map((f: Uint8Array) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)) }] })
console.log('create', (performance.now() - c0).toFixed(1))
const edited = structuredClone(programme)
let size = 0
for (let i = 0; i < RUNS + 3; i++) {
  edited.days[0]!.items[0]!.title = `Opening (change ${i})`
  const u0 = process.cpuUsage()
  const a = performance.now()
  const p = printableProgramme(edited, meta, { canPrint: pdfFonts().canPrint })
  const b = performance.now()
  const json = JSON.stringify(p)
  const c = performance.now()
  const result = compiler.compile({ mainFileContent: template, inputs: { programme: json } })
  const err = result.takeError()
  if (err) { console.log(JSON.stringify(compiler.fetchDiagnostics(err)).slice(0, 1500)); process.exit(1) }
  const d = performance.now()
  const pdf = compiler.pdf(result.result, TAGS ? undefined : { pdfTags: false })
  const e = performance.now()
  compiler.evictCache(EVICT)
  const f = performance.now()
  const u = process.cpuUsage(u0)
  size = pdf.length
  if (i === 0 && process.env.OUT) fs.writeFileSync(process.env.OUT, pdf)
  if (i < 3) continue
  t.printable.push(b - a); t.json.push(c - b); t.compile.push(d - c); t.pdf.push(e - d); t.evict.push(f - e); t.total.push(f - a); cpu.push((u.user + u.system) / 1000)
}
const rss = Math.round(process.memoryUsage().rss / 1048576)
console.log(`template=${TEMPLATE.split('/').pop()} evict=${EVICT} tags=${TAGS} fonts=${FONTSET} lang=${meta.locale} pdf=${size}B rss=${rss}MB ` + Object.entries(t).map(([k, v]) => `${k}=${med(v).toFixed(1)}`).join(' ') + ` | min compile=${min(t.compile).toFixed(1)} pdf=${min(t.pdf).toFixed(1)} total=${min(t.total).toFixed(1)} | cpu med=${med(cpu).toFixed(1)} min=${min(cpu).toFixed(1)}`)

if (process.env.WORKER) {
  // worker round trip: echo worker
  const w = new Worker(`const { parentPort } = require('node:worker_threads'); parentPort.on('message', ({ id, printable }) => { const bytes = new Uint8Array(${size}); parentPort.postMessage({ id, pdf: bytes }, [bytes.buffer]) })`, { eval: true })
  const json = JSON.stringify(printableProgramme(edited, meta, { canPrint: pdfFonts().canPrint }))
  const rt: number[] = []
  for (let i = 0; i < RUNS + 3; i++) {
    const a = performance.now()
    await new Promise((r) => { w.once('message', r); w.postMessage({ id: i, printable: json }) })
    if (i >= 3) rt.push(performance.now() - a)
  }
  console.log(`worker round trip (json ${json.length} chars, pdf ${size} B): median ${med(rt).toFixed(2)} ms`)
  await w.terminate()
}
