import path from 'node:path'
import { defineConfig } from 'prisma/config'
import './scripts/load-env'

// Offline: the CLI talks to our bridge to the WebAssembly schema engine instead of downloading the
// native binary (see scripts/schema-engine-bridge.mjs).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, 'scripts/schema-engine-bridge.mjs')

const url = process.env.DATABASE_URL || 'file:./data/planner.db'
const provider = /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite'

export default defineConfig({
  schema: provider === 'postgresql' ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: `prisma/migrations/${provider}` },
  datasource: { url },
})
