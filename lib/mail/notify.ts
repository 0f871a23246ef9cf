// Telling people: a notification in the application and an e-mail for each, written in the same
// transaction as the change that caused them. The e-mails go to the outbox (./outbox), which SMTP
// delivers when SMTP_URL is set. The person's list of notifications is lib/notifications.
import type { Db, Tx } from '@/lib/db'
import { env } from '@/lib/env'
import type { Role } from '@/lib/auth/permissions'
import { holdingRole } from '@/lib/auth/user'

export const NOTIFICATION_KINDS = ['round.opened', 'round.reminder', 'round.closed', 'mention', 'comment', 'answer'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

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

/** Writes the notification and its e-mail for each recipient (each once). */
export async function notify(tx: Db | Tx, recipients: readonly Recipient[], message: NotificationMessage) {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()]
  if (!unique.length) return 0
  await tx.notification.createMany({
    data: unique.map((r) => ({ userId: r.id, kind: message.kind, title: message.title, body: message.body, link: message.link })),
  })
  await tx.outboxMessage.createMany({
    data: unique.map((r) => ({ userId: r.id, to: r.email, subject: `[Intersessional Planner] ${message.title}`, body: emailText(r, message) })),
  })
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

