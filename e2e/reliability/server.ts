// A production server of its own for the tests that stop it or its database: on a database made for
// the test (migrated and seeded with the demo data), in its own process group, so that the test can
// kill the whole server (SIGKILL) as a crash would.
import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { seedDemo } from '../../scripts/seed-demo'
import { prepareDatabase } from '../../scripts/start'
import { programmeForSpec } from '../fixtures'

const root = path.resolve(import.meta.dirname, '../..')

/** A port no one listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Migrates and seeds `url`, and gives it a draft programme for `year`; the programme's ids. */
export async function preparedDatabase(url: string, year: number) {
  await prepareDatabase(url)
  await seedDemo(url)
  const programme = await programmeForSpec(year, 'programme-2026.json', 'draft', url)
  const day = programme.days.find((d) => d.items.length > 0)!
  return { programmeId: programme.id, dayId: day.id, item: day.items[0]! }
}

export type OwnServer = {
  url: string
  process: ChildProcess
  output: () => string
  /** The whole server at once, with no chance to finish anything (a crash). */
  crash(): Promise<void>
  stop(): Promise<void>
}

/** `next start` on `databaseUrl` (already migrated), answering once /signin does; `env` adds to or replaces its environment. */
export async function startOwnServer(databaseUrl: string, port?: number, env: Record<string, string> = {}): Promise<OwnServer> {
  port ??= await freePort()
  const url = `http://localhost:${port}`
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_SECRET: 'reliability-secret-reliability-secret-0123', NEXTAUTH_URL: url, ...env },
  })
  let log = ''
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // already gone
    }
  }
  const server: OwnServer = {
    url,
    process: child,
    output: () => log,
    async crash() {
      signalGroup('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      signalGroup('SIGTERM')
      const late = setTimeout(() => signalGroup('SIGKILL'), 5_000)
      await exited
      clearTimeout(late)
    },
  }
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${log}`)
    try {
      if ((await fetch(`${url}/signin`)).ok) return server
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await server.stop()
  throw new Error(`The server did not answer within 60 s:\n${log}`)
}
