// Ten failed sign-ins for one e-mail within 15 minutes lock it for 15 minutes.
export const MAX_FAILURES = 10
export const WINDOW_MS = 15 * 60 * 1000
export const LOCK_MS = 15 * 60 * 1000

/**
 * Given the times of the recent failed attempts (any order), whether the e-mail is locked now, and
 * until when. The lock starts at the tenth failure inside a window and lasts LOCK_MS from it.
 */
export function lockoutState(failures: readonly Date[], now: Date): { locked: boolean; until?: Date } {
  const times = failures.map((d) => d.getTime()).filter((t) => t <= now.getTime()).sort((a, b) => a - b)
  for (let i = MAX_FAILURES - 1; i < times.length; i++) {
    const tenth = times[i]!
    if (tenth - times[i - MAX_FAILURES + 1]! <= WINDOW_MS && now.getTime() < tenth + LOCK_MS) {
      return { locked: true, until: new Date(tenth + LOCK_MS) }
    }
  }
  return { locked: false }
}

/** How far back the failures must be read to decide. */
export const LOOKBACK_MS = WINDOW_MS + LOCK_MS
