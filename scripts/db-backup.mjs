#!/usr/bin/env node
// Back up the database named by DATABASE_URL (default file:./data/planner.db) to a file.
//   npm run db:backup -- [FILE]      (default FILE: data/backups/planner-<date>.db or .dump)
// SQLite: an online backup through SQLite's backup API (better-sqlite3 `db.backup`): consistent, and safe
//   while the application runs. The result is an ordinary SQLite database file.
// PostgreSQL (DATABASE_URL postgres:// or postgresql://): `pg_dump --format=custom`, for pg_restore.
//   Needs the PostgreSQL client tools (apt-get install -y postgresql-client); under CI=true they are
//   installed automatically.
// Restore with scripts/db-restore.mjs. A relative FILE is taken from the folder npm was run in.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import { DEFAULT_DATABASE_URL, isPostgresUrl, sqliteFile } from '../lib/database-url.mjs'

export const databaseUrl = () => process.env.DATABASE_URL || DEFAULT_DATABASE_URL
/** A file named on the command line, relative to the folder `npm run` was started from. */
export const userPath = (file) => path.resolve(process.env.INIT_CWD || process.cwd(), file)
/** The URL without its password, for messages. */
export const redact = (url) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')

export class UserError extends Error {}

// URL parameters that Prisma or node-postgres understand but libpq (pg_dump, pg_restore) rejects.
const NON_LIBPQ_PARAMS = ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'statement_cache_size', 'socket_timeout', 'sslaccept', 'sslidentity', 'max_connection_lifetime', 'max_idle_connection_lifetime']

/**
 * How to hand a PostgreSQL URL to pg_dump / pg_restore: a libpq URL without the password (which goes to
 * PGPASSWORD, so that it doesn't show in the process list) and the Prisma `schema` parameter, if any.
 */
export function libpqConnection(url) {
  const u = new URL(url)
  const env = {}
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password)
  u.password = ''
  const schema = u.searchParams.get('schema') ?? undefined
  for (const name of NON_LIBPQ_PARAMS) u.searchParams.delete(name)
  return { dbname: u.toString(), env, schema }
}

/** The path of a PostgreSQL client tool; installs the client package under CI, else says how to. */
export function pgTool(name) {
  const found = () => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0
  if (found()) return name
  const install = 'apt-get install -y postgresql-client'
  if (process.env.CI === 'true') {
    console.error(`${name} not found; CI=true, so installing the PostgreSQL client tools: apt-get update && ${install}`)
    spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    spawnSync('apt-get', ['install', '-y', 'postgresql-client'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (found()) return name
  }
  throw new UserError(
    `${name} was not found. It comes with the PostgreSQL client tools; install them with:\n` +
      `  ${install}          (Debian/Ubuntu, as root)\n` +
      '  brew install libpq && brew link --force libpq   (macOS)\n' +
      'Its major version must be at least the server\'s.',
  )
}

/** Runs a PostgreSQL client tool; throws a UserError with its own message when it fails. */
export function runPgTool(name, args, env) {
  const r = spawnSync(pgTool(name), args, { encoding: 'utf8', env: { ...process.env, ...env } })
  if (r.status !== 0) {
    const detail = (r.stderr || r.stdout || String(r.error ?? '')).trim()
    const hint = /version mismatch|unsupported version/i.test(detail)
      ? `\nInstall the client tools of the server's major version (e.g. apt-get install -y postgresql-client-<version>).`
      : ''
    throw new UserError(`${name} failed:\n${detail}${hint}`)
  }
  return r
}

function defaultBackupFile(url) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  return path.resolve('data/backups', `planner-${stamp}.${isPostgresUrl(url) ? 'dump' : 'db'}`)
}

async function backupSqlite(url, file) {
  const source = sqliteFile(url)
  if (!fs.existsSync(source)) throw new UserError(`There is no SQLite database at ${source} (DATABASE_URL=${url}).`)
  if (path.resolve(file) === source) throw new UserError('The backup file cannot be the database itself.')
  const partial = `${file}.partial`
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 })
  try {
    await db.backup(partial)
  } finally {
    db.close()
  }
  const copy = new Database(partial, { readonly: true })
  try {
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new UserError(`The backup failed its integrity check: ${check}`)
  } finally {
    copy.close()
  }
  fs.renameSync(partial, file)
}

function backupPostgres(url, file) {
  const { dbname, env, schema } = libpqConnection(url)
  const partial = `${file}.partial`
  runPgTool('pg_dump', ['--format=custom', `--file=${partial}`, ...(schema ? [`--schema=${schema}`] : []), `--dbname=${dbname}`], env)
  fs.renameSync(partial, file)
}

export async function backup(url, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (isPostgresUrl(url)) backupPostgres(url, file)
  else if (url.startsWith('file:')) await backupSqlite(url, file)
  else throw new UserError('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL).')
  return file
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = databaseUrl()
  const arg = process.argv.slice(2).find((a) => a !== '--')
  if (arg === '-h' || arg === '--help') {
    console.log('usage: npm run db:backup -- [FILE]   (backs up the database of DATABASE_URL)')
    process.exit(0)
  }
  const file = arg ? userPath(arg) : defaultBackupFile(url)
  try {
    await backup(url, file)
    console.log(`Backed up ${redact(url)} to ${file} (${fs.statSync(file).size} bytes).`)
  } catch (error) {
    console.error(error instanceof UserError ? error.message : error)
    fs.rmSync(`${file}.partial`, { force: true })
    process.exit(1)
  }
}
