// How a consultation round ends. Pure, so its edges are tested without a database.
//
// Decisions (the issue left them open):
// - The deadline is an instant; from that instant on (now >= deadline) the round takes no answers
//   and is due to close. At exactly the deadline it closes.
// - A member may change their answer while the round is open; the latest answer counts. An objection
//   withdrawn before the deadline no longer breaks the silence (the audit keeps both answers).
// - Only an objection breaks the silence; "comments" do not.
// - Without the silence procedure, agreement needs every member's answer and no objection.
// - A round closed early (before its deadline) is agreed only when every member has answered without
//   objecting: silence is presumed only once the period has run out.

export const ANSWERS = ['no-objection', 'comments', 'objection'] as const
export type Answer = (typeof ANSWERS)[number]

/** agreed; silence-broken (silence procedure, someone objected); objected (no silence procedure); not-agreed (answers missing). */
export const OUTCOMES = ['agreed', 'silence-broken', 'objected', 'not-agreed'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000

export type RoundFacts = {
  silenceProcedure: boolean
  deadline: Date
  /** The latest answer of each member who answered. */
  answers: readonly Answer[]
  /** How many members were consulted. */
  members: number
}

export function roundOutcome(round: RoundFacts, closedAt: Date): Outcome {
  const objected = round.answers.includes('objection')
  if (objected) return round.silenceProcedure ? 'silence-broken' : 'objected'
  const everyone = round.answers.length >= round.members
  const early = closedAt.getTime() < round.deadline.getTime()
  if (round.silenceProcedure && !early) return 'agreed'
  return everyone ? 'agreed' : 'not-agreed'
}

/** A round takes answers until its deadline, not at it. */
export const acceptsAnswers = (round: { status: string; deadline: Date }, now: Date) => round.status === 'open' && now.getTime() < round.deadline.getTime()

export const isDue = (round: { status: string; deadline: Date }, now: Date) => round.status === 'open' && now.getTime() >= round.deadline.getTime()

/** The day-before reminder is due in the last 24 hours before the deadline, once. */
export const reminderDue = (round: { status: string; deadline: Date; reminderSentAt: Date | null }, now: Date) =>
  round.status === 'open' && round.reminderSentAt === null && now.getTime() >= round.deadline.getTime() - REMINDER_BEFORE_MS && now.getTime() < round.deadline.getTime()
