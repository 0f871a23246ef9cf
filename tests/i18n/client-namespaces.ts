// Which namespaces of the catalogue the client components of each page and layout use, read from the
// source: from a page (or layout) the imports are followed to the first 'use client' module; from there
// on everything imported is sent to the browser, and every string in it that starts with a namespace
// of the catalogue and a dot ('editor.save', `findings.${code}`) is a message the browser needs.
import fs from 'node:fs'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '../..')
const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts']

function resolve(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2))
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier)
  else return null
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext
  return null
}

const sources = new Map<string, string>()
const read = (file: string) => {
  let text = sources.get(file)
  if (text === undefined) sources.set(file, (text = fs.readFileSync(file, 'utf8')))
  return text
}

/** The modules a module imports for their values (type-only imports are not bundled). */
function importsOf(file: string): string[] {
  const text = read(file)
  const found: string[] = []
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) if (!m[2]) found.push(m[3]!)
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!)
  return found.map((s) => resolve(file, s)).filter((f): f is string => f !== null)
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(read(file))
/** Server actions: the browser gets a reference to call, not their code. */
const isServerAction = (file: string) => /^\s*['"]use server['"]/.test(read(file))

/** The modules sent to the browser from an entry (a page or a layout), rendered from the server. */
export function clientModulesOf(entry: string): string[] {
  const server = new Set<string>()
  const client = new Set<string>()
  const walk = (file: string, inClient: boolean) => {
    if (inClient && isServerAction(file)) return
    const nowClient = inClient || isClient(file)
    const seen = nowClient ? client : server
    if (seen.has(file)) return
    seen.add(file)
    for (const next of importsOf(file)) walk(next, nowClient)
  }
  walk(entry, false)
  return [...client]
}

/**
 * The namespaces of the catalogue whose messages the code of these modules names: a string that is a
 * key ('editor.save'), or a template that starts a key (`findings.${code}`). Other dotted strings
 * (permissions such as 'people.manage') are not messages.
 */
export function namespacesUsed(files: string[], keys: readonly string[]): Map<string, string[]> {
  const known = new Set(keys)
  const startsAKey = (prefix: string) => keys.some((key) => key.startsWith(prefix))
  const used = new Map<string, string[]>()
  for (const file of files) {
    const text = read(file)
    const named = [
      ...[...text.matchAll(/'([\w-]+(?:\.[\w-]+)+)'|"([\w-]+(?:\.[\w-]+)+)"|`([\w-]+(?:\.[\w-]+)+)`/g)].map((m) => m[1] ?? m[2] ?? m[3]!).filter((k) => known.has(k)),
      ...[...text.matchAll(/`([\w-]+\.(?:[\w-]+\.)*)\$\{/g)].map((m) => m[1]!).filter(startsAKey),
    ]
    for (const ns of new Set(named.map((k) => k.split('.')[0]!))) used.set(ns, [...(used.get(ns) ?? []), path.relative(ROOT, file)])
  }
  return used
}

/**
 * The namespaces an entry hands to its client components: `<ClientMessages namespaces={[…]}>`, or
 * `namespaces={NAME}` with `const NAME = […]` in the same file.
 */
export function namespacesProvided(entry: string): string[] {
  const text = read(entry)
  const list = (inside: string) => [...inside.matchAll(/['"]([\w-]+)['"]/g)].map((n) => n[1]!)
  return [...text.matchAll(/<(?:ClientMessages|SiteFrame)\s+namespaces=\{(?:\[([^\]]*)\]|(\w+))\}/g)].flatMap((m) => {
    if (m[1] !== undefined) return list(m[1])
    const declared = new RegExp(`const ${m[2]}\\s*=\\s*\\[([^\\]]*)\\]`).exec(text)
    return declared ? list(declared[1]!) : []
  })
}

/** The layouts above a page or layout, from the root down, itself excluded. */
export function layoutsAbove(entry: string): string[] {
  const layouts: string[] = []
  let dir = path.dirname(entry)
  const app = path.join(ROOT, 'app')
  for (;;) {
    const layout = path.join(dir, 'layout.tsx')
    if (layout !== entry && fs.existsSync(layout)) layouts.unshift(layout)
    if (dir === app) break
    dir = path.dirname(dir)
  }
  return layouts
}

/** Every page, layout, not-found and forbidden file of the app. */
export function entries(): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/^(page|layout|not-found|forbidden|error)\.tsx$/.test(e.name)) out.push(p)
    }
  }
  walk(path.join(ROOT, 'app'))
  return out.sort()
}
