// Telling people: a notification in the application and an e-mail for each, written in the same
// transaction as the change that caused them. Each person's choice for the kind (./preferences)
// decides the e-mail: into the outbox at once, held for the daily digest (./digest), or none.
// The outbox (./outbox) is delivered through SMTP when SMTP_URL is set. The person's list of
// notifications is lib/notifications.
import type { Db, Tx } from '@/lib/db'
import { env } from '@/lib/env'
import type { Role } from '@/lib/auth/permissions'
import { holdingRole } from '@/lib/auth/user'
import { DEFAULT_LOCALE, isLocale, messagesFor, translator, type Locale } from '@/lib/i18n'
import { notificationInWords } from '@/lib/mail/notification-words'
import { emailModeFor, type NotificationKind } from './preferences'

export { NOTIFICATION_KINDS, type NotificationKind } from './preferences'

export type Recipient = { id: string; email: string; name: string }
export type NotificationMessage = { kind: NotificationKind; title: string; body: string; link: string }

/** The application's address, for links in e-mails. */
export function absoluteLink(link: string): string {
  const base = (env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith('/') ? '' : '/'}${link}`
}

/** The e-mail of a notification, in the recipient's language: its title and body said in it. */
export function emailText(recipient: Recipient, message: NotificationMessage, locale: Locale = 'en'): string {
  const t = translator(messagesFor(locale))
  return [
    t('mail.greeting', { name: recipient.name }),
    '',
    notificationInWords(message.title, t, locale),
    '',
    notificationInWords(message.body, t, locale),
    '',
    t('mail.openIt', { link: absoluteLink(message.link) }),
    '',
    '—',
    t('mail.signature'),
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n')
}

/** The subject of a notification's e-mail, in the recipient's language. */
export function emailSubject(message: NotificationMessage, locale: Locale = 'en'): string {
  const t = translator(messagesFor(locale))
  return t('mail.subject', { title: notificationInWords(message.title, t, locale) })
}

/** Writes the notification for each recipient (each once), and the e-mail each one chose for its kind. */
export async function notify(tx: Db | Tx, recipients: readonly Recipient[], message: NotificationMessage) {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()]
  if (!unique.length) return 0
  const people = await tx.user.findMany({
    where: { id: { in: unique.map((r) => r.id) } },
    select: { id: true, role: true, language: true, emailPreferences: { where: { kind: message.kind }, select: { kind: true, mode: true } } },
  })
  const mode = new Map(people.map((p) => [p.id, emailModeFor(p.role, p.emailPreferences, message.kind)]))
  // Each e-mail in its recipient's language (User.language: the language they last used), whoever acted.
  const language = new Map(people.map((p) => [p.id, isLocale(p.language) ? p.language : DEFAULT_LOCALE]))
  await tx.notification.createMany({
    data: unique.map((r) => ({ userId: r.id, kind: message.kind, title: message.title, body: message.body, link: message.link, digest: mode.get(r.id) === 'digest' })),
  })
  const atOnce = unique.filter((r) => (mode.get(r.id) ?? 'immediate') === 'immediate')
  if (atOnce.length) {
    await tx.outboxMessage.createMany({
      data: atOnce.map((r) => ({ userId: r.id, to: r.email, language: language.get(r.id), subject: emailSubject(message, language.get(r.id)), body: emailText(r, message, language.get(r.id)) })),
    })
  }
  return unique.length
}

/** Everyone active with one of these roles (for the programme of `year`, when given), but `except` (the person who acted). */
export async function usersWithRoles(tx: Db | Tx, roles: readonly Role[], except?: string | null, year?: number): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { ...holdingRole(roles, year), ...(except ? { id: { not: except } } : {}) },
    select: { id: true, email: true, name: true },
    orderBy: { name: 'asc' },
  })
}

/** Everyone who works on the drafts of `year` (the President, the ISU, the Committee of that year), but `except`. */
export const everyoneInTheLoop = (tx: Db | Tx, except: string | null | undefined, year: number) => usersWithRoles(tx, ['president', 'isu', 'committee'], except, year)
