// A quick check on a busy machine: the static file, the public page and a release's files of a server
// already running on BENCH_URL (default http://localhost:3300, e.g. `next start` on a bench database),
// at C connections (10) for S seconds (8), each ratio within this one run.
import { load } from './load'

const url = process.env.BENCH_URL ?? 'http://localhost:3300'
const c = Number(process.env.C ?? 10)
const s = Number(process.env.S ?? 8)
const paths = ['/robots.txt', '/programme/2031', '/programme/2031/json?lang=en', '/programme/2031/pdf?lang=en']
for (const p of paths) for (let i = 0; i < 3; i++) await (await fetch(url + p)).arrayBuffer()
const rows = []
for (const p of paths) rows.push(await load(url, p, { connections: c, seconds: s }))
const staticP95 = rows[0]!.p95
for (const r of rows) console.log(`${r.path}\trps ${r.rps}\tp50 ${r.p50}\tp95 ${r.p95}\terrors ${r.errors + r.non2xx}\tp95/static ${(r.p95 / staticP95).toFixed(2)}x`)
