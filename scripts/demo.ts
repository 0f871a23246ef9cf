// `npm run demo`: build, migrate, seed the demo accounts and programmes, and start on
// http://localhost:3000, on SQLite, with no configuration. The secret is generated once and kept in data/.
import './load-env'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_DATABASE_URL } from '@/lib/database-url.mjs'
import { prepareDatabase, startServer } from './start'
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed-demo'

const root = path.resolve(import.meta.dirname, '..')
const dataDir = path.join(root, 'data')
fs.mkdirSync(dataDir, { recursive: true })

const secretFile = path.join(dataDir, 'nextauth-secret')
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(48).toString('base64url'), { mode: 0o600 })

const port = process.env.PORT ?? '3000'
const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? fs.readFileSync(secretFile, 'utf8').trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  PORT: port,
}

console.log('Building the application (next build)…')
const build = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env, NODE_ENV: 'production' } })
if (build.status !== 0) process.exit(build.status ?? 1)

await prepareDatabase(env.DATABASE_URL)
const seeded = await seedDemo(env.DATABASE_URL)
console.log(seeded.created ? 'Demo data created.' : 'Demo data already present.')
console.log(`\nIntersessional Planner: http://localhost:${port}\nDemo accounts (password "${DEMO_PASSWORD}"):`)
for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(22)} ${u.role}${u.admin ? ' (administrator)' : ''}`)
console.log('')
await startServer({ ...env, NODE_ENV: 'production' }, { prepare: false })
