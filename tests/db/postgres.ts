// Which PostgreSQL server the tests use, whether they run, and throwaway databases on it.
//
//   TEST_POSTGRES_URL   an admin URL (may create and drop databases);
//                       default postgresql://postgres@127.0.0.1:5432/postgres
//   CI=true             PostgreSQL is required: its tests run and fail loudly when the server can't be reached.
//   otherwise           when it can't be reached, the PostgreSQL tests are skipped with a printed reason.
//
// Use: describe.skipIf(skipPostgres)(...), then `await createTempDatabase()` in beforeAll and `drop()` after.
import crypto from 'node:crypto'
import pg from 'pg'

export const postgresAdminUrl = process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres'
export const postgresRequired = process.env.CI === 'true'

/** The URL without its password, for messages. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return undefined
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    return e.message || e.code || String(error)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Why PostgreSQL can't be used, or undefined when it can. */
export const postgresUnavailableReason = await probe()
export const postgresAvailable = postgresUnavailableReason === undefined
/** Skip the PostgreSQL tests: only outside CI, and only when the server can't be reached. */
export const skipPostgres = !postgresAvailable && !postgresRequired

if (skipPostgres) {
  console.warn(
    `[tests/db] Skipping the PostgreSQL tests: ${redactUrl(postgresAdminUrl)} cannot be reached (${postgresUnavailableReason}). ` +
      'Start PostgreSQL or set TEST_POSTGRES_URL to an admin URL; with CI=true these tests are required.',
  )
}

function assertPostgres() {
  if (postgresUnavailableReason !== undefined) {
    throw new Error(
      `PostgreSQL is required (CI=true) but ${redactUrl(postgresAdminUrl)} cannot be reached: ${postgresUnavailableReason}. ` +
        'Start PostgreSQL on 127.0.0.1:5432 or set TEST_POSTGRES_URL.',
    )
  }
}

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  return queryDatabase<T>(postgresAdminUrl, sql, params)
}

/** One query on one connection to `url`. */
export async function queryDatabase<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  await client.connect()
  try {
    return await client.query<T>(sql, params)
  } finally {
    await client.end()
  }
}

export interface TempDatabase {
  name: string
  /** URL of the database on the admin URL's server, with the admin URL's user. */
  url: string
  /** Drops the database (closing other sessions on it); safe to call when it was never created. */
  drop(): Promise<void>
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A random database name and its URL, not created: for commands that must create the database themselves. */
export function reserveTempDatabase(label = 'test'): TempDatabase {
  assertPostgres()
  const name = `tmp_${label.replace(/\W/g, '_').toLowerCase()}_${crypto.randomBytes(6).toString('hex')}`
  const url = new URL(postgresAdminUrl)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    async drop() {
      try {
        await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      } catch (error) {
        // WITH (FORCE) needs PostgreSQL 13+
        if ((error as { code?: string }).code !== '42601') throw error
        await adminQuery(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`)
      }
    },
  }
}

/** A new, empty database with a random name. */
export async function createTempDatabase(label = 'test'): Promise<TempDatabase> {
  const db = reserveTempDatabase(label)
  await adminQuery(`CREATE DATABASE ${quoteIdent(db.name)}`)
  return db
}

export async function databaseExists(name: string) {
  const { rowCount } = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  return rowCount === 1
}
