// The official Prisma CLI (node_modules/.bin/prisma) through scripts/schema-engine-bridge.mjs, against
// SQLite files and throwaway PostgreSQL databases, in temporary projects. The SQLite and PostgreSQL flows
// run concurrently; the steps of each run in order.
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { describe, expect, test } from 'vitest'
import { defineMigrateFlow } from './migrate-flow'
import { adminQuery, createTempDatabase, databaseExists, queryDatabase, reserveTempDatabase, skipPostgres, type TempDatabase } from './postgres'
import { expectOk, fixtureSchema, prismaBin, root, run, TempProject } from './prisma-project'

const sqliteFileOf = (url: string) => url.replace(/^file:/, '')

const shadowDatabases = async () =>
  (await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`)).rows.map((r) => r.datname)

describe.concurrent('prisma CLI through the schema-engine bridge', () => {
  describe('SQLite', () => {
    defineMigrateFlow('sqlite', async (project) => ({
      dev: `file:${project.path('dev.db')}`,
      prod: `file:${project.path('data/prod.db')}`, // in a folder that does not exist yet
      push: `file:${project.path('push.db')}`,
      exists: async (url) => fs.existsSync(sqliteFileOf(url)) && fs.statSync(sqliteFileOf(url)).size > 0,
      async query<T>(url: string, sql: string) {
        const db = new Database(sqliteFileOf(url), { fileMustExist: true })
        try {
          const statement = db.prepare(sql)
          return (statement.reader ? statement.all() : (statement.run(), [])) as T[]
        } finally {
          db.close()
        }
      },
      cleanup: async () => {},
    }))

    test.sequential('prisma -v reports the bridge as the schema engine', async () => {
      const r = expectOk(await run(prismaBin, ['-v'], { cwd: root }), 'prisma -v')
      expect(r.stdout).toMatch(/Schema Engine\s*:\s*schema-engine-cli \w+ \(wasm shim\)/)
      expect(r.stdout).toContain('scripts/schema-engine-bridge.mjs')
    })
  })

  describe.skipIf(skipPostgres)('PostgreSQL', () => {
    const databases: TempDatabase[] = []
    let shadowsBefore: string[] = []

    defineMigrateFlow('postgresql', async () => {
      shadowsBefore = await shadowDatabases()
      const [dev, prod, push] = ['dev', 'prod', 'push'].map((label) => reserveTempDatabase(`migrate_${label}`))
      databases.push(dev!, prod!, push!)
      return {
        dev: dev!.url,
        prod: prod!.url,
        push: push!.url,
        exists: (url) => databaseExists(new URL(url).pathname.slice(1)),
        query: async <T>(url: string, sql: string) => (await queryDatabase(url, sql)).rows as T[],
        cleanup: async () => {
          await Promise.all(databases.map((db) => db.drop()))
        },
      }
    })

    test.sequential('the temporary shadow databases of migrate dev and migrate diff were dropped', async () => {
      const left = (await shadowDatabases()).filter((name) => !shadowsBefore.includes(name))
      expect(left).toEqual([])
    })

    test.sequential('an explicit shadow database is wiped before use; the main database is refused as shadow', { timeout: 60_000 }, async () => {
      const project = new TempProject('pg-shadow')
      const main = await createTempDatabase('shadow_main')
      const shadow = await createTempDatabase('shadow')
      try {
        project.writeSchema(fixtureSchema('v1', 'postgresql'))
        const diff = expectOk(
          await project.prisma(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'], { DATABASE_URL: main.url }),
          'migrate diff --from-empty',
        )
        fs.mkdirSync(project.path('prisma/migrations/20260101000000_init'))
        fs.writeFileSync(project.path('prisma/migrations/20260101000000_init/migration.sql'), diff.stdout)
        fs.writeFileSync(project.path('prisma/migrations/migration_lock.toml'), 'provider = "postgresql"\n')
        // leftovers of an earlier run in the shadow database must not show up as differences
        await queryDatabase(shadow.url, 'CREATE TABLE leftover (id int); CREATE SCHEMA old_stuff')
        const args = ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code']
        const wiped = await project.prisma(args, { DATABASE_URL: main.url, SHADOW_DATABASE_URL: shadow.url })
        expect(wiped.code, wiped.output).toBe(0)
        const refused = await project.prisma(args, { DATABASE_URL: main.url, SHADOW_DATABASE_URL: main.url })
        expect(refused.code).toBe(1)
        expect(refused.output).toContain('points at the main database')
      } finally {
        project.remove()
        await Promise.all([main.drop(), shadow.drop()])
      }
    })
  })
})
