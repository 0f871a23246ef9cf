#!/usr/bin/env node
// `npm run lock`: brings package-lock.json in sync with package.json, complete for every platform.
//
// npm leaves other platforms' optional packages (@next/swc-darwin-arm64, @img/sharp-win32-x64, …) out of
// the lock when it derives the lock from an installed node_modules (npm/cli#4828): a lock written on one
// Linux machine then lacks the Mac's SWC binary. So the lock is resolved in an empty temporary folder
// (package.json and the current lock, no node_modules) with `--package-lock-only`: versions already locked
// stay, new or changed dependencies are resolved, and every platform's optional packages are listed.
// The result is then inspected: every optional dependency of every locked package must be in the lock,
// and each native package must have a binary for Linux (x64, arm64), macOS (x64, arm64) and Windows.
//
//   node scripts/lock.mjs           update package-lock.json (keeps the versions already locked)
//   node scripts/lock.mjs --fresh   resolve every dependency again (the newest versions package.json allows)
//   node scripts/lock.mjs --check   change nothing; fail when the lock is out of date or incomplete (CI)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(import.meta.dirname, '..')
const lockPath = path.join(root, 'package-lock.json')

/** The platforms the lock must serve. libc: only Linux distinguishes glibc from musl. */
export const TARGETS = [
  { name: 'linux-x64', os: 'linux', cpu: 'x64', libc: 'glibc' },
  { name: 'linux-arm64', os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { name: 'darwin-x64', os: 'darwin', cpu: 'x64' },
  { name: 'darwin-arm64', os: 'darwin', cpu: 'arm64' },
  { name: 'win32-x64', os: 'win32', cpu: 'x64' },
]

/** npm's own reading of `os`, `cpu` and `libc` (npm-install-checks): `!x` excludes, a positive list restricts. */
function allows(list, value) {
  if (!list || list.length === 0 || value === undefined) return true
  if (list.includes(`!${value}`)) return false
  const positive = list.filter((v) => !v.startsWith('!'))
  return positive.length === 0 || positive.includes(value)
}
const fits = (entry, t) => allows(entry.os, t.os) && allows(entry.cpu, t.cpu) && allows(entry.libc, t.libc)
const restricted = (entry) => Boolean(entry.os?.length || entry.cpu?.length || entry.libc?.length)

/** The lock path that `name`, required from the package at lock path `from`, resolves to (Node's lookup). */
function resolveIn(packages, from, name) {
  let base = from
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!base) return null
    const i = base.lastIndexOf('/node_modules/')
    base = i < 0 ? '' : base.slice(0, i)
  }
}

/**
 * What is wrong with a lock: optional dependencies missing from it, and native packages (those whose
 * optional dependencies are per-platform builds) with no build for one of the TARGETS.
 */
export function inspectLock(lock) {
  const packages = lock.packages ?? {}
  const missing = []
  const uncovered = []
  const families = []
  for (const [from, entry] of Object.entries(packages)) {
    if (entry.link) continue
    const optional = Object.keys(entry.optionalDependencies ?? {})
    const natives = []
    for (const name of optional) {
      const at = resolveIn(packages, from, name)
      if (!at) missing.push(`${from.replace(/^.*node_modules\//, '') || '(root)'} → ${name}@${entry.optionalDependencies[name]}`)
      else if (restricted(packages[at])) natives.push(packages[at])
    }
    if (restricted(entry) || optional.length < 3 || natives.length === 0) continue
    const name = from.replace(/^.*node_modules\//, '')
    const lacking = TARGETS.filter((t) => !natives.some((n) => fits(n, t))).map((t) => t.name)
    families.push({ name, version: entry.version, natives: natives.length, lacking })
    if (lacking.length) uncovered.push(`${name}@${entry.version}: no build for ${lacking.join(', ')}`)
  }
  return { missing, uncovered, families, entries: Object.keys(packages).length - 1 }
}

function npm(args, cwd) {
  // Under `npm run`, npm_execpath is npm's own script: the same npm, whatever PATH holds.
  const [cmd, pre] = process.env.npm_execpath?.endsWith('.js') ? [process.execPath, [process.env.npm_execpath]] : ['npm', []]
  const r = spawnSync(cmd, [...pre, ...args], { cwd, encoding: 'utf8', shell: cmd === 'npm' && process.platform === 'win32' })
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}

/**
 * npm 11 records `libc` (glibc or musl) on Linux packages; npm 10, which Node.js 22 bundles, drops the field
 * from the lock at its first `npm install`, so a lock with it leaves a newcomer on Node.js 22 with a
 * modified package-lock.json. Without it both npm versions keep the lock as it is; the cost is that npm on
 * Linux also installs the musl twins of the native packages (about 160 MB; the loaders pick the right one).
 */
export function withoutLibc(text) {
  const lock = JSON.parse(text)
  for (const entry of Object.values(lock.packages ?? {})) delete entry.libc
  return `${JSON.stringify(lock, null, 2)}\n`
}

/** Resolves the lock in an empty folder (no node_modules to prune it); returns its text. */
function resolveLock({ fresh }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-lock-'))
  try {
    fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'))
    if (fs.existsSync(path.join(root, '.npmrc'))) fs.copyFileSync(path.join(root, '.npmrc'), path.join(dir, '.npmrc'))
    if (!fresh && fs.existsSync(lockPath)) fs.copyFileSync(lockPath, path.join(dir, 'package-lock.json'))
    // Registry URLs stay out of the lock (the tarballs come from whichever registry npm is configured with),
    // whatever the user's own npm configuration says, so that every engineer writes the same lock.
    const r = npm(['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--omit-lockfile-registry-resolved=true', '--loglevel=error'], dir)
    if (!r.ok) throw new Error(`npm could not resolve the dependencies:\n${r.output}`)
    return withoutLibc(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8'))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Prints what the lock holds per platform; false when a supported platform lacks a native build. */
function report(lock) {
  const { missing, uncovered, families, entries } = inspectLock(lock)
  console.log(`package-lock.json: ${entries} packages; native packages and their per-platform builds:`)
  for (const f of families) console.log(`  ${f.name.padEnd(38)} ${String(f.natives).padStart(2)}${f.lacking.length ? `, none for ${f.lacking.join(', ')}` : ''}`)
  console.log('platform-specific packages an install gets, per supported platform:')
  console.log(`  ${TARGETS.map((t) => `${t.name} ${Object.values(lock.packages ?? {}).filter((e) => restricted(e) && fits(e, t)).length}`).join(' · ')}`)
  if (missing.length) {
    console.warn(`Note: ${missing.length} optional dependencies are not in the lock (npm found no such version in the registry):\n  ${missing.slice(0, 15).join('\n  ')}${missing.length > 15 ? '\n  …' : ''}`)
  }
  if (uncovered.length) {
    console.error(`These native packages would not install on a supported platform; choose versions that publish every platform's build:\n  ${uncovered.join('\n  ')}`)
    return false
  }
  return true
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = new Set(process.argv.slice(2))
  const fresh = args.has('--fresh')
  const check = args.has('--check')
  try {
    const before = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : ''
    const text = resolveLock({ fresh: fresh && !check })
    if (check) {
      // The committed lock must be exactly what this command writes (so nothing was pruned from it by an
      // install with node_modules present, npm/cli#4828) and must serve every supported platform.
      const ok = report(JSON.parse(before || '{}'))
      if (text !== before) {
        console.error('package-lock.json is not what `npm run lock` writes (out of date with package.json, or lacking packages): run `npm run lock` and commit package-lock.json.')
        process.exit(1)
      }
      if (!ok) process.exit(1)
      console.log('package-lock.json is in sync with package.json and complete for every supported platform.')
    } else {
      const ok = report(JSON.parse(text))
      fs.writeFileSync(lockPath, text)
      console.log(text === before ? 'package-lock.json was already up to date.' : 'package-lock.json written: run `npm install`, then commit package.json and package-lock.json.')
      if (!ok) process.exit(1)
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
