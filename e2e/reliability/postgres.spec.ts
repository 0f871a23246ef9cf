import { execFile, spawnSync } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { createDb, type Db } from '@/lib/db'
import { createTempDatabase, postgresAdminUrl, postgresRequired, postgresUnavailableReason, redactUrl, skipPostgres, type TempDatabase } from '../../tests/db/postgres'
import { postAction, signedInContext } from './http'
import { expectNoLostSave, itemFields, raceSaves, SAVE_ITEM, type Target } from './race'
import { preparedDatabase, startOwnServer, type OwnServer } from './server'
import { PASSWORD } from './world'

// The production server on PostgreSQL: 200 racing saves of one item, then a restart of PostgreSQL
// in the middle of a burst of requests. The application must answer again within 5 s of PostgreSQL
// accepting connections, without being restarted itself, and keep every acknowledged save.
// Required under CI=true (tests/db/postgres.ts); skipped elsewhere only when PostgreSQL is unreachable.
const YEAR = 2090
const RECOVERY_LIMIT_MS = 5_000
const run = promisify(execFile)

/** The local cluster (Debian's pg_ctlcluster) serving the test server's port, if there is one. */
function localCluster(): { version: string; name: string } | null {
  const url = new URL(postgresAdminUrl)
  if (!['127.0.0.1', 'localhost', '[::1]', ''].includes(url.hostname)) return null
  const listed = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
  if (listed.status !== 0) return null
  for (const line of listed.stdout.split('\n')) {
    const [version, name, port, status] = line.trim().split(/\s+/)
    if (version && name && port === (url.port || '5432') && status === 'online') return { version, name }
  }
  return null
}

async function acceptsConnections() {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 1_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const cluster = skipPostgres ? null : localCluster()
const noCluster = `no local cluster that pg_ctlcluster can restart serves ${redactUrl(postgresAdminUrl)}`

test.describe('on PostgreSQL', () => {
  test.skip(skipPostgres, `Skipping the PostgreSQL reliability tests: ${redactUrl(postgresAdminUrl)} cannot be reached (${postgresUnavailableReason})`)

  let temp: TempDatabase | undefined
  let db: Db
  let server: OwnServer
  let target: Target & { version: number }
  const sessions: APIRequestContext[] = []

  test.beforeAll(async ({ playwright }) => {
    test.setTimeout(120_000)
    temp = await createTempDatabase('reliability')
    const prepared = await preparedDatabase(temp.url, YEAR)
    target = { programmeId: prepared.programmeId, dayId: prepared.dayId, itemId: prepared.item.id, version: prepared.item.version }
    db = createDb(temp.url)
    server = await startOwnServer(temp.url)
    for (const email of ['isu@demo.test', 'president@demo.test']) sessions.push(await signedInContext(playwright, server.url, email, PASSWORD))
  })

  test.afterAll(async () => {
    await Promise.all(sessions.map((s) => s.dispose()))
    await server?.stop()
    await db?.$disconnect()
    await temp?.drop()
  })

  test('racing saves on PostgreSQL: every save lands or returns a conflict, none is lost', async () => {
    test.setTimeout(120_000)
    const tag = `race-postgresql-${Date.now()}`
    const { itemId, programmeId, dayId, version } = target
    const records = await raceSaves(sessions, { programmeId, dayId, itemId }, version, { total: 200, tag })
    expect(records).toHaveLength(200)
    const split = await expectNoLostSave(db, { programmeId, dayId, itemId }, version, records, tag)
    expect(split.landed).toBeGreaterThan(0)
    console.log(`[reliability] racing saves (PostgreSQL): 200 saves from 2 sessions, ${split.landed} landed, ${split.conflicts} conflicts, 0 lost`)
  })

  test('PostgreSQL restarts during a burst of requests: the application answers again within 5 s, unrestarted', async () => {
    test.skip(!cluster && !postgresRequired, `Skipping the restart of PostgreSQL: ${noCluster}`)
    if (!cluster) throw new Error(`CI=true requires the restart of PostgreSQL, but ${noCluster}`)
    test.setTimeout(120_000)
    const [request] = sessions as [APIRequestContext]
    const pid = server.process.pid
    const statuses = new Map<string, number>()
    const acknowledged: string[] = []
    let stop = false
    let n = 0
    const count = (what: string) => statuses.set(what, (statuses.get(what) ?? 0) + 1)
    const reader = async () => {
      while (!stop) {
        const res = await request.get(`/meetings/${YEAR}/findings`, { timeout: 15_000 }).catch(() => null)
        count(res ? `GET ${res.status()}` : 'GET no answer')
      }
    }
    const writer = async () => {
      while (!stop) {
        const title = `pg restart #${n++}`
        const res = await postAction(request, ...SAVE_ITEM, [{ programmeId: target.programmeId, dayId: target.dayId, fields: itemFields(title), shiftFollowing: false }]).catch(() => null)
        count(res ? `save ${res.answer}` : 'save no answer')
        if (res?.answer === 'ok') acknowledged.push(title)
      }
    }
    const load = Promise.all([reader(), reader(), writer(), writer()])
    let recovery = Number.NaN
    try {
      await new Promise((r) => setTimeout(r, 1_000))
      await run('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'restart'])
      while (!(await acceptsConnections())) await new Promise((r) => setTimeout(r, 50))
      const ready = Date.now()
      // Answers again: the first 200 of a request made after PostgreSQL accepts connections.
      while (Date.now() - ready < 15_000) {
        const res = await request.get(`/meetings/${YEAR}/findings`).catch(() => null)
        if (res?.status() === 200) {
          recovery = Date.now() - ready
          break
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      await new Promise((r) => setTimeout(r, 1_000))
    } finally {
      stop = true
      await load
      if (!(await acceptsConnections())) spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, 'start'])
    }
    const summary = [...statuses].map(([k, v]) => `${k}: ${v}`).join(', ')
    console.log(`[reliability] PostgreSQL restart during a burst: answered again ${recovery} ms after PostgreSQL accepted connections; ${summary}`)
    expect(recovery, `no answer within ${RECOVERY_LIMIT_MS} ms of PostgreSQL accepting connections (${summary})`).toBeLessThan(RECOVERY_LIMIT_MS)
    // The same server process, still running: it was not restarted.
    expect(server.process.pid).toBe(pid)
    expect(server.process.exitCode).toBeNull()
    expect(statuses.get('GET no answer') ?? 0).toBe(0)
    // A save while the database was away is answered "nothing was saved, try again", not the error page.
    expect([...statuses.keys()].filter((k) => k.startsWith('save') && !['save ok', 'save unexpected'].includes(k))).toEqual([])
    // Every save the server acknowledged is in the database.
    const titles = new Set((await db.item.findMany({ where: { dayId: target.dayId }, select: { title: true } })).map((i) => i.title))
    expect(acknowledged.filter((t) => !titles.has(t))).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(0)
  })
})
