// The Prisma Migrate flows that the schema-engine bridge must support, written once and run against SQLite
// and PostgreSQL by migrate.test.ts. The steps are sequential tests sharing one temporary project: each
// starts from the state the previous one left (the two providers' flows may run concurrently).
import fs from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { expectOk, fixtureSchema, sha256, TempProject, type Provider } from './prisma-project'

/** How a flow reaches its provider's databases. */
export interface FlowDatabases {
  /** URLs of databases that do not exist yet: the CLI must create them. */
  dev: string
  prod: string
  push: string
  exists(url: string): Promise<boolean>
  query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]>
  /** Runs after the flow to remove what it created outside the project folder. */
  cleanup(): Promise<void>
}

export function defineMigrateFlow(provider: Provider, setup: (project: TempProject) => Promise<FlowDatabases>) {
  let project: TempProject
  let db: FlowDatabases
  const migrate = (args: string[], url: string, extra: Record<string, string> = {}) =>
    project.prisma(args, { DATABASE_URL: url, ...extra })

  beforeAll(async () => {
    project = new TempProject(provider)
    db = await setup(project)
  })

  afterAll(async () => {
    await db?.cleanup()
    project?.remove()
  })

  test.sequential('migrate dev creates the database and the first migration', { timeout: 60_000 }, async () => {
    expect(await db.exists(db.dev)).toBe(false)
    project.writeSchema(fixtureSchema('v1', provider))
    const r = expectOk(await migrate(['migrate', 'dev', '--name', 'init'], db.dev), 'migrate dev --name init')
    expect(r.output).toContain('Your database is now in sync with your schema')
    const [init, ...more] = project.migrations()
    expect(more).toEqual([])
    expect(init).toMatch(/^\d{14}_init$/)
    const sql = project.migrationSql(init!)
    expect(sql).toContain('CREATE TABLE "User"')
    if (provider === 'postgresql') expect(sql).toContain(`CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN')`)
    expect(await db.exists(db.dev)).toBe(true)
  })

  test.sequential('a schema change becomes a second migration', { timeout: 60_000 }, async () => {
    project.writeSchema(fixtureSchema('v2', provider))
    expectOk(await migrate(['migrate', 'dev', '--name', 'v2'], db.dev), 'migrate dev --name v2')
    const migrations = project.migrations()
    expect(migrations).toHaveLength(2)
    expect(migrations[1]).toMatch(/_v2$/)
    const sql = project.migrationSql(migrations[1]!)
    expect(sql).toContain('CREATE INDEX "Post_authorId_idx"')
    if (provider === 'postgresql') {
      expect(sql).toContain(`ALTER TYPE "Role" ADD VALUE 'EDITOR'`)
      expect(sql).toContain('ADD COLUMN     "name" TEXT')
    } else {
      expect(sql).toContain('ADD COLUMN "name" TEXT')
      expect(sql).toContain('CREATE TABLE "new_Post"') // SQLite redefines the table: a multi-statement file
    }
  })

  test.sequential('migrate dev on an unchanged schema: already in sync, no new migration', { timeout: 60_000 }, async () => {
    // replays both migrations on a shadow database, so this also proves the shadow database works
    const r = expectOk(await migrate(['migrate', 'dev', '--name', 'noop'], db.dev), 'migrate dev (no change)')
    expect(r.output).toContain('Already in sync')
    expect(project.migrations()).toHaveLength(2)
  })

  test.sequential('migrate deploy creates a fresh database; checksums are sha256 of migration.sql', { timeout: 60_000 }, async () => {
    expect(await db.exists(db.prod)).toBe(false)
    const r = expectOk(await migrate(['migrate', 'deploy'], db.prod), 'migrate deploy')
    expect(r.output).toContain('All migrations have been successfully applied')
    const rows = await db.query<{ migration_name: string; checksum: string; finished: unknown; rolled_back_at: unknown }>(
      db.prod,
      'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at FROM _prisma_migrations ORDER BY migration_name',
    )
    expect(rows.map((row) => [row.migration_name, row.checksum, Boolean(row.finished), row.rolled_back_at])).toEqual(
      project.migrations().map((name) => [name, sha256(project.migrationSql(name)), true, null]),
    )
    await db.query(db.prod, `INSERT INTO "User" (email, role, "createdAt") VALUES ('ann@example.org', 'EDITOR', CURRENT_TIMESTAMP)`)
    expect(await db.query(db.prod, `SELECT email, name FROM "User"`)).toEqual([{ email: 'ann@example.org', name: null }])
  })

  test.sequential('migrate status: up to date after deploy', { timeout: 30_000 }, async () => {
    const r = expectOk(await migrate(['migrate', 'status'], db.prod), 'migrate status')
    expect(r.output).toContain('2 migrations found')
    expect(r.output).toContain('Database schema is up to date!')
  })

  test.sequential('migrate reset --force empties the database and applies every migration again', { timeout: 60_000 }, async () => {
    await db.query(db.dev, `INSERT INTO "User" (email, "createdAt") VALUES ('bob@example.org', CURRENT_TIMESTAMP)`)
    expectOk(await migrate(['migrate', 'reset', '--force'], db.dev), 'migrate reset --force')
    expect(await db.query(db.dev, 'SELECT * FROM "User"')).toEqual([])
    const applied = await db.query<{ migration_name: string }>(db.dev, 'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name')
    expect(applied.map((row) => row.migration_name)).toEqual(project.migrations())
    const status = expectOk(await migrate(['migrate', 'status'], db.dev), 'migrate status after reset')
    expect(status.output).toContain('Database schema is up to date!')
  })

  test.sequential('migrate diff: no difference between migrations and schema, SQL script, a changed schema', { timeout: 60_000 }, async () => {
    const same = await migrate(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/schema.prisma', '--exit-code'],
      db.dev,
    )
    expect(same.code, same.output).toBe(0)
    expect(same.stdout).toContain('No difference detected')

    const script = expectOk(
      await migrate(['migrate', 'diff', '--from-empty', '--to-schema', 'prisma/schema.prisma', '--script'], db.dev),
      'migrate diff --script',
    )
    expect(script.stdout).toContain('CREATE TABLE "Post"')

    const changed = fixtureSchema('v2', provider).replace('  name      String?', '  name      String?\n  nickname  String?')
    fs.writeFileSync(project.path('prisma/changed.prisma'), changed)
    const different = await migrate(
      ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema', 'prisma/changed.prisma', '--exit-code'],
      db.dev,
    )
    expect(different.code, different.output).toBe(2)
    expect(different.stdout).toContain('nickname')
  })

  test.sequential('db push creates a database from the schema; db execute runs SQL on it', { timeout: 60_000 }, async () => {
    expectOk(await migrate(['db', 'push'], db.push), 'db push')
    const insert = `INSERT INTO "User" (email, role, "createdAt") VALUES ('cy@example.org', 'ADMIN', CURRENT_TIMESTAMP);\n` +
      `INSERT INTO "Post" (title, "authorId") SELECT 'hello', id FROM "User";`
    expectOk(await project.prisma(['db', 'execute', '--stdin'], { DATABASE_URL: db.push }, insert), 'db execute --stdin')
    const rows = await db.query(db.push, `SELECT u.email, p.title, p.published FROM "Post" p JOIN "User" u ON u.id = p."authorId"`)
    expect(rows.map((row) => ({ ...row, published: Boolean(row.published) }))).toEqual([{ email: 'cy@example.org', title: 'hello', published: false }])
  })
}
