// Starts the production server: checks the environment, applies pending migrations, then `next start`.
// Used by `npm start` and by `npm run demo`.
import './load-env'
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { EnvError, parseEnv } from '@/lib/env'
import Database from 'better-sqlite3'
import { isPostgresUrl, sqliteFile } from '@/lib/database-url.mjs'
import { migrate } from './db.mjs'

const root = path.resolve(import.meta.dirname, '..')

export async function prepareDatabase(url: string) {
  migrate(url)
  if (!isPostgresUrl(url)) {
    // WAL lets readers and one writer work at once; it is kept in the database file. Set through
    // better-sqlite3 itself: this process waits beside the server for as long as it runs, and the
    // database client would keep about 80 MB in it for nothing.
    const sqlite = new Database(sqliteFile(url))
    sqlite.pragma('journal_mode = WAL')
    sqlite.close()
  }
}

/**
 * The server's heap (unless NODE_OPTIONS sets one) and glibc's arenas. Node.js sizes the heap from the memory (about
 * 4 GB on 24 GiB) and, under load, let it grow to 650–875 MB of RSS before collecting (`npm run bench`,
 * issue 18). The editor is rendered a few at a time (lib/render-slots.ts), so what the server holds at
 * once is bounded: at 160 MB the bench's peak RSS was 313–327 MB, with the same throughput.
 */
function withMemoryLimits(env: NodeJS.ProcessEnv, heapMB: number): NodeJS.ProcessEnv {
  let options = env.NODE_OPTIONS ?? ''
  if (!/--max-old-space-size/.test(options)) options = `${options} --max-old-space-size=${heapMB}`
  // The young generation: V8 gives a 160 MB heap two 16 MB halves; 4 MB each hold a request's
  // short-lived objects as well and keep 24 MB less (`npm run bench:pdf`'s server peaked at 306–308 MB
  // instead of 316–364 in runs of the same build).
  if (!/--max-semi-space-size/.test(options)) options = `${options} --max-semi-space-size=4`
  return {
    ...env,
    // Two of glibc's memory arenas instead of one per thread: 23 MB less when idle, measured here.
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2',
    NODE_OPTIONS: options.trim(),
  }
}

export async function startServer(extraEnv: Record<string, string> = {}, { prepare = true } = {}) {
  let env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv }
  try {
    const checked = parseEnv(env)
    env = withMemoryLimits(env, checked.SERVER_HEAP_MB)
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
