#!/usr/bin/env node
// prisma/schema.prisma (SQLite) is the one source of truth for the models; PostgreSQL gets the same
// models with its own provider and generated client. Run before any `prisma` command (postinstall does).
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
export const schemas = {
  sqlite: path.join(root, 'prisma/schema.prisma'),
  postgresql: path.join(root, 'prisma/postgresql/schema.prisma'),
}

export function derivePostgresSchema(source) {
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/generated\/sqlite"/, 'output   = "../../generated/postgresql"')
  if (out === source || !out.includes('"postgresql"') || !out.includes('generated/postgresql')) {
    throw new Error('prisma/schema.prisma no longer has the provider and output lines this script rewrites')
  }
  return '// Generated from prisma/schema.prisma by scripts/prisma-schemas.mjs. Do not edit.\n' + out
}

export function writePostgresSchema() {
  const text = derivePostgresSchema(fs.readFileSync(schemas.sqlite, 'utf8'))
  fs.mkdirSync(path.dirname(schemas.postgresql), { recursive: true })
  if (!fs.existsSync(schemas.postgresql) || fs.readFileSync(schemas.postgresql, 'utf8') !== text) {
    fs.writeFileSync(schemas.postgresql, text)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) writePostgresSchema()
