// Migrated throwaway databases for the data-layer tests: SQLite always, PostgreSQL where
// tests/db/postgres.ts says it runs (always under CI=true).
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDb, type Db } from '@/lib/db'
import { migrate } from '../../scripts/db.mjs'
import { createTempDatabase, skipPostgres } from '../db/postgres'

export type Provider = 'sqlite' | 'postgresql'
export const PROVIDERS = [
  { provider: 'sqlite' as Provider, skip: false },
  { provider: 'postgresql' as Provider, skip: skipPostgres },
]

export type TestDatabase = { url: string; db: Db; drop(): Promise<void> }

export async function migratedDatabase(provider: Provider): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-test-'))
    const url = `file:${path.join(dir, `${crypto.randomUUID()}.db`)}`
    migrate(url)
    const db = createDb(url)
    return { url, db, drop: async () => (await db.$disconnect(), fs.rmSync(dir, { recursive: true, force: true })) }
  }
  const temp = await createTempDatabase('integration')
  migrate(temp.url)
  const db = createDb(temp.url)
  return { url: temp.url, db, drop: async () => (await db.$disconnect(), await temp.drop()) }
}
