// scripts/db-backup.mjs and scripts/db-restore.mjs round-trip a database with a row, on SQLite and on
// PostgreSQL: migrate a fresh database with `node scripts/db.mjs migrate`, insert a row, back up, change
// the data, restore, and find the original row again.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { queryDatabase, reserveTempDatabase, skipPostgres, type TempDatabase } from './postgres'
import { root, run, type RunResult } from './prisma-project'

const node = (script: string, args: string[], url: string) =>
  run(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd: root, env: { DATABASE_URL: url, INIT_CWD: root } })

function expectOk(result: RunResult, what: string) {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code}:\n${result.output}`)
  return result
}

const insertUser = (id: string, email: string) =>
  `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('${id}', '${email}', 'Test ${id}', CURRENT_TIMESTAMP)`
const SELECT_USERS = 'SELECT id, email FROM "User" ORDER BY id'

let scratch: string
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'db-backup-'))
})
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

describe.concurrent('backup and restore', () => {
  test('SQLite: online backup, restore refused while the file is open, then restored', { timeout: 60_000 }, async () => {
    const dbFile = path.join(scratch, 'sqlite/planner.db')
    const url = `file:${dbFile}`
    const backupFile = path.join(scratch, 'sqlite-backups/planner.backup.db')
    expectOk(await node('db.mjs', ['migrate'], url), 'db.mjs migrate')

    const db = new Database(dbFile)
    db.pragma('journal_mode = WAL') // as a running server might have it
    db.exec(insertUser('u1', 'ann@example.org'))
    // online: the backup runs while this connection is open
    const backedUp = expectOk(await node('db-backup.mjs', ['--', backupFile], url), 'db-backup')
    expect(backedUp.stdout).toContain(`to ${backupFile}`)
    db.exec(`DELETE FROM "User"; ${insertUser('u2', 'bob@example.org')}`)

    const refused = await node('db-restore.mjs', ['--', backupFile], url)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`is open in a process:\n  ${process.pid} `)
    expect(refused.stderr).toContain('Stop the application')
    db.close()

    const restored = expectOk(await node('db-restore.mjs', ['--', backupFile], url), 'db-restore')
    expect(restored.stdout).toMatch(/The database it replaced is kept at .*planner\.db\.before-restore-\d{8}T\d{6}/)
    const check = new Database(dbFile, { readonly: true })
    try {
      expect(check.prepare(SELECT_USERS).all()).toEqual([{ id: 'u1', email: 'ann@example.org' }])
    } finally {
      check.close()
    }
    const kept = fs.readdirSync(path.dirname(dbFile)).find((f) => f.startsWith('planner.db.before-restore-'))!
    const old = new Database(path.join(path.dirname(dbFile), kept), { readonly: true })
    try {
      expect(old.prepare(SELECT_USERS).all()).toEqual([{ id: 'u2', email: 'bob@example.org' }])
    } finally {
      old.close()
    }
    // the restored migration history is consistent: migrate deploy has nothing to do and succeeds
    expectOk(await node('db.mjs', ['migrate'], url), 'db.mjs migrate after restore')
  })

  test('SQLite: restore refuses a file that is not a backup of this database', async () => {
    const notSqlite = path.join(scratch, 'notes.txt')
    fs.writeFileSync(notSqlite, 'hello')
    const url = `file:${path.join(scratch, 'other/planner.db')}`
    const r1 = await node('db-restore.mjs', [notSqlite], url)
    expect(r1.code).toBe(1)
    expect(r1.stderr).toContain('is not an SQLite database file')
    const otherDb = path.join(scratch, 'unrelated.db')
    new Database(otherDb).exec('CREATE TABLE t (x)').close()
    const r2 = await node('db-restore.mjs', [otherDb], url)
    expect(r2.code).toBe(1)
    expect(r2.stderr).toContain('no _prisma_migrations table')
    expect(fs.existsSync(path.join(scratch, 'other/planner.db'))).toBe(false)
  })

  const pgDumpMissing = spawnSync('pg_dump', ['--version']).status !== 0 && process.env.CI !== 'true'
  if (pgDumpMissing && !skipPostgres) console.warn('[tests/db] Skipping the PostgreSQL backup test: pg_dump is missing (apt-get install -y postgresql-client).')

  describe.skipIf(skipPostgres || pgDumpMissing)('PostgreSQL', () => {
    let database: TempDatabase
    afterAll(async () => {
      await database?.drop()
    })

    test('pg_dump backup and pg_restore --clean round-trip a row', { timeout: 60_000 }, async () => {
      database = reserveTempDatabase('backup')
      // the password-less admin URL gets a Prisma-only parameter that the scripts must drop for libpq
      const url = `${database.url}?schema=public`
      const backupFile = path.join(scratch, 'pg-backups/planner.dump')
      expectOk(await node('db.mjs', ['migrate'], url), 'db.mjs migrate') // creates the database
      await queryDatabase(database.url, insertUser('u1', 'ann@example.org'))

      expectOk(await node('db-backup.mjs', [backupFile], url), 'db-backup')
      expect(fs.readFileSync(backupFile).subarray(0, 5).toString()).toBe('PGDMP')
      await queryDatabase(database.url, `DELETE FROM "User"; ${insertUser('u2', 'bob@example.org')}`)

      expectOk(await node('db-restore.mjs', [backupFile], url), 'db-restore')
      expect((await queryDatabase(database.url, SELECT_USERS)).rows).toEqual([{ id: 'u1', email: 'ann@example.org' }])
      expectOk(await node('db.mjs', ['migrate'], url), 'db.mjs migrate after restore')

      // into a database that does not exist yet (a new server): created, then restored
      await database.drop()
      expectOk(await node('db-restore.mjs', [backupFile], url), 'db-restore into a missing database')
      expect((await queryDatabase(database.url, SELECT_USERS)).rows).toEqual([{ id: 'u1', email: 'ann@example.org' }])
    })
  })
})
