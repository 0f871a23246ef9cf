// Failures are values: a kind (what the form does with it), a reason (a key of the catalogue's
// `failures` section) and its parameters. The words come last, at the edge, in the reader's language
// (lib/actions.ts, `describeFailure`); the English sentence is kept as the Error's message for
// logs and tests. Pure: no database, no request.
import { messagesFor, translator, type Messages } from '@/lib/i18n'
import { formatGenevaMoment } from '@/lib/i18n/conventions'

export type FailureReason = keyof Messages['failures']
/** Values named in the sentence. A Date is written in the reader's language, in Geneva time. */
export type FailureParams = Record<string, string | number | Date>
export type FailureKind = 'refused' | 'not-found' | 'conflict' | 'forbidden'

const english = translator(messagesFor('en'))
const inEnglish = (params: FailureParams) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v instanceof Date ? formatGenevaMoment(v, 'en', english) : v]))

export abstract class Failure extends Error {
  abstract readonly kind: FailureKind
  /** What the form may show besides the sentence (the findings of a refused file). */
  details?: unknown
  constructor(
    readonly reason: FailureReason,
    readonly params: FailureParams = {},
  ) {
    super(english(`failures.${reason}`, inEnglish(params)))
  }
}

/** The change cannot be made as asked (a rule of the workflow, a value out of place): the person can act on it. */
export class Refusal extends Failure {
  readonly kind = 'refused'
}

/** What the change is about no longer exists (or never did). */
export class NotFound extends Failure {
  readonly kind = 'not-found'
}

/** Someone else changed it first: `current` is what they left, for the form to show beside the person's input. */
export class Conflict extends Failure {
  readonly kind = 'conflict'
  constructor(
    readonly current?: unknown,
    reason: FailureReason = 'savedFirst',
    params: FailureParams = {},
  ) {
    super(reason, params)
  }
}

/** The policy refuses this person this action (an action of lib/auth/permissions.ts). */
export class Forbidden extends Failure {
  readonly kind = 'forbidden'
  constructor(readonly action: string) {
    super('forbidden', { action })
  }
}
