import type { Metadata } from 'next'
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { NewThread } from '@/components/comments/new-thread'
import { Thread, type Viewer } from '@/components/comments/thread'
import commentStyles from '@/components/comments/comments.module.css'
import { CommentBody } from '@/components/comments/comment-body'
import { CloseRoundForm } from '@/components/consultation/close-round-form'
import { LiveRefresh } from '@/components/consultation/live-refresh'
import { UnreadMark } from '@/components/consultation/unread-mark'
import { unreadByThread } from '@/lib/notifications'
import { OpenRoundForm } from '@/components/workflow/open-round-form'
import { ResponseForm } from '@/components/workflow/response-form'
import { RoundOutcome } from '@/components/workflow/round-outcome'
import styles from '@/components/workflow/workflow.module.css'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { mentionableMembers } from '@/lib/comments/mentions'
import { listThreads, type ThreadView } from '@/lib/comments/queries'
import { answerOf, listRounds, outcomeIfClosedNow } from '@/lib/consultation/queries'
import { itemChoices, itemTitleIn } from '@/lib/consultation/item-choices'
import { InLanguage } from '@/components/publication/programme-view'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { formatDayHeading } from '@/lib/i18n/dates'
import { db } from '@/lib/db'
import { getLocale, getT } from '@/lib/i18n/server'
import { visibleProgramme } from '@/lib/meetings/visible'
import { ClientMessages } from '@/components/client-messages'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.consultation', { year: (await params).year }) }
}

/** A week from now at 18:00 in Geneva: the usual deadline of a round. */
function defaultDeadline(now: Date) {
  const inAWeek = instantToGenevaLocal(new Date(now.getTime() + 7 * 24 * 3600 * 1000)).slice(0, 10)
  return instantToGenevaLocal(genevaLocalToInstant(`${inAWeek}T18:00`)!)
}

export default async function ConsultationPage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}/consultation`)
  const programme = await visibleProgramme(year, user)
  if (!programme) notFound()
  if (!can(user, 'programme.viewDraft', programme)) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const dayLabel = (date: string) => formatDayHeading(date, locale)
  const when = (at: string | Date) => formatGenevaMoment(new Date(at), locale, t)
  const [rounds, threads, members, unread] = await Promise.all([listRounds(db(), programme.id), listThreads(db(), programme.id), mentionableMembers(db()), unreadByThread(db(), user.id)])
  const unreadMark = (th: ThreadView) => (unread[th.id] ? <UnreadMark notificationIds={unread[th.id]!} /> : undefined)
  const open = rounds.find((r) => r.status === 'open') ?? null
  const past = rounds.filter((r) => r.status === 'closed')
  const mine = open && can(user, 'consultation.respond', programme) ? await answerOf(db(), open.id, user.id) : null
  const closing = open && can(user, 'consultation.close', programme) ? await outcomeIfClosedNow(db(), open.id) : null
  const items = itemChoices(programme.days, dayLabel, locale, t('itemTexts.englishOnly'))
  const names = Object.fromEntries(members.map((m) => [m.handle, m.name]))
  const canComment = can(user, 'comment.create', programme)
  const viewer = (thread: ThreadView): Viewer => ({
    id: user.id,
    canComment,
    canEditOwn: can(user, 'comment.edit', programme, { ownerId: user.id }),
    canResolve: can(user, 'thread.resolve', programme, { ownerId: thread.createdById }),
  })
  const byItem = new Map<string, ThreadView[]>()
  for (const th of threads) if (th.itemId) byItem.set(th.itemId, [...(byItem.get(th.itemId) ?? []), th])
  const general = threads.filter((th) => !th.itemId && !th.itemRemoved)
  const removed = threads.filter((th) => th.itemRemoved)
  const now = new Date()
  const roundDate = new Map(rounds.map((r) => [r.id, when(r.createdAt)]))
  const generalWhere = (th: ThreadView) =>
    th.roundId ? t('comments.threadByInRound', { name: th.createdByName, date: roundDate.get(th.roundId) ?? '' }) : t('comments.threadBy', { name: th.createdByName })

  return (
    <ClientMessages namespaces={['consultation', 'consultationLoop', 'errors']}>
      <h1>
        {t('consultation.title')} — {programme.title} {programme.year}
      </h1>
      <LiveRefresh />

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t('consultation.rounds')}</h2>
        {open ? (
          <div className={`card ${styles.round}`} data-testid="open-round">
            <h3>{t('consultation.openRound')}</h3>
            <p>
              {t('consultation.openedBy', { name: open.openedByName, date: when(open.createdAt) })}{' '}
              <strong>{t('consultation.deadlineIs', { deadline: when(open.deadline) })}</strong>
            </p>
            <p className="muted">{open.silenceProcedure ? t('consultation.silenceExplained') : t('consultation.noSilence')}</p>
            <CommentBody body={open.message} names={names} />
            {can(user, 'consultation.respond', programme) &&
              (mine ? (
                <p className="alert ok" data-testid="my-answer">
                  {t('consultation.youAnswered', { answer: t(`consultation.answers.${mine.answer}`) })}
                </p>
              ) : (
                <p className={styles.awaiting} role="status" data-testid="awaiting-response">
                  {t('consultation.awaitingYourResponse', { deadline: when(open.deadline) })}
                </p>
              ))}
            {can(user, 'consultation.respond', programme) && <ResponseForm roundId={open.id} current={mine} items={items} />}
            <p>
              <Link href={`/meetings/${programme.year}/consultation/${open.id}`}>{t('consultation.seeAnswers', { count: open.answers })}</Link>
            </p>
            {closing && <CloseRoundForm roundId={open.id} proposal={t(`consultationLoop.proposed.${closing.outcome}`, { count: closing.objections })} />}
          </div>
        ) : (
          <p className="muted">{t('consultation.noOpenRound')}</p>
        )}
        {!open && can(user, 'consultation.open', programme) && (
          <div id="open-round">
            <OpenRoundForm programmeId={programme.id} version={programme.version} defaultDeadline={defaultDeadline(now)} minDeadline={instantToGenevaLocal(now)} />
          </div>
        )}
        {past.length > 0 && (
          <table data-testid="past-rounds">
            <caption className="sr-only">{t('consultation.pastRounds')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consultation.opened')}</th>
                <th scope="col">{t('consultation.deadline')}</th>
                <th scope="col">{t('consultation.outcome')}</th>
                <th scope="col">{t('consultation.answersCol')}</th>
              </tr>
            </thead>
            <tbody>
              {past.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/meetings/${programme.year}/consultation/${r.id}`}>{when(r.createdAt)}</Link>
                  </td>
                  <td>{when(r.deadline)}</td>
                  <td>
                    <RoundOutcome t={t} outcome={r.outcome} />
                    {r.outcomeStatement && <p className="small" data-testid="past-statement">{r.outcomeStatement}</p>}
                  </td>
                  <td>{t('consultation.answersSummary', { answers: r.answers, objections: r.objections })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('comments.title')}</h2>
        {!canComment && <p className="muted">{t('comments.closedForComments')}</p>}
        <h3>{t('comments.onProgramme')}</h3>
        <div className={commentStyles.threads}>
          {general.map((th) => (
            <Thread key={th.id} thread={th} viewer={viewer(th)} names={names} members={members} where={generalWhere(th)} unread={unreadMark(th)} />
          ))}
        </div>
        {canComment && (
          <NewThread programmeId={programme.id} itemId={null} members={members} openLabel={t('comments.startOnProgramme')} label={t('comments.newThreadLabel')} />
        )}

        <h3>{t('comments.onItems')}</h3>
        {programme.days.map((day) => (
          <section key={day.id} aria-labelledby={`cday-${day.id}`}>
            <h4 id={`cday-${day.id}`}>{formatDayHeading(day.date, locale)}</h4>
            {day.items.map((item) => {
              const itemThreads = byItem.get(item.id) ?? []
              // The item's title in the reader's language, or its English original marked "(English only)", as on the public page.
              const title = itemTitleIn(item, locale)
              return (
                <div key={item.id} id={`item-${item.id}`} className={commentStyles.item} data-testid="item-threads">
                  <h5 className={commentStyles.itemTitle}>
                    <bdi dir="ltr">
                      {item.start}–{item.end}
                    </bdi>{' '}
                    <InLanguage text={title} t={t} />
                  </h5>
                  {itemThreads.length > 0 && (
                    <div className={commentStyles.threads}>
                      {itemThreads.map((th) => (
                        <Thread key={th.id} thread={th} viewer={viewer(th)} names={names} members={members} where={t('comments.threadBy', { name: th.createdByName })} level={6} unread={unreadMark(th)} />
                      ))}
                    </div>
                  )}
                  {canComment && (
                    <NewThread
                      small
                      programmeId={programme.id}
                      itemId={item.id}
                      members={members}
                      openLabel={t('comments.startOnItem')}
                      label={t('comments.newItemThreadLabel', { title: title.text })}
                    />
                  )}
                </div>
              )
            })}
          </section>
        ))}
        {removed.length > 0 && (
          <>
            <h3>{t('comments.onRemovedItems')}</h3>
            <div className={commentStyles.threads}>
              {removed.map((th) => (
                <Thread key={th.id} thread={th} viewer={viewer(th)} names={names} members={members} where={th.itemTitle ?? ''} />
              ))}
            </div>
          </>
        )}
      </section>
    </ClientMessages>
  )
}
