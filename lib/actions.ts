// The one pipeline of every change. A feature declares a mutation (its schema, the permission it
// needs, which programme it is about, and its own change); the pipeline runs the same steps for all:
//
//   who is signed in -> may this role ever do this? -> parse the input with the form's own schema
//   -> open the transaction -> take the programme for update (row lock, version check)
//   -> ask the policy with the programme's status -> the feature's change -> audit and notifications
//   -> commit -> deliver e-mail, refresh the pages.
//
// Failures travel as values (lib/failures.ts); the server action turns them into an ActionResult
// whose sentence is in the reader's language. Tests call a mutation directly with a user and a
// database: the same steps, without the session and the refresh.
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import type { Action } from '@/lib/auth/permissions'
import { authorize, mayEverDo } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import type { SessionUser } from '@/lib/auth/user'
import { audit, type AuditDetail } from '@/lib/audit'
import { db, type Db, type Tx } from '@/lib/db'
import { Conflict, Failure, NotFound, Refusal, type FailureParams, type FailureReason } from '@/lib/failures'
import { messagesFor, translator, type Locale, type MessageKey } from '@/lib/i18n'
import { getLocale } from '@/lib/i18n/server'
import { scheduleDelivery } from '@/lib/mail/outbox'
import { notify, type NotificationMessage, type Recipient } from '@/lib/mail/notify'
import { readHead, takeProgramme, type ProgrammeHead } from '@/lib/programme-store'
import { unstorableTextPaths } from '@/lib/storable-text'
import { fieldError, readFieldMessage } from '@/lib/field-errors'

export { Conflict, Failure, NotFound, Refusal }

/** What every server action returns, so that a form can show field errors, a conflict or a refusal. */
export type ActionFailure = {
  ok: false
  error: 'validation' | 'conflict' | 'forbidden' | 'signed-out' | 'not-found' | 'unexpected'
  /** The catalogue's key of the sentence (`failures.<reason>`), and its values. */
  reason: FailureReason
  params?: Record<string, string | number>
  /** The sentence, in the reader's language. */
  message: string
  fieldErrors?: Record<string, string[]>
  current?: unknown
  details?: unknown
}
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const issue of error.issues) (out[issue.path.join('.') || '_'] ??= []).push(issue.message)
  return out
}

const english = translator(messagesFor('en'))
/** A field message (a code, lib/field-errors) in English, for logs and tests. */
const inEnglish = (message: string) => {
  const code = readFieldMessage(message)
  return code ? english(code.key as MessageKey, code.values) : message
}

/** Bad input: each field with its messages. Thrown by the pipeline before anything is read. */
export class InvalidInput extends Refusal {
  constructor(readonly fields: Record<string, string[]>) {
    super('invalid')
    // For logs and tests: which fields, and why (the form shows each message at its field).
    this.message = `${this.message} ${Object.entries(fields)
      .map(([field, messages]) => `${field}: ${messages.map(inEnglish).join(' ')}`)
      .join('; ')}`
  }
}

/** What a feature's change is given. */
export type MutationContext<P> = {
  tx: Tx
  user: SessionUser
  /** The programme the change is about, taken for update; null for changes about no programme. */
  programme: P
  now: Date
  /** What the spec's `prepare` made before the transaction (a password's hash), else undefined. */
  prepared: unknown
  /** The audit event of the change, on the programme's history (or on another programme's: a new one). */
  audit(action: string, detail?: AuditDetail, programmeId?: string | null): Promise<void>
  /** A notification (and its e-mail) for each recipient, written with the change. */
  notify(recipients: readonly Recipient[], message: NotificationMessage): Promise<number>
  /** An e-mail to an address (a person who may have no account yet), written with the change, delivered after it. */
  mail(message: OutgoingMessage): Promise<void>
}

/** An e-mail of the outbox: to whom (their account, when they have one), and what. */
/** An e-mail to write in the outbox, in `language`, the language its recipient reads. */
export type OutgoingMessage = { to: string; subject: string; body: string; language: Locale; userId?: string | null }

type SpecBase<S extends z.ZodType, T, P> = {
  schema: S
  /** The permission of lib/auth/permissions.ts; a function when it depends on the input (decide or propose). */
  permission: Action | { oneOf: readonly Action[]; pick: (input: z.output<S>) => Action }
  /** Who owns what the change is about (a comment, a thread), when the permission lets owners act. */
  owner?: (tx: Tx, input: z.output<S>) => Promise<string | null | undefined>
  /** The programme version the person started from, when the change is made under the programme's lock. */
  version?: (input: z.output<S>) => number | undefined
  /** false for an action that only reads (a page of comments): the programme is read, not locked. */
  lock?: boolean
  /**
   * Slow work done before the transaction opens, so that no lock waits on it (hashing a password):
   * its result is the context's `prepared`. It may refuse, as the change itself may.
   */
  prepare?: (database: Db, user: SessionUser, input: z.output<S>) => Promise<unknown>
  run: (ctx: MutationContext<P>, input: z.output<S>) => Promise<T>
}

/** A change of one programme: which one is found from the input. */
type ProgrammeSpec<S extends z.ZodType, T> = SpecBase<S, T, ProgrammeHead> & {
  programme: (tx: Tx, input: z.output<S>) => Promise<string | null> | string | null
}

/** A change about no programme (a new one, a user, one's notifications). */
type StandaloneSpec<S extends z.ZodType, T> = SpecBase<S, T, null> & { programme: null }

/** A mutation, callable by tests as `(db, user, input, now?)`; the server action wraps it with `serverAction`. */
export type Mutation<S extends z.ZodType, T> = ((db: Db, user: SessionUser | null, raw: z.input<S>, now?: Date) => Promise<T>) & {
  /** The same, with the year of the programme changed (for the pages to refresh). */
  execute(db: Db, user: SessionUser | null, raw: unknown, now?: Date): Promise<{ data: T; year: number | null }>
}

export function mutation<S extends z.ZodType, T>(spec: ProgrammeSpec<S, T>): Mutation<S, T>
export function mutation<S extends z.ZodType, T>(spec: StandaloneSpec<S, T>): Mutation<S, T>
export function mutation<S extends z.ZodType, T>(spec: ProgrammeSpec<S, T> | StandaloneSpec<S, T>): Mutation<S, T> {
  const anyOf = typeof spec.permission === 'string' ? [spec.permission] : spec.permission.oneOf
  const execute = async (db: Db, user: SessionUser | null, raw: unknown, now = new Date()) => {
    // A refusal comes before validation: a person without the right learns nothing from field messages.
    if (!user || !anyOf.some((a) => mayEverDo(user, a))) authorize(user, anyOf[0]!)
    const input = parse(spec.schema, raw)
    const action = typeof spec.permission === 'string' ? spec.permission : spec.permission.pick(input)
    let year: number | null = null
    let notified = false
    const prepared = spec.prepare ? await spec.prepare(db, user, input) : undefined
    const data = await db.$transaction(async (tx) => {
      let programme: ProgrammeHead | null = null
      if (spec.programme) {
        const id = await spec.programme(tx, input)
        programme = id ? await (spec.lock === false ? readHead(tx, id) : takeProgramme(tx, id)) : null
        if (!programme) throw new NotFound('programmeGone')
        year = programme.year
      }
      const resource = spec.owner ? { ownerId: await spec.owner(tx, input) } : undefined
      authorize(user, action, programme ?? undefined, resource)
      const version = spec.version?.(input)
      if (programme && version !== undefined && programme.version !== version) {
        throw new Conflict({ status: programme.status, version: programme.version, revision: programme.revision })
      }
      const ctx: MutationContext<ProgrammeHead | null> = {
        tx,
        user,
        programme,
        now,
        prepared,
        audit: (a, detail = {}, programmeId) => audit(tx, user.id, a, programmeId === undefined ? (programme?.id ?? null) : programmeId, detail),
        notify: async (recipients, message) => {
          const count = await notify(tx, recipients, message)
          if (count) notified = true
          return count
        },
        mail: async (message) => {
          await tx.outboxMessage.create({ data: { to: message.to, subject: message.subject, body: message.body, language: message.language, userId: message.userId ?? null } })
          notified = true
        },
      }
      // The overloads tie `programme` to the spec: a head for a programme's change, null otherwise.
      return (spec.run as (ctx: MutationContext<ProgrammeHead | null>, input: z.output<S>) => Promise<T>)(ctx, input)
    })
    if (notified) scheduleDelivery(db)
    return { data, year }
  }
  const run = async (db: Db, user: SessionUser | null, raw: z.input<S>, now?: Date) => (await execute(db, user, raw, now)).data
  return Object.assign(run, { execute })
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const unstorable = unstorableTextPaths(raw)
  if (unstorable.length) throw new InvalidInput(Object.fromEntries(unstorable.map((p) => [p.join('.') || '_', [fieldError('unstorable')]])))
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error))
  return parsed.data
}

/** The sentence of a failure in a language: dates in Geneva time, written as the language writes them. */
export function describeFailure(reason: FailureReason, params: FailureParams, locale: Locale): string {
  const t = translator(messagesFor(locale))
  const words: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) words[key] = value instanceof Date ? formatGenevaMoment(value, locale, t) : value
  return t(`failures.${reason}`, words)
}

const plainParams = (params: FailureParams) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as Record<string, string | number>

/** Any error of a mutation as the form receives it; navigation (redirect, notFound) passes through. */
export function actionFailure(e: unknown, locale: Locale): ActionFailure {
  if (e && typeof e === 'object' && 'digest' in e && typeof (e as { digest: unknown }).digest === 'string' && /^NEXT_/.test((e as { digest: string }).digest)) throw e
  const failure = (reason: FailureReason, error: ActionFailure['error'], params: FailureParams = {}): ActionFailure => ({
    ok: false,
    error,
    reason,
    ...(Object.keys(params).length ? { params: plainParams(params) } : {}),
    message: describeFailure(reason, params, locale),
  })
  if (e instanceof InvalidInput) return { ...failure('invalid', 'validation'), fieldErrors: e.fields }
  if (e instanceof Failure) {
    const error = ({ refused: 'validation', 'not-found': 'not-found', conflict: 'conflict', forbidden: 'forbidden' } as const)[e.kind]
    const result = failure(e.reason, error, e.params)
    if (e.kind === 'refused') result.fieldErrors = {}
    if (e instanceof Conflict && e.current !== undefined) result.current = e.current
    if (e.details !== undefined) result.details = e.details
    return result
  }
  if (e instanceof z.ZodError) return { ...failure('invalid', 'validation'), fieldErrors: fieldErrors(e) }
  console.error(e)
  return failure('unexpected', 'unexpected')
}

/** A mutation's answer as its server action gives it, for a user the test chooses (English sentences). */
export async function resultOf<S extends z.ZodType, T>(m: Mutation<S, T>, database: Db, user: SessionUser | null, raw: unknown, locale: Locale = 'en'): Promise<ActionResult<T>> {
  if (!user) return { ok: false, error: 'signed-out', reason: 'signedOut', message: describeFailure('signedOut', {}, locale) }
  try {
    return { ok: true, data: (await m.execute(database, user, raw)).data }
  } catch (e) {
    return actionFailure(e, locale)
  }
}

type ServerActionOptions<T> = {
  /** Pages to refresh, each with what is below it, besides the programme's own (refreshed whenever a programme changed). */
  revalidate?: (data: T) => readonly string[]
}

/**
 * The server action of a mutation: the signed-in user (read on the server, never from the client),
 * the mutation, the refresh, and any failure as a typed result in the reader's language.
 */
export function serverAction<S extends z.ZodType, T>(m: Mutation<S, T>, options: ServerActionOptions<T> = {}) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const locale = await getLocale()
    let user: SessionUser | null
    try {
      user = await currentUser()
    } catch (e) {
      // The database could not be reached (a restart): the form says so instead of the error page.
      return actionFailure(e, locale)
    }
    if (!user) return resultOf(m, db(), null, raw, locale)
    try {
      const { data, year } = await m.execute(db(), user, raw)
      if (year !== null) revalidatePath(`/meetings/${year}`, 'layout')
      for (const path of options.revalidate?.(data) ?? []) revalidatePath(path, 'layout')
      return { ok: true, data }
    } catch (e) {
      return actionFailure(e, locale)
    }
  }
}

// Changes made by someone who is not signed in: accepting an invitation, asking for and using a
// forgotten password's link. The one-time token in the input is the right, so there is no policy
// step; the rest is the pipeline's: a limit on how often (lib/auth/public-limits), the form's schema,
// one transaction, the audit event, the e-mail delivered after the commit, failures as values.

/** What a public change is given: the audit event names the person it is about (there is no one signed in). */
export type PublicContext = {
  tx: Tx
  now: Date
  /** What the spec's `prepare` made before the transaction, else undefined. */
  prepared: unknown
  /** The reader's language, for the e-mail it sends them. */
  locale: Locale
  audit(action: string, detail: AuditDetail, userId: string | null): Promise<void>
  mail(message: OutgoingMessage): Promise<void>
}

export type PublicRequest = { now?: Date; locale?: Locale; /** The client's address (lib/auth/client-address), or null. */ address?: string | null }

export type PublicMutation<T> = (db: Db, raw: unknown, request?: PublicRequest) => Promise<T>

export function publicMutation<S extends z.ZodType, T>(spec: {
  schema: S
  /** Refuses (lib/auth/public-limits) before anything is read when the address or the account asked too often. */
  limit?: (db: Db, input: z.output<S>, address: string | null) => Promise<void>
  /** Slow work before the transaction (checking the link, hashing the password); it may refuse. */
  prepare?: (db: Db, input: z.output<S>, now: Date) => Promise<unknown>
  run: (ctx: PublicContext, input: z.output<S>) => Promise<T>
}): PublicMutation<T> {
  return async (database, raw, { now = new Date(), locale = 'en', address = null } = {}) => {
    const input = parse(spec.schema, raw)
    await spec.limit?.(database, input, address)
    const prepared = spec.prepare ? await spec.prepare(database, input, now) : undefined
    let mailed = false
    const data = await database.$transaction((tx) =>
      spec.run(
        {
          tx,
          now,
          prepared,
          locale,
          audit: (action, detail, userId) => audit(tx, userId, action, null, detail),
          mail: async (message) => {
            await tx.outboxMessage.create({ data: { to: message.to, subject: message.subject, body: message.body, language: message.language, userId: message.userId ?? null } })
            mailed = true
          },
        },
        input,
      ),
    )
    if (mailed) scheduleDelivery(database)
    return data
  }
}

/** The server action of a public change: the reader's language and address, and failures as typed results. */
export function publicServerAction<T>(m: PublicMutation<T>, address: () => Promise<string | null>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const locale = await getLocale()
    try {
      return { ok: true, data: await m(db(), raw, { locale, address: await address() }) }
    } catch (e) {
      return actionFailure(e, locale)
    }
  }
}
