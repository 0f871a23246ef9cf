// The server the end-to-end tests run against: the production build, on a fresh SQLite database
// (or E2E_DATABASE_URL) seeded with the demo data.
import fs from 'node:fs'
import path from 'node:path'
import { prepareDatabase, startServer } from './start'
import { seedDemo } from './seed-demo'
import { E2E_DATABASE_URL } from '../e2e/fixtures'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORT ?? '3100'
const url = E2E_DATABASE_URL
if (url.startsWith('file:')) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.resolve(root, url.slice(5) + suffix), { force: true })

await prepareDatabase(url)
await seedDemo(url)
await startServer(
  { DATABASE_URL: url, NODE_ENV: 'production', NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123456789', NEXTAUTH_URL: `http://localhost:${port}`, PORT: port, CLOCK_INTERVAL_MS: '1000', I18N_PSEUDO: '1' },
  { prepare: false },
)
