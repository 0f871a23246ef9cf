// Who else has a programme open, as the editor shows them: pure, for the server and the browser.

/** A person with the programme open: their name and the initials of their avatar. */
export type PresentPerson = { id: string; name: string; initials: string }

/** What the editor polls: a stamp that changes with every save of the programme, and who is there. */
export type ProgrammePulse = { stamp: string; people: PresentPerson[] }

/** A heartbeat every 20 s; someone silent for 60 s has left (a closed laptop, a lost connection). */
export const HEARTBEAT_MS = 20_000
export const PRESENT_FOR_MS = 60_000

/** "Ana María Pérez" → "AP"; "Isabelle Suter (ISU)" → "IS"; the first letters of the first and last words. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((w) => w.match(/\p{L}/u)?.[0] ?? '')
    .filter(Boolean)
  if (!words.length) return '?'
  return (words[0]! + (words.length > 1 ? words[words.length - 1]! : '')).toLocaleUpperCase()
}

/** The stamp of a programme's head: its version (settings) and its last change (items). */
export const stampOf = (head: { version: number; updatedAt: Date }) => `${head.version}-${head.updatedAt.getTime()}`
