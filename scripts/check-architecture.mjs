// `npm run check:architecture` (part of `npm test`): the rules of .dependency-cruiser.cjs (components
// never import app/ routes, lib/ never imports the UI, the domain stays pure, no module cycle), and no
// cycle between the folders of lib/ (its features and its shared modules): features depend on each
// other in one direction only. Prints what it checked; exits 1 on any violation.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'node_modules/.bin/depcruise')
const output = execFileSync(bin, ['app', 'components', 'lib', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
const result = JSON.parse(output)

/** The unit of a module: a folder of lib/ (lib/meetings), a module at lib/'s top (lib/actions), or app / components. */
function unitOf(source) {
  const parts = source.split('/')
  if (parts[0] !== 'lib') return parts[0]
  return parts.length > 2 ? `lib/${parts[1]}` : `lib/${parts[1].replace(/\.(ts|tsx|mjs|js)$/, '')}`
}

const edges = new Map()
for (const cruised of result.modules) {
  if (!cruised.source.startsWith('lib/')) continue
  const from = unitOf(cruised.source)
  for (const dependency of cruised.dependencies) {
    if (!dependency.resolved.startsWith('lib/')) continue
    const to = unitOf(dependency.resolved)
    if (to === from) continue
    if (!edges.has(from)) edges.set(from, new Map())
    const via = edges.get(from)
    if (!via.has(to)) via.set(to, `${cruised.source} → ${dependency.resolved}`)
  }
}

// Tarjan's strongly connected components: every component of more than one folder is a cycle.
const units = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])].sort()
let index = 0
const stack = []
const state = new Map()
const cycles = []
function visit(unit) {
  const own = { index, low: index, onStack: true }
  state.set(unit, own)
  index += 1
  stack.push(unit)
  for (const next of edges.get(unit)?.keys() ?? []) {
    if (!state.has(next)) {
      visit(next)
      own.low = Math.min(own.low, state.get(next).low)
    } else if (state.get(next).onStack) own.low = Math.min(own.low, state.get(next).index)
  }
  if (own.low === own.index) {
    const component = []
    let member
    do {
      member = stack.pop()
      state.get(member).onStack = false
      component.push(member)
    } while (member !== unit)
    if (component.length > 1) cycles.push(component.sort())
  }
}
for (const unit of units) if (!state.has(unit)) visit(unit)

const violations = result.summary.violations
const dependencyCount = [...edges.values()].reduce((n, m) => n + m.size, 0)
for (const v of violations) console.log(`${v.rule.severity} ${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(' → ')})` : ''}`)
for (const cycle of cycles) {
  console.log(`error folder-cycle: ${cycle.join(' ⇄ ')}`)
  for (const from of cycle) for (const [to, via] of edges.get(from) ?? []) if (cycle.includes(to)) console.log(`    ${from} → ${to}: ${via}`)
}
console.log(
  `architecture: ${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports; ${violations.length} rule violation(s); ` +
    `${units.length} units of lib/ with ${dependencyCount} dependencies between them, ${cycles.length} cycle(s) between them`,
)
process.exit(violations.length || cycles.length ? 1 : 0)
