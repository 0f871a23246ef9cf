import { describe, expect, it } from 'vitest'
import { parseEnv } from './env'

describe('the environment', () => {
  it('defaults to the SQLite file', () => {
    expect(parseEnv({}).DATABASE_URL).toBe('file:./data/planner.db')
  })

  it('names the variable that is missing in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET is required in production/)
  })

  it('names a malformed variable and says what it must be', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with file:/)
    expect(() => parseEnv({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL must be a URL/)
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET must be at least 32 characters/)
  })

  it('takes a server actions key shared by several servers only when it is a real AES key', () => {
    expect(parseEnv({}).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined()
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: '' }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBeUndefined()
    const key = Buffer.alloc(32, 7).toString('base64')
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key)
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'abcde' })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/)
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'secret' })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 key of 16, 24 or 32 bytes/)
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(20).toString('base64') })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/)
  })

  it("gives the server a heap of 160 MB unless told otherwise, and refuses one it could not run in", () => {
    expect(parseEnv({}).SERVER_HEAP_MB).toBe(160)
    expect(parseEnv({ SERVER_HEAP_MB: '512' }).SERVER_HEAP_MB).toBe(512)
    expect(() => parseEnv({ SERVER_HEAP_MB: '32' })).toThrow(/SERVER_HEAP_MB/)
    expect(() => parseEnv({ SERVER_HEAP_MB: 'lots' })).toThrow(/SERVER_HEAP_MB must be a number of megabytes/)
  })

  it('asks for the rest of single sign-on when only part of it is set', () => {
    expect(() => parseEnv({ OIDC_ISSUER: 'https://id.example.org' })).toThrow(/OIDC_CLIENT_ID is required when OIDC_ISSUER is set/)
  })

  it('accepts PostgreSQL and a complete production setup', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgresql://u@h/db' })
    expect(env.DATABASE_URL).toBe('postgresql://u@h/db')
  })

  it('believes forwarded headers only when TRUST_PROXY says how many proxies there are', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0)
    expect(parseEnv({ TRUST_PROXY: '' }).TRUST_PROXY).toBe(0)
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0)
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1)
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be the number of proxies/)
    expect(() => parseEnv({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY/)
  })
})
