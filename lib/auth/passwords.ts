import { hash, verify } from '@node-rs/bcrypt'

// Native bcrypt (Rust, prebuilt for each platform, no install script) on libuv's thread pool: a
// hash takes ~50 ms of CPU, and on the main thread forty sign-ins at once stalled every page for
// seconds. Hashes made before by bcryptjs ($2a$, $2b$) are the same algorithm and stay valid.

export const MIN_PASSWORD_LENGTH = 10
const COST = 10

/** Compared against when the account has no password (or does not exist), so that the time taken says nothing. */
const NO_PASSWORD = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.Xl0Ck3s5c9sBd1ht8ru5cZ1J5n2G'

export function hashPassword(password: string): Promise<string> {
  return hash(password, { cost: COST })
}

export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const ok = await verify(password, stored || NO_PASSWORD)
  return ok && !!stored
}
