// Two servers on one database each run the clock (docs/decisions/0004): at the same moments, both
// find the same due rounds, the same reminders and the same outbox. Each round must be closed once,
// each reminder sent once, each e-mail delivered once. On PostgreSQL the two clocks have their own
// clients (two servers); SQLite serves one server only (better-sqlite3 waits for its lock
// synchronously, so two clients in one process would stall each other), and there the two clocks
// are overlapping ticks of that server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '@/lib/db'
import { clockTick } from '@/lib/consultation/timer'
import type { Mailer, OutgoingMail } from '@/lib/mail/outbox'
import { PROVIDERS } from '../support/databases'
import { workflowFixture, type Fixture } from './support'

const HOUR = 3600_000
const ROUNDS_DUE = 12
const ROUNDS_SOON = 8

/** A mailer that keeps what it sends, a little slowly, as a real SMTP server answers. */
function recordingMailer(sent: OutgoingMail[]): Mailer {
  return {
    async send(mail) {
      await new Promise((resolve) => setTimeout(resolve, 2))
      sent.push(mail)
    },
  }
}

describe.each(PROVIDERS)('two clocks on one $provider database', ({ provider, skip }) => {
  let f: Fixture
  let second: Db

  beforeAll(async () => {
    if (skip) return
    f = await workflowFixture(provider)
    // The second server: its own client and connections to the same database.
    second = provider === 'postgresql' ? createDb(f.url) : f.db
  })
  afterAll(async () => {
    if (second !== f?.db) await second?.$disconnect()
    await f?.drop()
  })

  it.skipIf(skip)('close each round once, remind once and send each e-mail once', { timeout: 120_000 }, async () => {
    const now = new Date()
    const round = (deadline: Date, i: number) => ({ programmeId: f.programmeId, openedById: f.users.isu.id, message: `Round ${i}`, deadline, createdAt: new Date(now.getTime() - 48 * HOUR) })
    await f.db.consultationRound.createMany({ data: Array.from({ length: ROUNDS_DUE }, (_, i) => round(new Date(now.getTime() - (i + 1) * 60_000), i)) })
    await f.db.consultationRound.createMany({ data: Array.from({ length: ROUNDS_SOON }, (_, i) => round(new Date(now.getTime() + (i + 1) * HOUR), ROUNDS_DUE + i)) })
    const rounds = await f.db.consultationRound.findMany({ select: { id: true, deadline: true } })
    const due = rounds.filter((r) => r.deadline <= now).map((r) => r.id)
    const soon = rounds.filter((r) => r.deadline > now).map((r) => r.id)

    const sentA: OutgoingMail[] = []
    const sentB: OutgoingMail[] = []
    // Both clocks tick at once, three times over.
    const runs = []
    for (let i = 0; i < 3; i++) runs.push(...(await Promise.all([clockTick(f.db, recordingMailer(sentA), now), clockTick(second, recordingMailer(sentB), now)])))

    // Each due round closed by exactly one tick, and recorded closed once.
    expect(runs.flatMap((r) => r.closed).sort()).toEqual([...due].sort())
    const closedEvents = await f.db.auditEvent.findMany({ where: { action: 'consultation.closed' } })
    expect(closedEvents.map((e) => (e.detail as { roundId: string }).roundId).sort()).toEqual([...due].sort())
    expect(await f.db.consultationRound.count({ where: { id: { in: due }, status: 'closed' } })).toBe(ROUNDS_DUE)

    // Each reminder once: one tick won each round's reminder.
    expect(runs.flatMap((r) => r.reminded).sort()).toEqual([...soon].sort())
    expect(await f.db.auditEvent.count({ where: { action: 'consultation.reminded' } })).toBe(ROUNDS_SOON)

    // Every e-mail written was delivered, once, by one clock or the other.
    const outbox = await f.db.outboxMessage.findMany({ select: { id: true, to: true, subject: true, sentAt: true } })
    expect(outbox.length).toBeGreaterThan(ROUNDS_DUE) // the closing notices and the reminders
    expect(outbox.every((m) => m.sentAt !== null)).toBe(true)
    // Sent as many times as written, each of them: no message twice, none left out.
    const delivered = [...sentA, ...sentB].map((m) => `${m.to}|${m.subject}`)
    expect(delivered.sort()).toEqual(outbox.map((m) => `${m.to}|${m.subject}`).sort())
  })
})
