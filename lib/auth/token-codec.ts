// next-auth's session token, written and read exactly as next-auth 4 does (an encrypted JWT: "dir",
// A256GCM, with a key derived from NEXTAUTH_SECRET by HKDF-SHA256), but with the key derived once per
// secret instead of for every request: next-auth derives it again for each token it reads, on libuv's
// thread pool, which the password hashes share (lib/auth/passwords.ts). Measured on the findings
// JSON under 50 connections: about 0.4 ms of CPU and a thread-pool round trip per signed-in request.
// Tokens made by next-auth's own encode() are read here, and the other way round
// (lib/auth/token-codec.test.ts).
import crypto from 'node:crypto'
import { EncryptJWT, jwtDecrypt } from 'jose'
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt'

const DEFAULT_MAX_AGE_S = 30 * 24 * 60 * 60
const keys = new Map<string, Uint8Array>()

function keyFor(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`
  let key = keys.get(id)
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`
    key = new Uint8Array(crypto.hkdfSync('sha256', secret, salt, info, 32))
    keys.set(id, key)
  }
  return key
}

export async function encodeToken({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_S, salt = '' }: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(now + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(keyFor(secret, salt))
}

export async function decodeToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null
  const { payload } = await jwtDecrypt(token, keyFor(secret, salt), { clockTolerance: 15 })
  return payload as JWT
}
