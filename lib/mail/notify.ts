// Telling people: a notification in the application and an e-mail for each, written in the same
// transaction as the change that caused them. Each person's choice for the kind (./preferences)
// decides the e-mail: into the outbox at once, held for the daily digest (./digest), or none.
// The outbox (./outbox) is delivered through SMTP when SMTP_URL is set. The person's list of
// notifications is lib/notifications.
import type { Db, Tx } from '@/lib/db'
import { env } from '@/lib/env'
import type { Role } from '@/lib/auth/permissions'
import { holdingRole } from '@/lib/auth/user'
import { emailModeFor, type NotificationKind } from './preferences'

export { NOTIFICATION_KINDS, type NotificationKind } from './preferences'

export type Recipient = { id: string; email: string; name: string }
export type NotificationMessage = { kind: NotificationKind; title: string; body: string; link: string }

/** The application's address, for links in e-mails. */
export function absoluteLink(link: string): string {
  const base = (env().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
  return /^https?:\/\//.test(link) ? link : `${base}${link.startsWith('/') ? '' : '/'}${link}`
}

export function emailText(recipient: Recipient, message: NotificationMessage): string {
  return [`Dear ${recipient.name},`, '', message.title, '', message.body, '', `Open it in the Intersessional Planner: ${absoluteLink(message.link)}`, '', '—', 'Intersessional Planner (an automatic message)']
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n')
}

/** Writes the notification for each recipient (each once), and the e-mail each one chose for its kind. */
export async function notify(tx: Db | Tx, recipients: readonly Recipient[], message: NotificationMessage) {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()]
  if (!unique.length) return 0
  const people = await tx.user.findMany({
    where: { id: { in: unique.map((r) => r.id) } },
    select: { id: true, role: true, emailPreferences: { where: { kind: message.kind }, select: { kind: true, mode: true } } },
  })
  const mode = new Map(people.map((p) => [p.id, emailModeFor(p.role, p.emailPreferences, message.kind)]))
  await tx.notification.createMany({
    data: unique.map((r) => ({ userId: r.id, kind: message.kind, title: message.title, body: message.body, link: message.link, digest: mode.get(r.id) === 'digest' })),
  })
  const atOnce = unique.filter((r) => (mode.get(r.id) ?? 'immediate') === 'immediate')
  if (atOnce.length) {
    await tx.outboxMessage.createMany({
      data: atOnce.map((r) => ({ userId: r.id, to: r.email, subject: `[Intersessional Planner] ${message.title}`, body: emailText(r, message) })),
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
