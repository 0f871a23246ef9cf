// The clock of the deadlines in a running server: every minute, close the rounds whose deadline has
// passed, send the day-before reminders and deliver the outbox. Started once per process by
// instrumentation.ts; pages also run processDeadlines when they are read, so a late tick loses nothing.
import { db } from '@/lib/db'
import { configuredMailer, deliverOutbox } from '@/lib/mail/outbox'
import { processDeadlines } from './deadlines'

const INTERVAL_MS = 60_000
const state = globalThis as unknown as { plannerDeadlineTimer?: NodeJS.Timeout; plannerDeadlineBusy?: boolean }

export async function tick() {
  if (state.plannerDeadlineBusy) return
  state.plannerDeadlineBusy = true
  try {
    await processDeadlines(db())
    const mailer = configuredMailer()
    if (mailer) await deliverOutbox(db(), mailer)
  } catch (e) {
    console.error('[deadlines]', e instanceof Error ? e.message : e)
  } finally {
    state.plannerDeadlineBusy = false
  }
}

export function startDeadlineTimer(intervalMs = INTERVAL_MS) {
  if (state.plannerDeadlineTimer) return
  state.plannerDeadlineTimer = setInterval(tick, intervalMs)
  state.plannerDeadlineTimer.unref()
  setTimeout(tick, 2_000).unref()
}
