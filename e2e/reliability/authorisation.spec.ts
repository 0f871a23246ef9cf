import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test'
import type { Actor } from '@/lib/auth/policy'
import { STATUSES, type Role } from '@/lib/auth/permissions'
import { entryPoints } from '../../tests/reliability/entry-points'
import { builtActions, postAction, signedInContext, signInRequest } from './http'
import { expectedAllowed, MATRIX, type MatrixCase, type ProgrammeFixture, type World } from './matrix'
import { buildWorld, OBSERVER_ADMIN, PASSWORD, removeWorld, withDb } from './world'

// The authorisation matrix over HTTP, against the production server: every server action and route
// handler, called by every role (and signed out), in every state of the programme. Allowed or refused
// is computed from the permission table (lib/auth/permissions.ts) with can(); the server must agree.


type MatrixActor = { label: string; email: string | null; user: Actor | null; request: APIRequestContext }

const ACTORS: { label: string; email: string | null }[] = [
  { label: 'president (administrator)', email: 'president@demo.test' },
  { label: 'isu', email: 'isu@demo.test' },
  { label: 'committee', email: 'committee@demo.test' },
  { label: 'observer', email: 'observer@demo.test' },
  { label: 'observer with the administrator flag', email: OBSERVER_ADMIN },
  { label: 'signed out', email: null },
]

const entries = entryPoints()
let world: World
let actors: MatrixActor[] = []
let cases = 0
const counted = new Set<string>()

test.beforeAll(async ({ playwright }, info) => {
  test.setTimeout(120_000)
  const baseURL = info.project.use.baseURL!
  world = await buildWorld()
  const users = await withDb((db) => db.user.findMany({ where: { email: { in: ACTORS.flatMap((a) => (a.email ? [a.email] : [])) } } }))
  actors = await Promise.all(
    ACTORS.map(async ({ label, email }) => {
      const row = users.find((u) => u.email === email)
      return {
        label,
        email,
        user: row ? { id: row.id, role: row.role as Role, admin: row.admin } : null,
        request: email ? await signedInContext(playwright, baseURL, email, PASSWORD) : await playwright.request.newContext({ baseURL }),
      }
    }),
  )
})

test.afterAll(async () => {
  await Promise.all(actors.map((a) => a.request.dispose()))
  await removeWorld()
  console.log(`[reliability] authorisation matrix: ${counted.size} entry points × ${ACTORS.length} actors, ${cases} cases checked`)
})

test('every server action and route handler has a row in the matrix, and the matrix has no stale row', () => {
  const found = entries.map((e) => e.key)
  expect(found.filter((key) => !MATRIX[key]), 'entry points without a row in e2e/reliability/matrix.ts').toEqual([])
  expect(Object.keys(MATRIX).filter((key) => !found.includes(key)), 'rows of e2e/reliability/matrix.ts for no entry point').toEqual([])
  // The build agrees with the source: no server action that the search above missed.
  expect(builtActions().filter((key) => /^(app|lib)\//.test(key) && !MATRIX[key])).toEqual([])
  expect(entries.filter((e) => e.kind === 'action').length).toBeGreaterThanOrEqual(27)
})

type Observed = { allowed: boolean; what: string; fine: boolean }

/** One call; whether it was let through, and whether the answer is the one expected of its kind. */
async function observe(c: MatrixCase, actor: MatrixActor, programme: ProgrammeFixture | null, file: string, name: string, playwright: PlaywrightWorkerArgs['playwright']): Promise<Observed> {
  const call = c.call
  if (call.type === 'action') {
    const res = await postAction(actor.request, file, name, call.args(world, programme))
    const refusal = actor.user ? 'forbidden' : 'signed-out'
    if (res.answer === refusal) return { allowed: false, what: res.answer, fine: true }
    return { allowed: true, what: `${res.answer}${res.answer.startsWith('http') ? ` ${res.raw.slice(0, 200)}` : ''}`, fine: res.answer === call.allowed }
  }
  const url = call.url(programme)
  if (call.signIn) {
    // Anyone may sign in, signed in already or not; in a copy of the actor's cookies.
    const copy = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: await actor.request.storageState() })
    try {
      const res = await signInRequest(copy, world.target.email, world.target.password)
      const session = (await copy.storageState()).cookies.some((k) => k.name === 'next-auth.session-token')
      return { allowed: res.status() === 200 && session, what: `${res.status()}${session ? ' with a session' : ''}`, fine: true }
    } finally {
      await copy.dispose()
    }
  }
  const form = call.form ? { form: call.form.fields, headers: { 'Sec-Fetch-Site': 'same-origin' } } : {}
  const res = await actor.request.fetch(url, { method: call.method, maxRedirects: 0, ...form })
  const refusal = actor.user ? call.refused.signedIn : call.refused.signedOut
  if (res.status() === (call.form?.allowed ?? 200)) return { allowed: true, what: String(res.status()), fine: true }
  return { allowed: false, what: String(res.status()), fine: res.status() === refusal }
}

for (const entry of entries) {
  test(`matrix: ${entry.key}`, async ({ playwright }) => {
    test.setTimeout(120_000)
    const rows = MATRIX[entry.key]
    expect(rows, `no row for ${entry.key} in e2e/reliability/matrix.ts`).toBeDefined()
    const file = entry.kind === 'action' ? entry.file : ''
    const name = entry.kind === 'action' ? entry.name : ''
    const wrong: string[] = []
    for (const c of rows!) {
      const programmes = c.perStatus ? STATUSES.map((s) => world.programmes[s]) : [null]
      for (const programme of programmes) {
        await Promise.all(
          actors.map(async (actor) => {
            const expected = expectedAllowed(c, actor.user, world, programme)
            const seen = await observe(c, actor, programme, file, name, playwright)
            cases += 1
            const where = `${c.label ? `${c.label}, ` : ''}${programme ? `${programme.status} programme` : 'no programme'}, ${actor.label}`
            if (seen.allowed !== expected) wrong.push(`${where}: expected ${expected ? 'allowed' : 'refused'}, got ${seen.what}`)
            else if (!seen.fine) wrong.push(`${where}: ${expected ? 'allowed' : 'refused'} as expected, but the answer was ${seen.what}`)
          }),
        )
      }
    }
    counted.add(entry.key)
    expect(wrong).toEqual([])
  })
}

test('the refused and stale calls changed none of the matrix programmes', async () => {
  await withDb(async (db) => {
    for (const status of STATUSES) {
      const p = world.programmes[status]
      const row = await db.programme.findUniqueOrThrow({ where: { id: p.id } })
      expect({ status: row.status, version: row.version }).toEqual({ status, version: p.version })
      expect((await db.item.findUniqueOrThrow({ where: { id: p.itemId } })).version).toBe(p.itemVersion)
      expect(await db.otherMeeting.findUniqueOrThrow({ where: { id: p.otherMeeting.id } })).toMatchObject({ name: p.otherMeeting.name })
      expect(await db.comment.findUniqueOrThrow({ where: { id: p.commentId } })).toMatchObject({ body: p.commentBody, deletedAt: null, editedAt: null })
      expect(await db.commentThread.findUniqueOrThrow({ where: { id: p.threadId } })).toMatchObject({ resolved: false })
      expect(await db.consultationRound.count({ where: { programmeId: p.id } })).toBe(1)
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: world.users.target } })).toMatchObject({ role: 'observer', admin: false })
  })
})
