// Before the build: every server action and route handler found in the source has a row in the
// authorisation matrix (e2e/reliability/matrix.ts, run over HTTP by the end-to-end tests), and no
// server action hides where the search cannot see it.
import { describe, expect, it } from 'vitest'
import { ACTIONS } from '@/lib/auth/permissions'
import { MATRIX } from '../../e2e/reliability/matrix'
import { entryPoints, exportedNames, inlineServerActions, routePath, serverActions } from './entry-points'

describe('the entry points of the server', () => {
  const entries = entryPoints()

  it('are found: the server actions of every route folder and every route handler', () => {
    expect(serverActions().length).toBeGreaterThanOrEqual(27)
    expect(entries.filter((e) => e.kind === 'route').map((e) => e.key)).toEqual(
      expect.arrayContaining(['GET /meetings/[year]/pdf', 'GET /programme/[year]/json', 'POST /api/auth/[...nextauth]']),
    )
    expect(routePath('app/(auth)/signin/x/route.ts')).toBe('/signin/x')
    expect(exportedNames('app/api/auth/[...nextauth]/route.ts')).toEqual(['GET', 'POST'])
  })

  it('each have a row in the authorisation matrix, and each row an entry point', () => {
    const keys = entries.map((e) => e.key)
    expect(keys.filter((key) => !MATRIX[key])).toEqual([])
    expect(Object.keys(MATRIX).filter((key) => !keys.includes(key))).toEqual([])
  })

  it('need permissions that the table has', () => {
    const needs = Object.values(MATRIX).flatMap((cases) => cases.flatMap((c) => [null, 'draft', 'consultation', 'approved', 'published'].flatMap((s) => [c.needs(s as never)].flat())))
    expect(needs.filter((n) => !['public', 'signed-in', 'nobody', ...ACTIONS].includes(n))).toEqual([])
  })

  it('include no inline server action (a "use server" function inside a component or a lib module)', () => {
    expect(inlineServerActions()).toEqual([])
  })
})
