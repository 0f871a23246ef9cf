#!/usr/bin/env node
// Restore the database named by DATABASE_URL (default file:./data/planner.db) from a backup made by
// scripts/db-backup.mjs.
//   npm run db:restore -- FILE
// SQLite: the backup file replaces the database file. Stop the application first: the restore refuses
//   while any process has the database open (seen through /proc on Linux, else through SQLite's lock).
//   The database it replaces is kept beside it as <name>.before-restore-<date>.
// PostgreSQL: `pg_restore --clean --if-exists --no-owner --no-acl --single-transaction` into the database
//   (created when missing): all or nothing. It drops and recreates the objects in the backup; objects
//   the backup doesn't have (e.g. tables of a newer migration) are left alone, so restore into the same
//   schema version, or into an empty database. Best with the application stopped.
// Afterwards, `npm run db:migrate` applies any migrations newer than the backup.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import pg from 'pg'
import { isPostgresUrl, sqliteFile } from '../lib/database-url.mjs'
import { databaseUrl, libpqConnection, redact, runPgTool, UserError, userPath } from './db-backup.mjs'

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal']

// ---- SQLite

function checkSqliteBackup(file) {
  const header = Buffer.alloc(16)
  const fd = fs.openSync(file, 'r')
  fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  if (header.toString('latin1') !== 'SQLite format 3\0') throw new UserError(`${file} is not an SQLite database file.`)
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const check = db.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new UserError(`${file} fails SQLite's integrity check: ${check}`)
    const migrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
    if (!migrations) throw new UserError(`${file} is not a backup of this application's database (it has no _prisma_migrations table).`)
  } finally {
    db.close()
  }
}

/** Processes (pid and command line) that have the database or its WAL/journal open, from /proc; null where /proc is missing. */
function processesUsing(file) {
  if (!fs.existsSync('/proc/self/fd')) return null
  const dir = fs.realpathSync(path.dirname(file))
  const names = new Set(['', ...SQLITE_SIDE_FILES].map((suffix) => path.join(dir, path.basename(file) + suffix)))
  const users = []
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or another user's process (visible to root only)
    }
    const open = fds.some((fd) => {
      try {
        return names.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (open) {
      let command = ''
      try {
        command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim()
      } catch {}
      users.push(`${pid} ${command}`.trim())
    }
  }
  return users
}

/** Refuses when the database seems to be in use: a process has it open, or another connection holds a lock. */
function assertSqliteNotInUse(file) {
  const users = processesUsing(file)
  if (users?.length) {
    throw new UserError(
      `The database ${file} is open in ${users.length === 1 ? 'a process' : 'processes'}:\n  ${users.join('\n  ')}\n` +
        'Stop the application (and anything else using the database), then run the restore again.',
    )
  }
  const db = new Database(file, { fileMustExist: true, timeout: 0 })
  try {
    db.exec('BEGIN EXCLUSIVE; ROLLBACK;')
  } catch (error) {
    throw new UserError(`The database ${file} is locked by another connection (${error.message}). Stop the application first.`)
  } finally {
    db.close()
  }
}

function restoreSqlite(url, backupFile) {
  const target = sqliteFile(url)
  checkSqliteBackup(backupFile)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  let kept
  if (fs.existsSync(target)) {
    assertSqliteNotInUse(target) // the check also checkpoints a leftover WAL into the file it then keeps
    kept = `${target}.before-restore-${stamp()}`
    fs.renameSync(target, kept)
  }
  // a WAL or journal left beside the old file would be applied to the restored one
  for (const suffix of SQLITE_SIDE_FILES) fs.rmSync(target + suffix, { force: true })
  const partial = `${target}.partial`
  fs.copyFileSync(backupFile, partial)
  fs.renameSync(partial, target)
  return kept ? `The database it replaced is kept at ${kept}.` : ''
}

// ---- PostgreSQL

async function ensurePostgresDatabase(url) {
  const u = new URL(url)
  const name = decodeURIComponent(u.pathname.slice(1))
  u.pathname = '/postgres'
  for (const param of ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer']) u.searchParams.delete(param)
  const client = new pg.Client({ connectionString: u.toString() })
  try {
    await client.connect()
  } catch {
    return '' // no access to the maintenance database: let pg_restore say what is wrong
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
      return `Created the database ${name}.`
    }
    const { rows } = await client.query(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    )
    if (rows[0].n > 0) console.warn(`Warning: ${rows[0].n} other session(s) are connected to ${name}; the restore waits for their locks.`)
    return ''
  } finally {
    await client.end()
  }
}

async function restorePostgres(url, backupFile) {
  const magic = Buffer.alloc(5)
  const fd = fs.openSync(backupFile, 'r')
  fs.readSync(fd, magic, 0, 5, 0)
  fs.closeSync(fd)
  if (magic.toString('latin1') !== 'PGDMP') throw new UserError(`${backupFile} is not a pg_dump custom-format backup (made by npm run db:backup).`)
  const note = await ensurePostgresDatabase(url)
  const { dbname, env } = libpqConnection(url)
  runPgTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--no-acl', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, backupFile],
    env,
  )
  return note
}

export async function restore(url, backupFile) {
  if (!fs.existsSync(backupFile)) throw new UserError(`There is no backup file at ${backupFile}.`)
  if (isPostgresUrl(url)) return restorePostgres(url, backupFile)
  if (url.startsWith('file:')) return restoreSqlite(url, backupFile)
  throw new UserError('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.slice(2).find((a) => a !== '--')
  if (!arg || arg === '-h' || arg === '--help') {
    console.log('usage: npm run db:restore -- FILE   (replaces the database of DATABASE_URL with the backup FILE)')
    process.exit(arg ? 0 : 2)
  }
  const url = databaseUrl()
  const file = userPath(arg)
  try {
    const note = await restore(url, file)
    console.log(`Restored ${redact(url)} from ${file}. ${note}`.trim())
    console.log('If the backup is older than the code, run `npm run db:migrate` to apply the newer migrations.')
  } catch (error) {
    console.error(error instanceof UserError ? error.message : error)
    process.exit(1)
  }
}
