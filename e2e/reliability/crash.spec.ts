import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { postAction, signedInContext } from './http'
import { itemFields, SAVE_ITEM, type Target } from './race'
import { preparedDatabase, startOwnServer, type OwnServer } from './server'
import { PASSWORD } from './world'

// A crash in the middle of a burst of saves: the server (its whole process group) is killed with
// SIGKILL once some saves were acknowledged and more are in flight. After that, the SQLite file
// (WAL mode, busy timeout) passes its integrity check, keeps every acknowledged save, and the server
// starts on it again and saves.
const YEAR = 2090
/** Kill after this many acknowledged saves, one run each. */
const KILL_AFTER = [15, 40, 80]
const WORKERS = 8

type Acknowledged = { created: { itemId: string; title: string }[]; updated: { version: number; title: string }[]; cut: number }

/** Saves until the server stops answering: new items with unique titles, and changes of one item. */
async function burst(request: APIRequestContext, target: Target, startVersion: number, run: number, onAck: (count: number) => void) {
  const ack: Acknowledged = { created: [], updated: [], cut: 0 }
  let n = 0
  let stopped = false
  let known = startVersion
  const save = async (itemId: string | undefined, version: number | undefined, title: string) => {
    try {
      return await postAction(request, ...SAVE_ITEM, [{ programmeId: target.programmeId, dayId: target.dayId, itemId, version, fields: itemFields(title), shiftFollowing: false }])
    } catch {
      stopped = true // the connection was cut: not acknowledged
      ack.cut += 1
      return null
    }
  }
  const creator = async () => {
    while (!stopped) {
      const title = `crash run ${run} new #${n++}`
      const res = await save(undefined, undefined, title)
      if (res?.answer === 'ok') {
        ack.created.push({ itemId: (res.result as { data: { itemId: string } }).data.itemId, title })
        onAck(ack.created.length + ack.updated.length)
      } else if (res && res.status !== 200) stopped = true
    }
  }
  const updater = async () => {
    while (!stopped) {
      const title = `crash run ${run} change #${n++}`
      const res = await save(target.itemId, known, title)
      if (res?.answer === 'ok') {
        known = (res.result as { data: { version: number } }).data.version
        ack.updated.push({ version: known, title })
        onAck(ack.created.length + ack.updated.length)
      } else if (res && res.status !== 200) stopped = true
    }
  }
  await Promise.all([updater(), ...Array.from({ length: WORKERS - 1 }, creator)])
  return ack
}

let dir: string
let server: OwnServer | undefined

test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-crash-'))
})
test.afterAll(async () => {
  await server?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('SIGKILL in the middle of a burst of saves: the database is intact and keeps every acknowledged save', async ({ playwright }) => {
  test.setTimeout(180_000)
  const url = `file:${path.join(dir, 'crash.db')}`
  const prepared = await preparedDatabase(url, YEAR)
  const target: Target = { programmeId: prepared.programmeId, dayId: prepared.dayId, itemId: prepared.item.id }
  let version = prepared.item.version
  const summary: string[] = []

  for (const [run, killAfter] of KILL_AFTER.entries()) {
    server = await startOwnServer(url)
    const request = await signedInContext(playwright, server.url, 'isu@demo.test', PASSWORD)
    let killing: Promise<void> | undefined
    const running = server
    const ack = await burst(request, target, version, run, (count) => {
      if (count >= killAfter && !killing) killing = running.crash()
    })
    await killing
    await request.dispose()
    expect(server.process.signalCode ?? server.process.exitCode).toBe('SIGKILL')

    const file = new Database(url.slice('file:'.length))
    try {
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(file.pragma('journal_mode', { simple: true })).toBe('wal')
      const titles = new Set((file.prepare('SELECT title FROM "Item" WHERE dayId = ?').all(target.dayId) as { title: string }[]).map((r) => r.title))
      expect(ack.created.filter((c) => !titles.has(c.title)), 'acknowledged new items missing after the crash').toEqual([])
      const item = file.prepare('SELECT title, version FROM "Item" WHERE id = ?').get(target.itemId) as { title: string; version: number }
      const last = ack.updated.at(-1)
      if (last) {
        // The last acknowledged change is there, or a later one that was in flight when the server died.
        expect(item.version).toBeGreaterThanOrEqual(last.version)
        if (item.version === last.version) expect(item.title).toBe(last.title)
      }
      version = item.version
      const inFlight = (file.prepare('SELECT count(*) AS n FROM "Item" WHERE dayId = ? AND title LIKE ?').get(target.dayId, `crash run ${run} new %`) as { n: number }).n - ack.created.length
      summary.push(`run ${run + 1}: killed after ${ack.created.length + ack.updated.length} acknowledged saves, ${ack.cut} cut in flight; all acknowledged kept (+${inFlight} unacknowledged that committed)`)
    } finally {
      file.close()
    }
  }

  // The server starts again on the database it crashed on, reads it and saves.
  server = await startOwnServer(url)
  const request = await signedInContext(playwright, server.url, 'isu@demo.test', PASSWORD)
  try {
    expect((await request.get(`/meetings/${YEAR}/findings`)).status()).toBe(200)
    const res = await postAction(request, ...SAVE_ITEM, [{ ...target, version, fields: itemFields('after the crashes'), shiftFollowing: false }])
    expect(res.answer).toBe('ok')
  } finally {
    await request.dispose()
  }
  console.log(`[reliability] crash (SIGKILL during a burst of saves, SQLite WAL): ${KILL_AFTER.length} runs; ${summary.join('; ')}`)
})
