import { describe, expect, it } from 'vitest'
import { acceptsAnswers, isDue, reminderDue, roundOutcome, type Answer } from '@/lib/consultation/outcome'
import { genevaLocalToInstant, instantToGenevaLocal } from '@/lib/geneva-time'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { messagesFor, translator } from '@/lib/i18n'

const deadline = new Date('2026-12-01T17:00:00Z')
const at = (offsetMs: number) => new Date(deadline.getTime() + offsetMs)
const round = (answers: Answer[], silenceProcedure = true, members = 3) => ({ silenceProcedure, deadline, answers, members })

describe('the outcome of a consultation round', () => {
  it('is agreed by silence at the deadline when nobody objected, answered or not', () => {
    expect(roundOutcome(round([]), deadline)).toBe('agreed')
    expect(roundOutcome(round(['comments']), at(60_000))).toBe('agreed')
  })

  it('is silence broken by one objection', () => {
    expect(roundOutcome(round(['no-objection', 'objection']), deadline)).toBe('silence-broken')
  })

  it('counts the latest answer: an objection withdrawn before the deadline does not break the silence', () => {
    // The caller passes each member's latest answer only.
    expect(roundOutcome(round(['no-objection']), deadline)).toBe('agreed')
  })

  it('closed early, agrees only when everyone answered without objection', () => {
    expect(roundOutcome(round(['no-objection', 'comments']), at(-1))).toBe('not-agreed')
    expect(roundOutcome(round(['no-objection', 'comments', 'no-objection']), at(-1))).toBe('agreed')
    expect(roundOutcome(round(['objection']), at(-1))).toBe('silence-broken')
  })

  it('without the silence procedure, needs every answer', () => {
    expect(roundOutcome(round(['no-objection'], false), deadline)).toBe('not-agreed')
    expect(roundOutcome(round(['no-objection', 'comments', 'no-objection'], false), deadline)).toBe('agreed')
    expect(roundOutcome(round(['objection'], false), deadline)).toBe('objected')
  })

  it('takes answers until the deadline, not at it, and is due exactly at it', () => {
    const open = { status: 'open', deadline, reminderSentAt: null }
    expect(acceptsAnswers(open, at(-1))).toBe(true)
    expect(acceptsAnswers(open, deadline)).toBe(false)
    expect(isDue(open, at(-1))).toBe(false)
    expect(isDue(open, deadline)).toBe(true)
    expect(isDue({ ...open, status: 'closed' }, at(1))).toBe(false)
  })

  it('reminds once, in the last day', () => {
    const open = { status: 'open', deadline, reminderSentAt: null }
    const day = 24 * 3600 * 1000
    expect(reminderDue(open, at(-day - 1))).toBe(false)
    expect(reminderDue(open, at(-day))).toBe(true)
    expect(reminderDue(open, at(-1))).toBe(true)
    expect(reminderDue(open, deadline)).toBe(false)
    expect(reminderDue({ ...open, reminderSentAt: at(-day) }, at(-1))).toBe(false)
  })
})

describe('Geneva time', () => {
  it('reads a datetime-local value in Geneva, winter and summer', () => {
    expect(genevaLocalToInstant('2026-12-01T18:00')?.toISOString()).toBe('2026-12-01T17:00:00.000Z')
    expect(genevaLocalToInstant('2026-06-16T10:00')?.toISOString()).toBe('2026-06-16T08:00:00.000Z')
    expect(genevaLocalToInstant('2026-02-30T10:00')).toBeNull()
    expect(genevaLocalToInstant('tomorrow')).toBeNull()
  })

  it('around the change of clocks', () => {
    // 29 March 2026: 02:00 becomes 03:00 in Geneva.
    expect(genevaLocalToInstant('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(genevaLocalToInstant('2026-03-29T03:30')?.toISOString()).toBe('2026-03-29T01:30:00.000Z')
  })

  it('writes an instant back as the same value and as words', () => {
    expect(instantToGenevaLocal(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-01T18:00')
    expect(formatGenevaMoment(new Date('2026-12-01T17:00:00Z'), 'en', translator(messagesFor('en')))).toBe('Tuesday 1 December 2026, 18:00 (Geneva)')
  })
})
