import { Forbidden } from '@/lib/failures'
import { PERMISSIONS, type Action, type Role, type Rule, type Status } from './permissions'

/**
 * Who acts: their standing role, and their role for the programme of each year where they have one
 * (the Coordinating Committee of 2026 is not 2027's). A programme's permissions are decided with the
 * role of its year; without a role for that year, the standing role counts (decision: roles per year).
 */
export type Actor = { id: string; role: Role; admin: boolean; years?: Readonly<Record<number, Role>> }
/** The programme an action is about: its status and its year (without the year, only the standing role counts). */
export type ProgrammeState = { status: Status | string; year?: number }
/** What the action is taken on, when owning it matters (a comment, a thread): who made it. */
export type Resource = { ownerId: string | null | undefined }

/** The person's role for the programme of a year: the year's, or else their standing role. */
export function roleFor(user: Actor, year: number | undefined): Role {
  return (year !== undefined ? user.years?.[year] : undefined) ?? user.role
}

/** Every role the person holds, standing or for some year: what they may do somewhere (the menus, a new programme). */
export function rolesOf(user: Actor): Role[] {
  return [...new Set([user.role, ...Object.values(user.years ?? {})])]
}

/**
 * The one place that decides who may do what. Every server action and route handler asks it. With a
 * programme, the role of the programme's year decides; without one, any role the person holds.
 */
export function can(user: Actor | null | undefined, action: Action, programme?: ProgrammeState, resource?: Resource): boolean {
  if (!user) return false
  const rule: Rule = PERMISSIONS[action]
  const roles = programme ? [roleFor(user, programme.year)] : rolesOf(user)
  const byRole = roles.some((r) => (rule.roles as readonly Role[]).includes(r)) || (rule.admin === true && user.admin)
  const asOwner = !!resource && resource.ownerId === user.id && roles.some((r) => (rule.owners ?? []).includes(r))
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
  const roles = rolesOf(user)
  return roles.some((r) => (rule.roles as readonly Role[]).includes(r) || (rule.owners ?? []).includes(r)) || (rule.admin === true && user.admin)
}

/** May the user read this programme at all? Drafts are for the Coordinating Committee and the ISU of its year. */
export function canView(user: Actor | null | undefined, programme: ProgrammeState): boolean {
  return can(user, 'programme.viewDraft', programme) || (programme.status === 'published' && can(user, 'programme.viewPublished', programme))
}

export { Forbidden }

export function authorize(user: Actor | null | undefined, action: Action, programme?: ProgrammeState, resource?: Resource): asserts user is Actor {
  if (!can(user, action, programme, resource)) throw new Forbidden(action)
}
