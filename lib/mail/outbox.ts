// The outbox: every e-mail is written here with the change that caused it (lib/notifications), then
// delivered through SMTP when SMTP_URL is set. Without SMTP the messages stay, and admins read them.
// Delivery claims each message first, so two processes never send one message twice.
import nodemailer from 'nodemailer'
import type { Db } from '@/lib/db'
import { env } from '@/lib/env'
import { isLocale, type Locale } from '@/lib/i18n/languages'

export type OutgoingMail = { from: string; to: string; subject: string; text: string }
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close?(): void }

export const MAX_ATTEMPTS = 5
/** A claim older than this was left by a process that stopped: the message may be tried again. */
const STALE_CLAIM_MS = 5 * 60 * 1000

/** A mailer for an SMTP URL such as smtp://user:pass@mail.example.org:587 (nodemailer reads the URL). */
export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url)
  return {
    async send(mail) {
      await transport.sendMail(mail)
    },
    close: () => transport.close(),
  }
}

export type Delivery = { sent: number; failed: number }

export async function deliverOutbox(db: Db, mailer: Mailer, { from = env().MAIL_FROM, now = () => new Date(), limit = 100 } = {}): Promise<Delivery> {
  const result: Delivery = { sent: 0, failed: 0 }
  const start = now()
  const claimable = { sentAt: null, attempts: { lt: MAX_ATTEMPTS }, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(start.getTime() - STALE_CLAIM_MS) } }] }
  const pending = await db.outboxMessage.findMany({ where: claimable, orderBy: { createdAt: 'asc' }, take: limit })
  for (const message of pending) {
    const claimed = await db.outboxMessage.updateMany({ where: { id: message.id, ...claimable }, data: { claimedAt: now(), attempts: { increment: 1 } } })
    if (claimed.count !== 1) continue
    try {
      await mailer.send({ from, to: message.to, subject: message.subject, text: message.body })
      await db.outboxMessage.update({ where: { id: message.id }, data: { sentAt: now(), lastError: null } })
      result.sent++
    } catch (e) {
      await db.outboxMessage.update({ where: { id: message.id }, data: { claimedAt: null, lastError: e instanceof Error ? e.message.slice(0, 500) : String(e) } })
      result.failed++
    }
  }
  return result
}

const globalForMail = globalThis as unknown as { plannerMailer?: Mailer; plannerDelivering?: Promise<unknown> | null; plannerDeliverAgain?: boolean }

/** The application's mailer, or null when no SMTP_URL is set (messages then stay in the outbox). */
export function configuredMailer(): Mailer | null {
  const url = env().SMTP_URL
  if (!url) return null
  return (globalForMail.plannerMailer ??= smtpMailer(url))
}

/**
 * Delivers the outbox in the background after a change has committed, when SMTP is configured.
 * Calls that arrive during a delivery make it run once more, so nothing written meanwhile waits.
 */
export function scheduleDelivery(db: Db) {
  const mailer = configuredMailer()
  if (!mailer) return
  if (globalForMail.plannerDelivering) {
    globalForMail.plannerDeliverAgain = true
    return
  }
  const run = async () => {
    do {
      globalForMail.plannerDeliverAgain = false
      await deliverOutbox(db, mailer).catch((e) => console.error('[outbox]', e))
    } while (globalForMail.plannerDeliverAgain)
    globalForMail.plannerDelivering = null
  }
  globalForMail.plannerDelivering = run()
}

export type OutboxView = { id: string; to: string; subject: string; body: string; language: Locale | null; createdAt: string; sentAt: string | null; attempts: number; lastError: string | null }

export async function listOutbox(db: Db, { take = 50, before }: { take?: number; before?: string } = {}) {
  const cursor = before ? await db.outboxMessage.findUnique({ where: { id: before }, select: { createdAt: true, id: true } }) : null
  const rows = await db.outboxMessage.findMany({
    where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: take + 1,
  })
  const views: OutboxView[] = rows.slice(0, take).map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    body: m.body,
    language: isLocale(m.language) ? m.language : null,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    attempts: m.attempts,
    lastError: m.lastError,
  }))
  return { messages: views, nextCursor: rows.length > take ? views.at(-1)!.id : null, pending: await db.outboxMessage.count({ where: { sentAt: null } }) }
}
