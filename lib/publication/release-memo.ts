// Which release an address names, remembered for a moment: the public page and its files ask for it
// on every request, and a release never changes. Two seconds at most (another server's publication
// shows within that; the public answers may be kept 60 s by a proxy anyway); this server's own
// publication forgets it at once.
const TTL_MS = 2000

// One map for the whole process: Next.js loads the route handlers (the release's files) and the server
// actions (the publication that forgets it) as separate copies of this module.
const shared = globalThis as unknown as { plannerRememberedReleases?: Map<string, { at: number; value: Promise<unknown> }> }
const remembered = (shared.plannerRememberedReleases ??= new Map())

export function rememberRelease<T>(key: string, find: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = remembered.get(key)
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>
  const value = find()
  remembered.set(key, { at: now, value })
  value.catch(() => remembered.delete(key))
  if (remembered.size > 512) for (const old of remembered.keys()) if (remembered.delete(old) && remembered.size <= 256) break
  return value
}

/** A release was published (or a programme removed): every address is looked up again. */
export function forgetReleases() {
  remembered.clear()
}
