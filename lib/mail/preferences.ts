// What each person wants by e-mail, per kind of notification: at once, in a daily digest, or not by
// e-mail (the notification in the application is always written). Without a choice of their own,
// the role's default: the ISU, which hears of every comment, gets the digest; everyone else, at once.
// Pure: lib/mail/notify applies it, lib/notifications reads and saves the choices.

export const NOTIFICATION_KINDS = [
  'round.opened',
  'round.reminder',
  'round.closed',
  'answer',
  'comment',
  'reply',
  'mention',
  'thread.resolved',
  'programme.approved',
  'programme.published',
  'revision.started',
  'format.proposed',
  'format.decided',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const EMAIL_MODES = ['immediate', 'digest', 'none'] as const
export type EmailMode = (typeof EMAIL_MODES)[number]

export const isNotificationKind = (kind: string): kind is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(kind)
export const isEmailMode = (mode: string): mode is EmailMode => (EMAIL_MODES as readonly string[]).includes(mode)

/** The mode of a person who has not chosen: the ISU reads a digest, the others get each e-mail at once. */
export const defaultEmailMode = (role: string): EmailMode => (role === 'isu' ? 'digest' : 'immediate')

/** The mode for one kind: the person's choice, or the role's default. */
export function emailModeFor(role: string, choices: readonly { kind: string; mode: string }[], kind: NotificationKind): EmailMode {
  const chosen = choices.find((c) => c.kind === kind)?.mode
  return chosen && isEmailMode(chosen) ? chosen : defaultEmailMode(role)
}
