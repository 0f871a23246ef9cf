// Drift check: the committed migrations of each provider must build exactly the models of
// prisma/schema.prisma (SQLite) and of the PostgreSQL schema derived from it. When this fails, a model was
// changed without a migration: create one for BOTH providers (see the message for the commands).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { derivePostgresSchema, schemas, writePostgresSchema } from '../../scripts/prisma-schemas.mjs'
import { createTempDatabase, postgresAdminUrl, skipPostgres, type TempDatabase } from './postgres'
import { prismaBin, root, run, type Provider } from './prisma-project'

const migrationsDir = (provider: Provider) => path.join(root, 'prisma/migrations', provider)

let scratch: string
beforeAll(() => {
  writePostgresSchema()
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-drift-'))
})
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

/**
 * `prisma migrate diff --from-migrations DIR --to-schema SCHEMA --exit-code --script` in the project root:
 * exit 0 when they match, 2 with the SQL that is missing from the migrations.
 */
function diffMigrationsToSchema(provider: Provider, schemaFile: string, env: { DATABASE_URL: string; SHADOW_DATABASE_URL?: string }) {
  const args = ['migrate', 'diff', '--from-migrations', migrationsDir(provider), '--to-schema', schemaFile, '--exit-code', '--script']
  return run(prismaBin, args, { cwd: root, env })
}

function expectNoDrift(provider: Provider, result: Awaited<ReturnType<typeof run>>) {
  if (result.code === 0) return
  const fix =
    'Create the migration for both providers, e.g.\n' +
    '  DATABASE_URL=file:./data/dev.db npx prisma migrate dev --name <change>\n' +
    '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<scratch db> npx prisma migrate dev --name <change>'
  const what = result.code === 2 ? `prisma/migrations/${provider} does not build the current models. SQL missing from the migrations:` : 'prisma migrate diff failed:'
  throw new Error(`${what}\n${result.output}\n${fix}`)
}

/** A copy of a schema with one more field in model User: the drift check must notice it. */
function schemaWithExtraField(source: string) {
  const changed = source.replace(/^model User \{\n/m, 'model User {\n  driftProbe String?\n')
  expect(changed).not.toBe(source)
  const file = path.join(scratch, `changed-${Math.random().toString(36).slice(2)}.prisma`)
  fs.writeFileSync(file, changed)
  return file
}

test('each provider has its migration_lock.toml', () => {
  for (const provider of ['sqlite', 'postgresql'] as const) {
    expect(fs.readFileSync(path.join(migrationsDir(provider), 'migration_lock.toml'), 'utf8')).toContain(`provider = "${provider}"`)
  }
})

describe.concurrent('committed migrations match the models', () => {
  describe('SQLite', () => {
    // migrate diff opens the datasource's file (creating it): keep it in the scratch folder
    const env = () => ({ DATABASE_URL: `file:${path.join(scratch, 'drift.db')}` })

    test('prisma/migrations/sqlite matches prisma/schema.prisma', async () => {
      expectNoDrift('sqlite', await diffMigrationsToSchema('sqlite', schemas.sqlite, env()))
    })

    test('the check fails when a model changes without a migration', async () => {
      const changed = schemaWithExtraField(fs.readFileSync(schemas.sqlite, 'utf8'))
      const result = await diffMigrationsToSchema('sqlite', changed, env())
      expect(result.code, result.output).toBe(2)
      expect(result.stdout).toMatch(/ALTER TABLE "User" ADD COLUMN "driftProbe" TEXT/)
    })
  })

  describe.skipIf(skipPostgres)('PostgreSQL', () => {
    let shadow: TempDatabase
    // --from-migrations replays the migrations on a shadow database, which the bridge wipes before each
    // use: one at a time (test.sequential) on this one shadow database
    const env = () => ({ DATABASE_URL: postgresAdminUrl, SHADOW_DATABASE_URL: shadow.url })
    beforeAll(async () => {
      shadow = await createTempDatabase('drift_shadow')
    })
    afterAll(async () => {
      await shadow?.drop()
    })

    test.sequential('prisma/migrations/postgresql matches the derived prisma/postgresql/schema.prisma', async () => {
      expectNoDrift('postgresql', await diffMigrationsToSchema('postgresql', schemas.postgresql, env()))
    })

    test.sequential('the check fails when a model changes without a migration', async () => {
      const changed = schemaWithExtraField(derivePostgresSchema(fs.readFileSync(schemas.sqlite, 'utf8')))
      const result = await diffMigrationsToSchema('postgresql', changed, env())
      expect(result.code, result.output).toBe(2)
      expect(result.stdout).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"driftProbe" TEXT/)
    })
  })
})

describe('derivePostgresSchema', () => {
  const source = [
    'generator client {',
    '  provider = "prisma-client"',
    '  output   = "../generated/sqlite"',
    '}',
    '',
    'datasource db {',
    '  provider = "sqlite"',
    '}',
    '',
    'model A {',
    '  id String @id',
    '}',
    '',
  ].join('\n')

  test('switches the provider and the client output, and marks the file as generated', () => {
    const derived = derivePostgresSchema(source)
    expect(derived.split('\n')[0]).toMatch(/^\/\/ Generated from prisma\/schema\.prisma .*Do not edit\.$/)
    expect(derived).toContain('provider = "postgresql"')
    expect(derived).toContain('output   = "../../generated/postgresql"')
    expect(derived).toContain('provider = "prisma-client"')
    expect(derived).not.toContain('sqlite')
    expect(derived).toContain('model A {\n  id String @id\n}')
  })

  test('refuses a schema without the lines it rewrites', () => {
    expect(() => derivePostgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/no longer has the provider and output lines/)
    expect(() => derivePostgresSchema(source.replace('../generated/sqlite', './client'))).toThrow(/no longer has the provider and output lines/)
  })

  test('writePostgresSchema wrote the derivation of the real schema', () => {
    expect(fs.readFileSync(schemas.postgresql, 'utf8')).toBe(derivePostgresSchema(fs.readFileSync(schemas.sqlite, 'utf8')))
  })
})
