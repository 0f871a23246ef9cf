import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { localeDirection } from '@/lib/i18n/languages'
import { formatGenevaShort } from '@/lib/i18n/conventions'
import { getLocale, getT } from '@/lib/i18n/server'
import { listOutbox } from '@/lib/mail/outbox'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.outbox') }
}

type Props = { searchParams: Promise<{ before?: string }> }

/** For administrators: the e-mails of the application, sent or waiting (all of them when no SMTP_URL is set). */
export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser('/admin/outbox')
  if (!can(user, 'outbox.read')) forbidden()
  const { before } = await searchParams
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const { messages, nextCursor, pending } = await listOutbox(db(), { before: typeof before === 'string' ? before : undefined })
  return (
    <>
      <h1>{t('notifications.outboxTitle')}</h1>
      <p className="muted">{env().SMTP_URL ? t('notifications.outboxSmtp', { pending }) : t('notifications.outboxNoSmtp', { pending })}</p>
      {messages.length === 0 ? (
        <p>{t('notifications.outboxEmpty')}</p>
      ) : (
        <table data-testid="outbox">
          <thead>
            <tr>
              <th scope="col">{t('notifications.to')}</th>
              <th scope="col">{t('notifications.subject')}</th>
              <th scope="col">{t('notifications.written')}</th>
              <th scope="col">{t('notifications.state')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.to}</td>
                <td>
                  {/* The message as it was sent, in its recipient's language (not the reader's): marked as such, left untranslated. */}
                  <details lang={m.language ?? undefined} dir={m.language ? localeDirection(m.language) : undefined} translate={m.language ? 'no' : undefined}>
                    <summary>{m.subject}</summary>
                    <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>{m.body}</pre>
                  </details>
                </td>
                <td>{formatGenevaShort(new Date(m.createdAt), locale)}</td>
                <td>
                  {m.sentAt
                    ? t('notifications.sent', { date: formatGenevaShort(new Date(m.sentAt), locale) })
                    : m.lastError
                      ? t('notifications.failed', { attempts: m.attempts, error: m.lastError })
                      : t('notifications.waiting')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextCursor && <Link href={`/admin/outbox?before=${nextCursor}`}>{t('notifications.older')}</Link>}
    </>
  )
}
