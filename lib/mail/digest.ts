// The daily digest: the notifications a person chose to read by digest are held (Notification.digest)
// and, from 07:00 Geneva time, everything held from the days before goes in one e-mail per person.
// The clock (lib/consultation/timer) runs it every minute; it does something once a day. Each person's
// notifications are claimed by a conditional update, so two servers never send one digest twice.
import type { Db } from '@/lib/db'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { DEFAULT_LOCALE, isLocale, messagesFor, translator, type Locale } from '@/lib/i18n'
import { formatDayMonthYear, genevaDate } from '@/lib/i18n/dates'
import { notificationInWords } from '@/lib/mail/notification-words'
import { absoluteLink } from './notify'

/** The hour (Geneva) from which the digest of the previous days is written. */
export const DIGEST_HOUR = '07:00'

/** Midnight (Geneva) of the day of `now`: what was held before it goes in the digest, once it is past DIGEST_HOUR. */
export function digestCutoff(now: Date): Date | null {
  const today = instantToGenevaLocal(now).slice(0, 10)
  const sendFrom = genevaLocalToInstant(`${today}T${DIGEST_HOUR}`)!
  if (now.getTime() < sendFrom.getTime()) return null
  return genevaLocalToInstant(`${today}T00:00`)!
}

type Held = { title: string; body: string; link: string | null; createdAt: Date }

export function digestText(name: string, held: readonly Held[], locale: Locale = 'en'): string {
  const t = translator(messagesFor(locale))
  const lines = [t('mail.greeting', { name }), '', t('mail.digestIntro', { count: held.length }), '']
  for (const n of held) {
    lines.push(`- ${formatGenevaMoment(n.createdAt, locale, t)}: ${notificationInWords(n.title, t, locale)}`)
    if (n.link) lines.push(`  ${absoluteLink(n.link)}`)
  }
  lines.push('', t('mail.digestHint'), '', '—', t('mail.signature'))
  return lines.join('\n')
}

/** Writes one digest e-mail per person with held notifications from before today; returns how many. */
export async function writeDigests(db: Db, now = new Date()): Promise<number> {
  const cutoff = digestCutoff(now)
  if (!cutoff) return 0
  const due = await db.notification.groupBy({ by: ['userId'], where: { digest: true, digestedAt: null, createdAt: { lt: cutoff } } })
  let written = 0
  for (const { userId } of due) {
    const sent = await db.$transaction(async (tx) => {
      const held = await tx.notification.findMany({
        where: { userId, digest: true, digestedAt: null, createdAt: { lt: cutoff } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, body: true, link: true, createdAt: true },
      })
      const { count } = await tx.notification.updateMany({ where: { id: { in: held.map((n) => n.id) }, digestedAt: null }, data: { digestedAt: now } })
      if (!count || count !== held.length) return false
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, language: true } })
      if (!user) return false
      const locale = isLocale(user.language) ? user.language : DEFAULT_LOCALE
      const day = formatDayMonthYear(genevaDate(new Date(cutoff.getTime() - 1)), locale)
      const subject = translator(messagesFor(locale))('mail.digestSubject', { count: held.length, day })
      await tx.outboxMessage.create({ data: { userId, to: user.email, language: locale, subject, body: digestText(user.name, held, locale) } })
      return true
    })
    if (sent) written++
  }
  return written
}
