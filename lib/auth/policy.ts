import { Forbidden } from '@/lib/failures'
import { PERMISSIONS, type Action, type Role, type Rule, type Status } from './permissions'

export type Actor = { id: string; role: Role; admin: boolean }
export type ProgrammeState = { status: Status | string }
/** What the action is taken on, when owning it matters (a comment, a thread): who made it. */
export type Resource = { ownerId: string | null | undefined }

/** The one place that decides who may do what. Every server action and route handler asks it. */
export function can(user: Actor | null | undefined, action: Action, programme?: ProgrammeState, resource?: Resource): boolean {
  if (!user) return false
  const rule: Rule = PERMISSIONS[action]
  const byRole = (rule.roles as readonly Role[]).includes(user.role) || (rule.admin === true && user.admin)
  const asOwner = !!resource && resource.ownerId === user.id && (rule.owners ?? []).includes(user.role)
  if (!byRole && !asOwner) return false
  if ('statuses' in rule && programme) return (rule.statuses as readonly string[]).includes(programme.status)
  return true
}

/**
 * Could this person take the action on something, whatever its state? Asked before the input is
 * read, so that a person without the right is refused before any field message or lookup.
 */
export function mayEverDo(user: Actor | null | undefined, action: Action): boolean {
  if (!user) return false
  const rule: Rule = PERMISSIONS[action]
  return (rule.roles as readonly Role[]).includes(user.role) || (rule.admin === true && user.admin) || (rule.owners ?? []).includes(user.role)
}

/** May the user read this programme at all? Drafts are for the Coordinating Committee and the ISU. */
export function canView(user: Actor | null | undefined, programme: ProgrammeState): boolean {
  return can(user, 'programme.viewDraft') || (programme.status === 'published' && can(user, 'programme.viewPublished', programme))
}

export { Forbidden }

export function authorize(user: Actor | null | undefined, action: Action, programme?: ProgrammeState, resource?: Resource): asserts user is Actor {
  if (!can(user, action, programme, resource)) throw new Forbidden(action)
}
