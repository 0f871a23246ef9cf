import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { Prisma, PrismaClient as SqliteClient } from '@/generated/sqlite/client'
import { PrismaClient as PostgresClient } from '@/generated/postgresql/client'
import { env } from '@/lib/env'
import { isPostgresUrl, sqliteFile } from '@/lib/database-url.mjs'

// Both generated clients have the same models and methods; the SQLite one's type stands for both.
export type Db = SqliteClient
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
/** Clears a JSON column (SQL NULL); both clients share Prisma's runtime, so this one value serves both. */
export const dbNull = Prisma.DbNull


/** A client for a database URL: SQLite through better-sqlite3, or PostgreSQL through pg. */
export function createDb(url: string): Db {
  if (isPostgresUrl(url)) {
    const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 })
    return new PostgresClient({ adapter }) as unknown as Db
  }
  const file = sqliteFile(url)
  // A busy timeout lets concurrent writers wait for the lock instead of failing at once.
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5_000 }) })
}

const globalForDb = globalThis as unknown as { plannerDb?: Db }

/** The application's one database client, chosen from DATABASE_URL. */
export function db(): Db {
  return (globalForDb.plannerDb ??= createDb(env().DATABASE_URL))
}
