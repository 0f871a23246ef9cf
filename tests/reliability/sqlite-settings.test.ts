// The SQLite settings the crash test relies on: the server's database is in WAL mode (set when it
// starts, kept in the file) and the application's connection waits up to 5 s for a lock held by
// another writer instead of failing at once.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { prepareDatabase } from '../../scripts/start'

const HOLD_LOCK = `
const db = require('better-sqlite3')(process.argv[1])
db.exec('BEGIN IMMEDIATE')
process.stdout.write('locked\\n')
setTimeout(() => { db.exec('COMMIT'); db.close() }, 500)
`

describe('SQLite, as the server opens it', () => {
  let dir: string
  let file: string
  let db: Db

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-sqlite-'))
    file = path.join(dir, 'planner.db')
    await prepareDatabase(`file:${file}`)
    db = createDb(`file:${file}`)
  })
  afterAll(async () => {
    await db?.$disconnect()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('is in WAL mode, kept in the file', () => {
    const other = new Database(file)
    try {
      expect(other.pragma('journal_mode', { simple: true })).toBe('wal')
    } finally {
      other.close()
    }
  })

  it('has a busy timeout of 5 s: a write waits for another writer instead of failing', async () => {
    const rows = (await db.$queryRawUnsafe('PRAGMA busy_timeout')) as Record<string, unknown>[]
    expect(Number(Object.values(rows[0]!)[0])).toBe(5_000)
    // Another process holds the write lock for half a second.
    const holder = spawn(process.execPath, ['-e', HOLD_LOCK, file], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
    const started = Date.now()
    await db.user.create({ data: { email: 'waits@sqlite.test', name: 'Waits' } })
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    await new Promise((resolve) => holder.once('exit', resolve))
    expect(await db.user.count({ where: { email: 'waits@sqlite.test' } })).toBe(1)
  })
})
