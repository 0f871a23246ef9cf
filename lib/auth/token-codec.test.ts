// The session token as next-auth writes and reads it: a token of either side is read by the other,
// a token of another secret or tampered with is refused, an expired one too.
import { decode, encode } from 'next-auth/jwt'
import { describe, expect, it } from 'vitest'
import { decodeToken, encodeToken } from './token-codec'

const secret = 'a-secret-of-the-test-a-secret-of-the-test-0000'
const claims = { sub: 'user-1', sessionVersion: 3, name: 'Isabelle Suter' }

describe("the session token, as next-auth's", () => {
  it("reads next-auth's tokens, and next-auth reads its tokens", async () => {
    const theirs = await encode({ token: claims, secret, maxAge: 3600 })
    expect(await decodeToken({ token: theirs, secret })).toMatchObject(claims)
    const ours = await encodeToken({ token: claims, secret, maxAge: 3600 })
    const read = await decode({ token: ours, secret })
    expect(read).toMatchObject(claims)
    expect((read?.exp as number) - (read?.iat as number)).toBe(3600)
    expect(typeof read?.jti).toBe('string')
  })

  it('refuses a token of another secret, a tampered one and an expired one; no token is none', async () => {
    const ours = await encodeToken({ token: claims, secret, maxAge: 3600 })
    await expect(decodeToken({ token: ours, secret: `${secret}-other` })).rejects.toThrow()
    const tampered = `${ours.slice(0, -6)}${ours.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`
    await expect(decodeToken({ token: tampered, secret })).rejects.toThrow()
    const expired = await encodeToken({ token: claims, secret, maxAge: -60 })
    await expect(decodeToken({ token: expired, secret })).rejects.toThrow(/exp/)
    expect(await decodeToken({ token: undefined, secret })).toBeNull()
  })
})
