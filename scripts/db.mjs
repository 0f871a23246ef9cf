#!/usr/bin/env node
// Database chores that run offline through the project's schema-engine bridge:
//   node scripts/db.mjs generate   derive the PostgreSQL schema and generate both Prisma clients
//   node scripts/db.mjs migrate    apply pending migrations to DATABASE_URL (SQLite file by default)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { writePostgresSchema } from './prisma-schemas.mjs'

const root = path.resolve(import.meta.dirname, '..')
const prismaBin = path.join(root, 'node_modules/.bin/prisma')
import { DEFAULT_DATABASE_URL } from '../lib/database-url.mjs'

function prisma(args, env = {}) {
  const r = spawnSync(prismaBin, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' })
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` }
}

export function generate() {
  writePostgresSchema()
  for (const url of [DEFAULT_DATABASE_URL, 'postgresql://generate@localhost/generate']) {
    const r = prisma(['generate'], { DATABASE_URL: url })
    if (!r.ok) throw new Error(`prisma generate failed:\n${r.output}`)
  }
}

/** Applies pending migrations; throws an Error with one clear line when the database cannot be reached. */
export function migrate(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  writePostgresSchema()
  if (url.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(root, url.slice(5).split('?')[0])), { recursive: true })
  const r = prisma(['migrate', 'deploy'], { DATABASE_URL: url })
  if (!r.ok) {
    const where = url.replace(/\/\/[^@/]*@/, '//***@')
    const reason = r.output.split('\n').find((l) => /^Error|P1\d\d\d|ECONNREFUSED|Can't reach|does not exist/.test(l)) ?? r.output.trim().split('\n').pop()
    throw new Error(`Cannot migrate the database at ${where}: ${reason?.trim()}`)
  }
  return r.output
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2]
  try {
    if (command === 'generate') generate()
    else if (command === 'migrate') migrate()
    else {
      console.error('usage: node scripts/db.mjs generate|migrate')
      process.exit(2)
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
}
