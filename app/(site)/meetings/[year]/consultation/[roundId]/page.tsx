import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { CommentBody } from '@/components/comments/comment-body'
import { Thread } from '@/components/comments/thread'
import commentStyles from '@/components/comments/comments.module.css'
import { RoundOutcome } from '@/components/workflow/round-outcome'
import { ResponseForm } from '@/components/workflow/response-form'
import styles from '@/components/workflow/workflow.module.css'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { mentionableMembers } from '@/lib/comments/mentions'
import { listThreads } from '@/lib/comments/queries'
import { answerOf, roundDetail } from '@/lib/consultation/queries'
import { itemChoices } from '@/lib/consultation/item-choices'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { formatDay } from '@/lib/i18n/dates'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { visibleProgramme } from '@/lib/meetings/visible'
import { ClientMessages } from '@/components/client-messages'

type Props = { params: Promise<{ year: string; roundId: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.round') }
}

export default async function RoundPage({ params }: Props) {
  const { year, roundId } = await params
  const user = await requireUser(`/meetings/${year}/consultation/${roundId}`)
  const programme = await visibleProgramme(year, user)
  if (!programme) notFound()
  if (!can(user, 'programme.viewDraft', programme)) forbidden()
  const round = /^[\w-]{1,64}$/.test(roundId) ? await roundDetail(db(), roundId) : null
  if (!round || round.programmeId !== programme.id) notFound()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const when = (at: string | Date) => formatGenevaMoment(new Date(at), locale, t)
  const [threads, members] = await Promise.all([listThreads(db(), programme.id, { roundId: round.id }), mentionableMembers(db())])
  const names = Object.fromEntries(members.map((m) => [m.handle, m.name]))
  const answered = round.members.filter((m) => m.answer).length
  // "Your answer is awaited" links here: the member answers on this page.
  const mayAnswer = round.status === 'open' && can(user, 'consultation.respond', programme)
  const mine = mayAnswer ? await answerOf(db(), round.id, user.id) : null
  const dayLabel = (date: string) => formatDay(date, locale, { weekday: 'long', day: 'numeric', month: 'long' })
  return (
    <ClientMessages namespaces={['consultation', 'consultationLoop', 'errors']}>
      <p className="breadcrumb">
        <Link href={`/meetings/${year}/consultation`}>{t('consultation.back')}</Link>
      </p>
      <h1>{t('consultation.roundTitle', { date: when(round.createdAt) })}</h1>
      <div className={`card ${styles.round}`}>
        <dl>
          <dt>{t('consultation.openedByLabel')}</dt>
          <dd>{round.openedByName}</dd>
          <dt>{t('consultation.deadline')}</dt>
          <dd>{when(round.deadline)}</dd>
          <dt>{t('consultation.procedure')}</dt>
          <dd>{round.silenceProcedure ? t('consultation.silenceExplained') : t('consultation.noSilence')}</dd>
          <dt>{t('consultation.outcome')}</dt>
          <dd>
            <RoundOutcome t={t} outcome={round.outcome} />
            {round.closedAt &&
              ` — ${round.closedByName ? t('consultation.closedBy', { name: round.closedByName, date: when(round.closedAt) }) : t('consultation.closedAtDeadline', { date: when(round.closedAt) })}`}
          </dd>
        </dl>
        {round.outcomeStatement && (
          <p data-testid="round-statement">
            <strong>{t('consultationLoop.statement')}:</strong> {round.outcomeStatement}
          </p>
        )}
        <CommentBody body={round.message} names={names} />
        {mayAnswer && (
          <>
            {!mine && (
              <p className={styles.awaiting} role="status" data-testid="awaiting-response">
                {t('consultation.awaitingYourResponse', { deadline: when(round.deadline) })}
              </p>
            )}
            <ResponseForm roundId={round.id} current={mine} items={itemChoices(programme.days, dayLabel, locale, t('itemTexts.englishOnly'))} />
          </>
        )}
      </div>

      <h2 id="answers-title">{t('consultation.answersOf', { answered, members: round.members.filter((m) => !m.former).length })}</h2>
      <table aria-labelledby="answers-title" data-testid="member-answers">
        <thead>
          <tr>
            <th scope="col">{t('consultation.member')}</th>
            <th scope="col">{t('consultation.answer')}</th>
            <th scope="col">{t('consultation.when')}</th>
            <th scope="col">{t('consultation.note')}</th>
          </tr>
        </thead>
        <tbody>
          {round.members.map((m) => (
            <tr key={m.userId}>
              <th scope="row">
                {m.name}
                {m.former && <span className="muted"> {t('consultation.formerMember')}</span>}
              </th>
              <td>
                {m.answer ? (
                  <span className={`${styles.answer} ${m.answer === 'objection' ? styles.objection : ''}`}>{t(`consultation.answers.${m.answer}`)}</span>
                ) : (
                  <span className={`${styles.answer} ${styles.awaiting}`}>{round.status === 'open' ? t('consultation.awaiting') : t('consultation.noAnswer')}</span>
                )}
              </td>
              <td>
                {m.answeredAt && when(m.changedAt ?? m.answeredAt)}
                {m.changedAt && <span className="muted"> {t('consultation.changed')}</span>}
              </td>
              <td>
                {m.note && <CommentBody body={m.note} names={names} />}
                {m.threadId && <Link href={`/meetings/${year}/consultation#thread-${m.threadId}`}>{t('consultation.openThread')}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {threads.length > 0 && (
        <section aria-labelledby="round-threads">
          <h2 id="round-threads">{t('consultation.threadsOfRound')}</h2>
          <div className={commentStyles.threads}>
            {threads.map((th) => (
              <Thread
                key={th.id}
                thread={th}
                viewer={{
                  id: user.id,
                  canComment: can(user, 'comment.create', programme),
                  canEditOwn: can(user, 'comment.edit', programme, { ownerId: user.id }),
                  canResolve: can(user, 'thread.resolve', programme, { ownerId: th.createdById }),
                }}
                names={names}
                members={members}
                where={th.itemTitle ?? t('comments.onProgramme')}
                level={3}
              />
            ))}
          </div>
        </section>
      )}
      {round.status === 'closed' && can(user, 'format.decide', programme) && (
        <p className="muted" data-testid="link-from-format">
          {t('consultation.linkFromFormat')} <Link href={`/meetings/${year}#format-title`}>{t('consultation.toFormatDecision')}</Link>
        </p>
      )}
    </ClientMessages>
  )
}
