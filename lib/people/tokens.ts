// One-time links: a random token goes into the e-mail; only its hash is kept, so that a copy of the
// database gives no working link.
import { createHash, randomBytes } from 'node:crypto'

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000
export const RESET_TTL_MS = 60 * 60 * 1000

export const newToken = () => randomBytes(32).toString('base64url')
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
