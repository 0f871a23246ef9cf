import { z } from 'zod'
import { DEFAULT_DATABASE_URL } from '@/lib/database-url.mjs'

// Every setting comes from the environment and is checked once, at start, with a message that names
// the variable. `.env.example` lists them all.
/** A base64 AES key (16, 24 or 32 bytes), as Next.js takes for its server actions. */
function isAesKey(text: string) {
  try {
    return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && [16, 24, 32].includes(atob(text).length)
  } catch {
    return false
  }
}

const optionalText = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional())

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .default(DEFAULT_DATABASE_URL)
      .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), 'must start with file: (SQLite) or postgresql:// (PostgreSQL)'),
    NEXTAUTH_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    NEXTAUTH_URL: optionalText.pipe(z.url('must be a URL such as https://planner.example.org').optional()),
    OIDC_ISSUER: optionalText.pipe(z.url('must be the issuer URL of your identity provider').optional()),
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_NAME: z.string().default('Single sign-on'),
    SMTP_URL: optionalText.pipe(z.url('must be a URL such as smtp://user:pass@mail.example.org:587').optional()),
    MAIL_FROM: z.string().default('Intersessional Planner <no-reply@localhost>'),
    // Several servers that each build their own copy: the one key of their server actions (Next.js reads
    // it when building and when starting; a malformed one would only fail on the first action).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optionalText.pipe(
      z
        .string()
        .refine(isAesKey, 'must be a base64 key of 16, 24 or 32 bytes (openssl rand -base64 32)')
        .optional(),
    ),
    /** How often the clock closes due rounds, sends reminders and delivers the outbox (tests run it every second). */
    CLOCK_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
    /** The server's JavaScript heap in MB (scripts/start.ts gives it to Node.js as --max-old-space-size). */
    SERVER_HEAP_MB: z.coerce.number({ message: 'must be a number of megabytes' }).int().min(96).max(65_536).default(160),
    /** How many editor pages are rendered at once (lib/render-slots.ts): each holds a few MB until it is sent. */
    HEAVY_RENDERS: z.coerce.number({ message: 'must be a whole number' }).int().min(1).max(64).default(4),
    // How many reverse proxies stand between the browsers and the server. Only then are their
    // X-Forwarded-For and X-Forwarded-Proto believed (the client's address for the sign-in limits,
    // https for Strict-Transport-Security); without it anyone could write them.
    TRUST_PROXY: z.preprocess(
      (v) => (v === undefined || v === '' || v === 'false' ? 0 : v === 'true' ? 1 : v),
      z.coerce.number({ message: 'must be the number of proxies in front of the server (0, 1, 2…), or true/false' }).int('must be a whole number').min(0).max(10),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'is required in production (npm run demo generates one in data/)' })
    }
    const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const
    const set = oidc.filter((k) => env[k])
    if (set.length > 0 && set.length < oidc.length) {
      for (const k of oidc.filter((k) => !env[k])) {
        ctx.addIssue({ code: 'custom', path: [k], message: `is required when ${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set (single sign-on)` })
      }
    }
  })

export type Env = z.infer<typeof EnvSchema>

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source)
  if (result.success) return result.data
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')} ${i.message}`)
  throw new EnvError(`Invalid environment:\n${lines.join('\n')}`)
}

let cached: Env | undefined
export function env(): Env {
  return (cached ??= parseEnv(process.env))
}
