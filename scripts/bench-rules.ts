// `npm run bench:rules`: what the rulebook costs next to reading the document.
// A programme of 5 days and 200 items (interchange format version 2: speakers with kinds, actions)
// is parsed once; then, over many rounds after a warm-up, we time (a) the rules alone on the parsed
// programme (checkParsedProgramme) and (b) the zod parse of the same document (parseProgramme).
// Target: the rules cost at most 2x the parse, under 1 ms. Then the programmes built to hurt (issue
// 12, item 6): 600 and 5,000 items held at the same time on one day, checked with the default limit
// of findings per rule. Target: each under 100 ms.
import { performance } from 'node:perf_hooks'
import { COMMITTEE_IDS, OBJECTIVE_IDS, formatTime, parseProgramme, type ItemInput, type ProgrammeInput } from '../lib/programme'
import { FINDINGS_LIMIT, checkParsedProgramme, checkParsedProgrammeReport } from '../lib/rules'

const DAYS = ['2026-06-15', '2026-06-16', '2026-06-17', '2026-06-18', '2026-06-19']
const ITEMS_PER_DAY = 40

function benchProgramme(): ProgrammeInput {
  let n = 0
  const days = DAYS.map((date) => {
    const items: ItemInput[] = [
      { start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break' },
      { start: '13:15', end: '14:45', title: 'Side event', segment: 'side-event', objectives: ['victim-assistance'] },
    ]
    // 38 formal items of 9 minutes, 19 in each interpreted slot, back to back.
    for (let i = 0; i < ITEMS_PER_DAY - 2; i += 1) {
      const start = (i < 19 ? 600 : 900 - 19 * 9) + i * 9
      n += 1
      items.push({
        start: formatTime(start),
        end: formatTime(start + 9),
        title: `Statement ${n}`,
        segment: i % 7 === 0 ? 'thematic' : i % 5 === 0 ? 'preparatory' : 'committee',
        committee: COMMITTEE_IDS[n % COMMITTEE_IDS.length] ?? null,
        objectives: [OBJECTIVE_IDS[n % OBJECTIVE_IDS.length] ?? 'clearance'],
        speakers: ['Co-Chair', { name: 'Cambodia', kind: 'state-party', state: 'KHM' }, { name: 'ICBL', kind: 'civil-society' }],
        actions: [n % 50 + 1],
      })
    }
    return { date, thematic: false, items }
  })
  return {
    version: 2,
    year: 2026,
    title: 'Intersessional Meetings (benchmark)',
    venue: 'Geneva',
    format: 'thematic-segment',
    formatDecision: { decidedBy: 'President', decidedOn: '2026-01-30', consultedCoordinatingCommittee: true, rationale: 'Benchmark.' },
    days,
    otherMeetings: [{ name: 'Convention on Cluster Munitions, Intersessional Meeting', start: '2026-06-22', end: '2026-06-23' }],
  }
}

const WARM_UP = 2_000
const ROUNDS = 60
const PER_ROUND = 100

/** Microseconds per call of each round. */
function rounds(run: () => unknown): number[] {
  const samples: number[] = []
  for (let r = 0; r < ROUNDS; r += 1) {
    const start = performance.now()
    for (let i = 0; i < PER_ROUND; i += 1) run()
    samples.push(((performance.now() - start) * 1000) / PER_ROUND)
  }
  return samples
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

const doc = benchProgramme()
const parsed = parseProgramme(doc)
if (!parsed.ok) throw new Error(`The benchmark programme does not parse: ${JSON.stringify(parsed.findings)}`)
const programme = parsed.programme
const itemCount = programme.days.reduce((sum, day) => sum + day.items.length, 0)
const findings = checkParsedProgramme(programme)

for (let i = 0; i < WARM_UP; i += 1) {
  parseProgramme(doc)
  checkParsedProgramme(programme)
}
// Interleaved, so both meet the same machine conditions.
const parseSamples: number[] = []
const ruleSamples: number[] = []
for (let i = 0; i < 5; i += 1) {
  parseSamples.push(...rounds(() => parseProgramme(doc)))
  ruleSamples.push(...rounds(() => checkParsedProgramme(programme)))
}

// For reference: the same size of programme broken everywhere, where writing the messages dominates.
const broken = structuredClone(doc)
for (const day of broken.days) {
  for (const entry of day.items) {
    // Every item 5 minutes longer: each overlaps the next one, and the last of a slot runs over it.
    const start = Number(entry.start.slice(0, 2)) * 60 + Number(entry.start.slice(3))
    const end = Number(entry.end.slice(0, 2)) * 60 + Number(entry.end.slice(3))
    entry.end = formatTime(end + 5 > start ? end + 5 : end)
  }
}
const brokenParsed = parseProgramme(broken)
if (!brokenParsed.ok) throw new Error('The broken benchmark programme does not parse')
const brokenProgramme = brokenParsed.programme
const brokenCount = checkParsedProgramme(brokenProgramme).length
for (let i = 0; i < WARM_UP / 4; i += 1) checkParsedProgramme(brokenProgramme)
const brokenSamples = rounds(() => checkParsedProgramme(brokenProgramme))

const us = (value: number) => `${value.toFixed(1)} µs`
const ratio = median(ruleSamples) / median(parseSamples)
console.log(`programme: ${programme.days.length} days, ${itemCount} items, ${findings.length} findings (${findings.map((f) => f.rule).join(', ') || 'none'})`)
console.log(`runs: ${WARM_UP} warm-up, then ${parseSamples.length} rounds of ${PER_ROUND} per measure`)
console.log(`zod parse (parseProgramme):           median ${us(median(parseSamples))}, mean ${us(mean(parseSamples))} per programme`)
console.log(`rulebook (checkParsedProgramme):      median ${us(median(ruleSamples))}, mean ${us(mean(ruleSamples))} per programme`)
console.log(`ratio rules / parse (medians):        ${ratio.toFixed(2)}x`)
console.log(`for reference, rulebook on it broken everywhere (${brokenCount} findings): median ${us(median(brokenSamples))}, mean ${us(mean(brokenSamples))}`)
const met = ratio <= 2 && median(ruleSamples) < 1000
console.log(`target (rules <= 2x parse and < 1 ms): ${met ? 'met' : 'NOT met'}`)

// Programmes built to hurt: n items all at 10:00-11:00 on one day (n(n-1)/2 overlapping pairs), and a
// lunch break across them. Built directly: the import refuses more than 200 items a day, but the
// rulebook must answer for any programme a database may hold.
function sameTime(count: number) {
  const items = Array.from({ length: count }, (_, i) => ({ start: '10:00', end: '11:00', title: `Item ${i + 1}`, segment: 'general' as const, committee: null, objectives: [] }))
  items.push({ start: '10:30', end: '12:00', title: 'Coffee', segment: 'break' as never, committee: null, objectives: [] })
  return { ...programme, days: [{ date: '2026-06-16', thematic: false, items }] }
}
for (const count of [600, 5000]) {
  const hurtful = sameTime(count)
  const report = checkParsedProgrammeReport(hurtful)
  const samples: number[] = []
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now()
    checkParsedProgrammeReport(hurtful)
    samples.push(performance.now() - start)
  }
  const omitted = Object.values(report.omitted).reduce((sum, n) => sum + (n ?? 0), 0)
  console.log(
    `${count} items at 10:00-11:00 on one day: median ${median(samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms; ${report.findings.length} findings kept (at most ${FINDINGS_LIMIT} a rule), ${omitted} counted (${Object.entries(report.omitted).map(([rule, n]) => `${rule} ${n}`).join(', ')}); target < 100 ms: ${median(samples) < 100 ? 'met' : 'NOT met'}`,
  )
}

