// A production server on its own database for the benchmarks, and a signed-in session for it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')

export function ensureBuild() {
  if (fs.existsSync(path.join(root, '.next/BUILD_ID'))) return
  console.log('No production build: running next build…')
  const r = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  if (r.status !== 0) throw new Error('next build failed')
}

export type RunningServer = { url: string; process: ChildProcess; stop(): Promise<void> }

export async function startBenchServer(databaseUrl: string, port: number): Promise<RunningServer> {
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_SECRET: 'bench-secret-bench-secret-bench-secret-000', NEXTAUTH_URL: `http://localhost:${port}` },
    // Its log is not read (a pipe nobody reads would stop the server once full); its errors are shown.
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://localhost:${port}`
  // Up to five minutes: start.ts applies the migrations first, slow on a busy machine.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break
    } catch {}
    if (child.exitCode !== null) throw new Error('The server stopped while starting')
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        // `tsx scripts/start.ts` forwards the signal to `next start`.
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** Signs in through next-auth's credentials flow and returns the session cookie. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`Signing in as ${email} failed (${res.status})`)
  return session.split(';')[0]!
}
