import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { Forbidden } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { UNSTORABLE_TEXT, unstorableTextPaths } from '@/lib/storable-text'
import type { SessionUser } from '@/lib/users'

/** What every mutation returns, so that a form can show field errors, a conflict or a refusal. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: 'validation'; message: string; fieldErrors: Record<string, string[]> }
  | { ok: false; error: 'conflict'; message: string; current?: unknown }
  | { ok: false; error: 'forbidden' | 'signed-out' | 'not-found' | 'unexpected'; message: string }

/** Thrown when a save started from a version that someone else has already replaced. */
export class Conflict extends Error {
  constructor(public readonly current?: unknown) {
    super('Someone else saved this first.')
  }
}

export class NotFound extends Error {}

/** A refusal the user can act on, with a sentence to show them (not a bug). */
export class Refusal extends Error {}

const UNEXPECTED = 'Something went wrong on the server. Nothing was saved. Try again.'

export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const issue of error.issues) (out[issue.path.join('.') || '_'] ??= []).push(issue.message)
  return out
}

/**
 * Written once, used by every server action: signs the user in, parses the input with the form's own
 * schema, runs the mutation (which asks the policy and checks the version), and turns refusals,
 * conflicts and bad input into a typed result, and refreshes the pages that show what changed.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
  options: { revalidate?: { path: string; type?: 'page' | 'layout' } } = {},
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    let user: SessionUser | null
    try {
      user = await currentUser()
    } catch (e) {
      if (e && typeof e === 'object' && 'digest' in e) throw e
      // The database could not be reached (a restart): the form says so instead of the error page.
      console.error(e)
      return { ok: false, error: 'unexpected', message: UNEXPECTED }
    }
    return runAction(user, schema, async (u, input) => {
      const data = await run(u, input)
      if (options.revalidate) revalidatePath(options.revalidate.path, options.revalidate.type)
      return data
    }, raw)
  }
}

/**
 * A server action's work once the user is known (defineAction without the session and the refresh):
 * the tests run the real mutations through it with each role and any input.
 */
export async function runAction<S extends z.ZodType, T>(
  user: SessionUser | null,
  schema: S,
  run: (user: SessionUser, input: z.output<S>) => Promise<T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  if (!user) return { ok: false, error: 'signed-out', message: 'Your session has ended. Sign in again; your input is kept.' }
  const unstorable = unstorableTextPaths(raw)
  if (unstorable.length) {
    return { ok: false, error: 'validation', message: 'Some fields need attention.', fieldErrors: Object.fromEntries(unstorable.map((p) => [p.join('.') || '_', [UNSTORABLE_TEXT]])) }
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, error: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error) }
  try {
    return { ok: true, data: await run(user, parsed.data) }
  } catch (e) {
    if (e instanceof Forbidden) return { ok: false, error: 'forbidden', message: e.message }
    if (e instanceof Conflict) return { ok: false, error: 'conflict', message: e.message, current: e.current }
    if (e instanceof NotFound) return { ok: false, error: 'not-found', message: e.message || 'Not found.' }
    if (e instanceof Refusal) return { ok: false, error: 'validation', message: e.message, fieldErrors: {} }
    if (e instanceof z.ZodError) return { ok: false, error: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrors(e) }
    // Navigation (redirect/notFound) must pass through.
    if (e && typeof e === 'object' && 'digest' in e) throw e
    console.error(e)
    return { ok: false, error: 'unexpected', message: UNEXPECTED }
  }
}
