// E-mail through a real SMTP server on loopback (the smtp-server package): the outbox delivers each
// message once, keeps it when the server cannot be reached, and delivers it when it can again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createThread } from '@/lib/comments/threads'
import { openRound } from '@/lib/consultation/rounds'
import { deliverOutbox, smtpMailer } from '@/lib/mail/outbox'
import { decodeQuotedPrintable, startSmtp } from '../support/smtp'
import { workflowFixture, type Fixture } from './support'


describe('e-mail through SMTP', () => {
  let f: Fixture
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  beforeAll(async () => {
    f = await workflowFixture('sqlite')
    smtp = await startSmtp()
  })
  afterAll(async () => {
    await smtp?.close()
    await f?.drop()
  })

  it('sends the members and the President the opening of a round, and the President a new comment (the ISU reads it in its digest)', async () => {
    const programme = await f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })
    const deadline = new Date(Date.now() + 3 * 24 * 3600 * 1000)
    const { roundId } = await openRound(f.db, f.users.isu, { programmeId: f.programmeId, version: programme.version, message: 'Please answer by **Friday**.', deadline })
    await createThread(f.db, f.users.committee, { programmeId: f.programmeId, itemId: null, body: 'One remark, @s.ramirez' })
    expect(await f.db.outboxMessage.count({ where: { sentAt: null } })).toBe(5)

    const mailer = smtpMailer(smtp.url)
    // Two deliveries at once: each message goes once.
    const runs = await Promise.all([deliverOutbox(f.db, mailer, { from: 'Planner <planner@test.org>' }), deliverOutbox(f.db, mailer, { from: 'Planner <planner@test.org>' })])
    mailer.close?.()
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(5)
    expect(smtp.received).toHaveLength(5)
    expect(await f.db.outboxMessage.count({ where: { sentAt: null } })).toBe(0)

    const to = (address: string) => smtp.received.filter((m) => m.to.includes(address))
    for (const member of ['k.mensah@test.org', 's.ramirez@test.org']) {
      const [mail] = to(member).filter((m) => /Subject: .*Consultation on the programme of 2026/.test(m.raw))
      expect(mail, member).toBeDefined()
      expect(mail!.from).toBe('planner@test.org')
      const body = decodeQuotedPrintable(mail!.raw)
      expect(body).toContain('Please answer by Friday.')
      expect(body).toContain(`http://localhost:3000/meetings/2026/consultation/${roundId}`)
    }
    expect(decodeQuotedPrintable(to('s.ramirez@test.org').find((m) => /mentioned you/.test(m.raw))!.raw)).toContain('Dear Sofía Ramírez')
    expect(to('isu@test.org')).toEqual([])
    expect(await f.db.notification.count({ where: { userId: f.users.isu.id, kind: 'comment', digest: true, digestedAt: null } })).toBe(1)
    const president = to('president@test.org').map((m) => /Subject: (.*)/.exec(m.raw)?.[1] ?? '')
    expect(president).toHaveLength(2)
    expect(president[0]).toMatch(/your answer is awaited/)
    expect(president[1]).toBe('[Intersessional Planner] Kwame Mensah commented on the programme of 2026')
    expect(to('observer@test.org')).toHaveLength(0)
  })

  it('keeps a message when the server cannot be reached, and sends it later', async () => {
    await createThread(f.db, f.users.committee2, { programmeId: f.programmeId, itemId: null, body: 'Another remark' })
    const down = smtpMailer('smtp://127.0.0.1:9')
    const failed = await deliverOutbox(f.db, down)
    expect(failed).toEqual({ sent: 0, failed: 1 })
    const pending = await f.db.outboxMessage.findMany({ where: { sentAt: null } })
    expect(pending.map((m) => [m.attempts, m.claimedAt, typeof m.lastError])).toEqual([[1, null, 'string']])
    const before = smtp.received.length
    const mailer = smtpMailer(smtp.url)
    expect(await deliverOutbox(f.db, mailer)).toEqual({ sent: 1, failed: 0 })
    mailer.close?.()
    expect(smtp.received.length - before).toBe(1)
  })
})
