#!/usr/bin/env node
// CI: the server `npm run demo` started answers a sign-in, as a newcomer would do it from the README.
// Waits for the sign-in page, signs in as the President of the demo through next-auth's credentials
// callback, reads the session back, and checks that a wrong password gets no session.
//   node scripts/ci-demo-signin.mjs BASE_URL [--pid PID] [--timeout SECONDS]
// --pid: the demo's process; its end stops the wait at once.
const [base, ...rest] = process.argv.slice(2)
const option = (name, fallback) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : fallback)
const pid = Number(option('--pid', 0))
const deadline = Date.now() + Number(option('--timeout', 300)) * 1000
if (!base) {
  console.error('usage: node scripts/ci-demo-signin.mjs BASE_URL [--pid PID] [--timeout SECONDS]')
  process.exit(2)
}
const EMAIL = 'president@demo.test'
const PASSWORD = 'demo-password'

function alive() {
  if (!pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitForSignInPage() {
  let last = ''
  while (Date.now() < deadline) {
    if (!alive()) throw new Error('the demo stopped before answering')
    try {
      const res = await fetch(new URL('/signin', base), { redirect: 'manual' })
      if (res.status === 200) return
      last = `status ${res.status}`
    } catch (e) {
      last = e instanceof Error ? (e.cause?.code ?? e.message) : String(e)
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`no sign-in page at ${base}/signin in time (${last})`)
}

/** Signs in; returns the session the server then reports (an empty object when there is none). */
async function signIn(email, password) {
  const jar = new Map()
  const keep = (res) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const i = pair.indexOf('=')
      jar.set(pair.slice(0, i), pair.slice(i + 1))
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const csrfRes = await fetch(new URL('/api/auth/csrf', base))
  keep(csrfRes)
  const { csrfToken } = await csrfRes.json()
  const callback = await fetch(new URL('/api/auth/callback/credentials', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  keep(callback)
  const session = await fetch(new URL('/api/auth/session', base), { headers: { cookie: cookie() } })
  return { status: callback.status, session: await session.json() }
}

try {
  const started = Date.now()
  await waitForSignInPage()
  const waited = Date.now() - started
  const good = await signIn(EMAIL, PASSWORD)
  if (good.session?.user?.email !== EMAIL) throw new Error(`signing in as ${EMAIL} gave no session (callback status ${good.status}, session ${JSON.stringify(good.session)})`)
  const bad = await signIn(EMAIL, 'not-the-password')
  if (bad.session?.user) throw new Error(`a wrong password was let in: ${JSON.stringify(bad.session)}`)
  console.log(`The demo answered at ${base} (after ${(waited / 1000).toFixed(1)} s): signed in as ${good.session.user.email} (${good.session.user.name ?? 'no name'}); a wrong password was refused.`)
} catch (e) {
  console.error(`Demo sign-in failed: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
}
