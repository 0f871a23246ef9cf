// What the clock does to consultation rounds: the day-before reminder, and closing at the deadline.
// Runs lazily when a page of the programme is read, and every minute from instrumentation.ts.
// Idempotent and safe under concurrency: each step is a conditional update that one caller wins.
import { audit } from '@/lib/audit'
import type { Db } from '@/lib/db'
import { scheduleDelivery } from '@/lib/mail/outbox'
import { notify, usersWithRoles } from '@/lib/mail/notify'
import { REMINDER_BEFORE_MS } from './outcome'
import { CONSULTED_ROLE, roundLink } from './roles'
import { closeRoundInTx } from './rounds'
import { notificationText } from '@/lib/mail/notification-words'

export type DeadlineRun = { closed: string[]; reminded: string[] }

export async function processDeadlines(db: Db, now = new Date()): Promise<DeadlineRun> {
  const run: DeadlineRun = { closed: [], reminded: [] }
  const due = await db.consultationRound.findMany({
    where: { status: 'open', deadline: { lte: now } },
    select: { id: true, programmeId: true, silenceProcedure: true, deadline: true },
  })
  for (const round of due) {
    const outcome = await db.$transaction((tx) => closeRoundInTx(tx, round, null, now))
    if (outcome) run.closed.push(round.id)
  }
  const soon = await db.consultationRound.findMany({
    where: { status: 'open', reminderSentAt: null, deadline: { gt: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) } },
    select: { id: true, programmeId: true, deadline: true, programme: { select: { year: true } } },
  })
  for (const round of soon) {
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.consultationRound.updateMany({ where: { id: round.id, status: 'open', reminderSentAt: null }, data: { reminderSentAt: now } })
      if (count !== 1) return false
      const answered = new Set((await tx.consultationResponse.findMany({ where: { roundId: round.id }, select: { userId: true } })).map((r) => r.userId))
      const waiting = (await usersWithRoles(tx, [CONSULTED_ROLE], null, round.programme.year)).filter((m) => !answered.has(m.id))
      await notify(tx, waiting, {
        kind: 'round.reminder',
        title: notificationText('reminder', { year: round.programme.year, deadline: round.deadline.toISOString() }),
        body: notificationText('reminderBody'),
        link: roundLink(round.programme.year, round.id),
      })
      await audit(tx, null, 'consultation.reminded', round.programmeId, { roundId: round.id, members: waiting.map((m) => m.name) })
      return true
    })
    if (sent) run.reminded.push(round.id)
  }
  if (run.closed.length || run.reminded.length) scheduleDelivery(db)
  return run
}
