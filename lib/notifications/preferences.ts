// A person's e-mail choices, per kind of notification (lib/mail/preferences decides with them).
import 'server-only'
import type { Db, Tx } from '@/lib/db'
import { emailModeFor, NOTIFICATION_KINDS, type EmailMode, type NotificationKind } from '@/lib/mail/preferences'

export type EmailPreferences = Record<NotificationKind, EmailMode>

/** Each kind with the person's mode: their choice, or their role's default. */
export async function emailPreferencesOf(db: Db | Tx, userId: string): Promise<EmailPreferences | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, emailPreferences: { select: { kind: true, mode: true } } } })
  if (!user) return null
  return Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, emailModeFor(user.role, user.emailPreferences, kind)])) as EmailPreferences
}

/** Saves the person's choice for each kind given. */
export async function saveEmailPreferences(tx: Tx, userId: string, choices: Partial<EmailPreferences>) {
  const entries = Object.entries(choices) as [NotificationKind, EmailMode][]
  for (const [kind, mode] of entries) {
    await tx.emailPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, mode }, update: { mode } })
  }
  return entries.length
}
