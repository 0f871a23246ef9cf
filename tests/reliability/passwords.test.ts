// Issue 12, item 4: hashing runs off the main thread (native bcrypt on libuv's pool), so that sign-in
// attempts no longer stall every other request; the hashes made by bcryptjs before stay valid.
import { hkdf } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { describe, expect, it } from 'vitest'
import { HASHING_CONCURRENCY, hashPassword, verifyPassword } from '@/lib/auth/passwords'

// Made by bcryptjs 3 (cost 10) for "correct horse battery"; bcryptjs 2 wrote the same hashes as $2a$.
const BCRYPTJS_2B = '$2b$10$C1pUqIL5naS3yX9/fATYTe8NLmBDURXqwmGq6FdoEno865fM8mVDS'
const BCRYPTJS_2A = BCRYPTJS_2B.replace('$2b$', '$2a$')

describe('passwords', () => {
  it('accepts the hashes bcryptjs made, and refuses a wrong password against them', async () => {
    for (const stored of [BCRYPTJS_2B, BCRYPTJS_2A]) {
      expect(await verifyPassword('correct horse battery', stored)).toBe(true)
      expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
    }
  })

  it('hashes with a salt and cost 10, and checks its own hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('long enough password'), hashPassword('long enough password')])
    expect(a).toMatch(/^\$2b\$10\$[./A-Za-z0-9]{53}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('long enough password', a)).toBe(true)
  })

  it('refuses every password when there is no hash, or a broken one', async () => {
    for (const stored of [null, undefined, '', 'not a hash', '$2b$10$short']) expect(await verifyPassword('anything', stored)).toBe(false)
  })

  it('leaves the main thread free while it hashes: 40 checks at once never hold the event loop for long', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    const start = performance.now()
    await Promise.all(Array.from({ length: 40 }, (_, i) => verifyPassword(`guess ${i}`, BCRYPTJS_2B)))
    const took = performance.now() - start
    delay.disable()
    // Hashing on the main thread holds it for the whole time (~40 × 60 ms); here the ticks keep coming,
    // late only when the machine's two cores are busy with the hashing threads and everything else.
    const stall = delay.max / 1e6
    expect(took).toBeGreaterThan(100)
    expect(stall, `longest stall ${stall.toFixed(1)} ms in ${took.toFixed(0)} ms`).toBeLessThan(Math.min(300, took / 4))
  })

  it("leaves libuv's thread pool to file reads and the session's key derivation while 40 checks wait their turn", async () => {
    expect(HASHING_CONCURRENCY).toBeLessThanOrEqual(2) // of the pool's 4 threads
    const poolWork = () =>
      Promise.all([stat('package.json'), new Promise((resolve, reject) => hkdf('sha256', 'secret', 'salt', 'info', 32, (e, key) => (e ? reject(e) : resolve(key))))])
    let done = false
    const checks = Promise.all(Array.from({ length: 40 }, (_, i) => verifyPassword(`guess ${i}`, BCRYPTJS_2B))).then(() => (done = true))
    const waits: number[] = []
    while (!done) {
      const start = performance.now()
      await poolWork()
      waits.push(performance.now() - start)
      await new Promise((r) => setTimeout(r, 20))
    }
    await checks
    // With the pool full of hashes, each of these waited for a hash to finish (~100 ms, more on a busy machine).
    expect(waits.length).toBeGreaterThan(5)
    expect(Math.max(...waits), `waits: ${waits.map((w) => w.toFixed(0)).join(' ')} ms`).toBeLessThan(150)
  })
})
