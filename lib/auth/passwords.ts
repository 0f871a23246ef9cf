import { availableParallelism } from 'node:os'
import { hash, verify } from '@node-rs/bcrypt'
import pLimit from 'p-limit'

// Native bcrypt (Rust, prebuilt for each platform, no install script) off the main thread: a hash
// takes ~60 ms of CPU, and bcryptjs on the main thread let forty sign-ins stall every page for
// seconds. The hashes run on libuv's small thread pool (4 threads), which file reads and
// asynchronous crypto share: a few at a time only, so that those
// never queue behind a burst of sign-ins, and a core stays free for the main thread. Hashes made
// before by bcryptjs ($2a$, $2b$) are the same algorithm and stay valid.

export const MIN_PASSWORD_LENGTH = 10
const COST = 10

/** Hashes running at once: one per core but one, at most two (of libuv's four threads). */
export const HASHING_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism() - 1))
const hashing = pLimit(HASHING_CONCURRENCY)

/** Compared against when the account has no password (or does not exist), so that the time taken says nothing. */
const NO_PASSWORD = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.Xl0Ck3s5c9sBd1ht8ru5cZ1J5n2G'

export async function hashPassword(password: string): Promise<string> {
  // @node-rs/bcrypt 1.x writes the $2y$ prefix; $2b$ is the same algorithm, and the prefix other tools expect.
  return (await hashing(() => hash(password, COST))).replace(/^\$2y\$/, '$2b$')
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const ok = await hashing(() => verify(password, stored || NO_PASSWORD))
  return ok && !!stored
}
