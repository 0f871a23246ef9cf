import { PERMISSIONS, type Action, type Role, type Status } from './permissions'

export type Actor = { id: string; role: Role; admin: boolean }
export type ProgrammeState = { status: Status | string }

/** The one place that decides who may do what. Every server action and route handler asks it. */
export function can(user: Actor | null | undefined, action: Action, programme?: ProgrammeState): boolean {
  if (!user) return false
  const rule = PERMISSIONS[action]
  const byRole = (rule.roles as readonly Role[]).includes(user.role) || ('admin' in rule && rule.admin && user.admin)
  if (!byRole) return false
  if ('statuses' in rule && programme) return (rule.statuses as readonly string[]).includes(programme.status)
  return true
}

/** May the user read this programme at all? Drafts are for the Coordinating Committee and the ISU. */
export function canView(user: Actor | null | undefined, programme: ProgrammeState): boolean {
  return can(user, 'programme.viewDraft') || (programme.status === 'published' && can(user, 'programme.viewPublished', programme))
}

export class Forbidden extends Error {
  constructor(public readonly action: Action) {
    super(`You are not allowed to do this (${action}).`)
  }
}

export function authorize(user: Actor | null | undefined, action: Action, programme?: ProgrammeState): asserts user is Actor {
  if (!can(user, action, programme)) throw new Forbidden(action)
}
