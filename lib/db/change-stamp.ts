// A value that changes whenever anything is committed to the database, by this server, another
// server or a script: what lib/reader-answers.ts compares before it answers a kept page again.
// - SQLite: `PRAGMA data_version` on a connection of its own, which never writes: SQLite changes it
//   whenever another connection (the application's, another process's) commits.
// - PostgreSQL: the current snapshot (`xmin:xmax:transactions in progress`), which moves on whenever a
//   transaction that writes begins or ends, on any database of the server: a page may be rendered
//   again for another database's writes, never kept past a change of this one's. Reading alone does
//   not move it (a reading transaction takes no transaction id).
// Either costs a few microseconds (SQLite) or one small query (PostgreSQL) per request.
import 'server-only'
import Database from 'better-sqlite3'
import { Pool } from 'pg'
import { isPostgresUrl, sqliteFile } from '@/lib/database-url.mjs'

export type ChangeStamp = () => Promise<string>

export function changeStampOf(url: string): ChangeStamp {
  if (isPostgresUrl(url)) {
    const pool = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 })
    // A connection lost while idle is replaced at the next query; its error must not stop the server.
    pool.on('error', (e) => console.error('[change stamp]', e.message))
    return async () => (await pool.query<{ snapshot: string }>('SELECT pg_current_snapshot()::text AS snapshot')).rows[0]!.snapshot
  }
  let connection: Database.Database | undefined
  return async () => {
    connection ??= new Database(sqliteFile(url), { readonly: true, fileMustExist: true })
    return String(connection.pragma('data_version', { simple: true }))
  }
}
