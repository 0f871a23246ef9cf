// The clock of a running server: every minute it closes the rounds whose deadline has passed, sends
// the day-before reminders, writes the daily digests (once a day) and delivers the outbox. Started once per process by instrumentation.ts;
// its first tick is one interval after the start, so that a server nobody asks anything of has not
// loaded the database client (about 80 MB: issue 18's idle memory).
// Pages never do this (docs/decisions/0004): each step claims its rows with a conditional update, so
// two servers on one database close each round once and send each e-mail once.
import { db, type Db } from '@/lib/db'
import { env } from '@/lib/env'
import { writeDigests } from '@/lib/mail/digest'
import { configuredMailer, deliverOutbox, type Mailer } from '@/lib/mail/outbox'
import { processDeadlines } from './deadlines'

const state = globalThis as unknown as { plannerDeadlineTimer?: NodeJS.Timeout; plannerDeadlineBusy?: boolean }

/** One tick of the clock on a database: the deadlines, the daily digests, then the outbox (when a mailer is configured). */
export async function clockTick(database: Db, mailer: Mailer | null, now = new Date()) {
  const deadlines = await processDeadlines(database, now)
  const digests = await writeDigests(database, now)
  const delivery = mailer ? await deliverOutbox(database, mailer) : null
  return { ...deadlines, digests, delivery }
}

export async function tick() {
  if (state.plannerDeadlineBusy) return
  state.plannerDeadlineBusy = true
  try {
    await clockTick(db(), configuredMailer())
  } catch (e) {
    console.error('[deadlines]', e instanceof Error ? e.message : e)
  } finally {
    state.plannerDeadlineBusy = false
  }
}

export function startDeadlineTimer(intervalMs = env().CLOCK_INTERVAL_MS) {
  if (state.plannerDeadlineTimer) return
  state.plannerDeadlineTimer = setInterval(tick, intervalMs)
  state.plannerDeadlineTimer.unref()
}
