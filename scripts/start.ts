// Starts the production server: checks the environment, applies pending migrations, then `next start`.
// Used by `npm start` and by `npm run demo`.
import './load-env'
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { EnvError, parseEnv } from '@/lib/env'
import { createDb } from '@/lib/db'
import { isPostgresUrl } from '@/lib/database-url.mjs'
import { migrate } from './db.mjs'

const root = path.resolve(import.meta.dirname, '..')

export async function prepareDatabase(url: string) {
  migrate(url)
  if (!isPostgresUrl(url)) {
    // WAL lets readers and one writer work at once; it is kept in the database file.
    const db = createDb(url)
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
    await db.$disconnect()
  }
}

export async function startServer(extraEnv: Record<string, string> = {}, { prepare = true } = {}) {
  const env = { ...process.env, ...extraEnv }
  try {
    const checked = parseEnv(env)
    if (prepare) await prepareDatabase(checked.DATABASE_URL)
  } catch (e) {
    console.error(e instanceof EnvError || e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
  const port = env.PORT ?? '3000'
  const built = spawnSync('test', ['-f', path.join(root, '.next/BUILD_ID')]).status === 0
  if (!built) {
    console.error('No production build found: run `npm run build` first (npm run demo does it for you).')
    process.exit(1)
  }
  const server = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', port], { cwd: root, env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
}

if (import.meta.url === `file://${process.argv[1]}`) await startServer()
