// A browser in which a person signed in successfully carries a signed cookie saying so. It lets
// them through when strangers have used up their account's guesses (lib/auth/sign-in.ts): the
// owner cannot be locked out from their own device by anyone who merely knows their e-mail.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const KNOWN_DEVICE_COOKIE = 'planner.known-device'
export const KNOWN_DEVICE_MAX_AGE_S = 180 * 24 * 60 * 60

const mac = (secret: string, account: string, device: string, issued: string) =>
  createHmac('sha256', secret).update(`known-device\n${account}\n${device}\n${issued}`).digest('base64url')

/** The cookie's value for `account` (the normalised e-mail), on this device or a new one. */
export function knownDeviceCookie(secret: string, account: string, device = randomBytes(16).toString('base64url'), now = new Date()): string {
  const issued = String(Math.floor(now.getTime() / 1000))
  return `${device}.${issued}.${mac(secret, account, device, issued)}`
}

/** The device's id when the cookie was issued by us, for this account, and is not too old; else null. */
export function knownDevice(secret: string, account: string, value: string | undefined, now = new Date()): string | null {
  const [device, issued, signature, ...rest] = (value ?? '').split('.')
  if (!device || !issued || !signature || rest.length || !/^[\w-]{10,64}$/.test(device) || !/^\d{1,12}$/.test(issued)) return null
  const age = now.getTime() / 1000 - Number(issued)
  if (age < -300 || age > KNOWN_DEVICE_MAX_AGE_S) return null
  const expected = Buffer.from(mac(secret, account, device, issued))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given) ? device : null
}
