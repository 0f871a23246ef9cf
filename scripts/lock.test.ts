import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectLock, TARGETS, withoutLibc } from './lock.mjs'

type Entry = { version?: string; os?: string[]; cpu?: string[]; libc?: string[]; optional?: boolean; optionalDependencies?: Record<string, string> }
type Lock = { packages: Record<string, Entry> }

const committed = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../package-lock.json'), 'utf8')) as Lock

/** The packages an install on `target` gets among `names` (npm's os/cpu reading, `!x` excluding). */
function installedOn(target: (typeof TARGETS)[number], names: string[]) {
  const allows = (list: string[] | undefined, v: string) => !list?.length || (!list.includes(`!${v}`) && (list.every((x) => x.startsWith('!')) || list.includes(v)))
  return names.filter((n) => {
    const e = committed.packages[`node_modules/${n}`]
    return e && allows(e.os, target.os) && allows(e.cpu, target.cpu)
  })
}

describe('package-lock.json', () => {
  it('gives Next.js its compiler (SWC) and sharp its image library on Linux x64 and arm64, macOS x64 and arm64, and Windows', () => {
    const swc = Object.keys(committed.packages['node_modules/next']?.optionalDependencies ?? {})
    const sharp = Object.keys(committed.packages['node_modules/sharp']?.optionalDependencies ?? {}).filter((n) => !n.includes('libvips'))
    for (const target of TARGETS) {
      expect(installedOn(target, swc), `@next/swc for ${target.name}`).not.toEqual([])
      expect(installedOn(target, sharp), `@img/sharp for ${target.name}`).not.toEqual([])
    }
  })

  it('has every optional dependency of every locked package, and a build of each native package for every supported platform', () => {
    const { missing, uncovered, families } = inspectLock(committed)
    expect(missing).toEqual([])
    expect(uncovered).toEqual([])
    expect(families.map((f) => f.name)).toEqual(expect.arrayContaining(['next', 'sharp', 'esbuild', 'rollup']))
  })

  it('carries no libc field, which npm 10 (shipped with Node.js 22) would delete at its first install', () => {
    expect(Object.entries(committed.packages).filter(([, e]) => e.libc)).toEqual([])
  })
})

describe('inspectLock', () => {
  const swc = (os: string, cpu: string): Entry => ({ version: '16.4.6', os: [os], cpu: [cpu], optional: true })
  const next = { version: '16.4.6', optionalDependencies: { '@next/swc-linux-x64-gnu': '16.4.6', '@next/swc-linux-arm64-gnu': '16.4.6', '@next/swc-darwin-arm64': '16.4.6', '@next/swc-darwin-x64': '16.4.6', '@next/swc-win32-x64-msvc': '16.4.6' } }

  it('reports a lock written from a Linux node_modules (npm/cli#4828): no SWC for macOS or Windows', () => {
    const lock = { packages: { '': {}, 'node_modules/next': next, 'node_modules/@next/swc-linux-x64-gnu': swc('linux', 'x64'), 'node_modules/@next/swc-linux-arm64-gnu': swc('linux', 'arm64') } }
    const { missing, uncovered } = inspectLock(lock)
    expect(missing).toEqual(['next → @next/swc-darwin-arm64@16.4.6', 'next → @next/swc-darwin-x64@16.4.6', 'next → @next/swc-win32-x64-msvc@16.4.6'])
    expect(uncovered).toEqual(['next@16.4.6: no build for darwin-x64, darwin-arm64, win32-x64'])
  })

  it('accepts the complete lock, finding optional packages nested under their parent as Node.js would', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/next': next,
        'node_modules/@next/swc-linux-x64-gnu': swc('linux', 'x64'),
        'node_modules/@next/swc-linux-arm64-gnu': swc('linux', 'arm64'),
        'node_modules/next/node_modules/@next/swc-darwin-arm64': swc('darwin', 'arm64'),
        'node_modules/next/node_modules/@next/swc-darwin-x64': swc('darwin', 'x64'),
        'node_modules/@next/swc-win32-x64-msvc': swc('win32', 'x64'),
      },
    }
    expect(inspectLock(lock)).toMatchObject({ missing: [], uncovered: [], families: [{ name: 'next', natives: 5, lacking: [] }] })
  })

  it("reads npm's `!` exclusions: a build for every system but Windows leaves Windows without one", () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/tool': { version: '1.0.0', optionalDependencies: { 'tool-unix-x64': '1.0.0', 'tool-unix-arm64': '1.0.0', 'tool-wasm': '1.0.0' } },
        'node_modules/tool-unix-x64': { version: '1.0.0', os: ['!win32'], cpu: ['x64'] },
        'node_modules/tool-unix-arm64': { version: '1.0.0', os: ['!win32'], cpu: ['arm64'] },
        'node_modules/tool-wasm': { version: '1.0.0', cpu: ['wasm32'] },
      },
    }
    expect(inspectLock(lock).uncovered).toEqual(['tool@1.0.0: no build for win32-x64'])
  })
})

describe('withoutLibc', () => {
  it('drops only the libc fields, in the layout npm writes', () => {
    const text = `${JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/a': { version: '1.0.0', cpu: ['x64'], libc: ['glibc'], os: ['linux'] } } }, null, 2)}\n`
    expect(withoutLibc(text)).toBe(`${JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/a': { version: '1.0.0', cpu: ['x64'], os: ['linux'] } } }, null, 2)}\n`)
  })
})
