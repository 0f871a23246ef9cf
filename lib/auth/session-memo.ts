// The holder of a session token, remembered for a moment: every page and route of a signed-in person
// reads it (issue 18: a database query with the person's memberships, a large part of each request's
// fixed cost). Two seconds at most, keyed by the person and the token's session version; a sign-out,
// a deactivation, a change of password or of role on this server forgets the person at once, so that
// bound holds only for a change made through another server of the same database (decision XXXX).
export const SESSION_MEMO_MS = 2000
const MAX_KEPT = 1000

// One map for the whole process: Next.js loads route handlers (next-auth's sign-out among them) and
// pages in separate module graphs, and a sign-out there must reach the pages' memory.
const shared = globalThis as unknown as { plannerSessionMemo?: Map<string, { at: number; value: Promise<unknown> }> }
const remembered = (shared.plannerSessionMemo ??= new Map())

const keyOf = (userId: string, sessionVersion: number) => `${userId}|${sessionVersion}`

export function rememberSessionUser<T>(userId: string, sessionVersion: number, find: () => Promise<T>, now = Date.now()): Promise<T> {
  const key = keyOf(userId, sessionVersion)
  const hit = remembered.get(key)
  if (hit && now - hit.at < SESSION_MEMO_MS) return hit.value as Promise<T>
  const value = find()
  remembered.set(key, { at: now, value })
  value.catch(() => remembered.delete(key))
  if (remembered.size > MAX_KEPT) {
    for (const [k, v] of remembered) if (now - v.at >= SESSION_MEMO_MS) remembered.delete(k)
    for (const k of remembered.keys()) if (remembered.size > MAX_KEPT / 2) remembered.delete(k)
  }
  return value
}

/** Everyone's roles may have changed (a committee copied to a new year). */
export function forgetSessionUsers() {
  remembered.clear()
}

/** The person's sessions or roles changed: read them again at their next request. */
export function forgetSessionUser(userId: string) {
  for (const key of remembered.keys()) if (key.startsWith(`${userId}|`)) remembered.delete(key)
}
