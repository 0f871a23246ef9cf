// The rulebook runs in the browser too: its code and the programme model import no Node module,
// no React and no database client.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const FOLDERS = [path.resolve(__dirname), path.resolve(__dirname, '../programme')]
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g

describe('lib/rules and lib/programme', () => {
  it('import only each other and zod', () => {
    for (const folder of FOLDERS) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
        const text = readFileSync(path.join(folder, file), 'utf8')
        for (const match of text.matchAll(IMPORT)) {
          const target = match[1] ?? match[2] ?? match[3] ?? ''
          expect(target === 'zod' || target.startsWith('./') || target.startsWith('../programme') || target.startsWith('../rules'), `${file}: ${target}`).toBe(true)
        }
      }
    }
  })
})
