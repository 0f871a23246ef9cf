import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { Forbidden } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
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
    const user = await currentUser()
    if (!user) return { ok: false, error: 'signed-out', message: 'Your session has ended. Sign in again; your input is kept.' }
    const parsed = schema.safeParse(raw)
    if (!parsed.success) return { ok: false, error: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error) }
    try {
      const data = await run(user, parsed.data)
      if (options.revalidate) revalidatePath(options.revalidate.path, options.revalidate.type)
      return { ok: true, data }
    } catch (e) {
      if (e instanceof Forbidden) return { ok: false, error: 'forbidden', message: e.message }
      if (e instanceof Conflict) return { ok: false, error: 'conflict', message: e.message, current: e.current }
      if (e instanceof NotFound) return { ok: false, error: 'not-found', message: e.message || 'Not found.' }
      if (e instanceof Refusal) return { ok: false, error: 'validation', message: e.message, fieldErrors: {} }
      if (e instanceof z.ZodError) return { ok: false, error: 'validation', message: 'Some fields need attention.', fieldErrors: fieldErrors(e) }
      // Navigation (redirect/notFound) must pass through.
      if (e && typeof e === 'object' && 'digest' in e) throw e
      console.error(e)
      return { ok: false, error: 'unexpected', message: 'Something went wrong on the server. Nothing was saved. Try again.' }
    }
  }
}
