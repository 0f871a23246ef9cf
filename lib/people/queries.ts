// What the people's pages read: the people and their roles of each year, pending invitations, the
// Committee of a year, the list of rights changes, the administrators (named on the 403 page), and
// where a link of an e-mail stands. Reading never writes: an expired link is derived, not recorded.
import 'server-only'
import { ROLES, type Role } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db'
import { invitationState, type InvitationState } from './invitations'
import { hashToken } from './tokens'

const asRole = (role: string): Role => ((ROLES as readonly string[]).includes(role) ? (role as Role) : 'observer')

/** The audit events that change what a person may do: the list on the users page. */
export const RIGHTS_ACTIONS = [
  'user.roleChanged',
  'person.invited',
  'person.invitationResent',
  'person.invitationRevoked',
  'person.invitationAccepted',
  'person.yearRoleSet',
  'person.yearRoleRemoved',
  'person.committeeCopied',
  'person.deactivated',
  'person.reactivated',
  'person.passwordReset',
  'person.passwordChanged',
] as const
export type RightsAction = (typeof RIGHTS_ACTIONS)[number]

export type PersonRow = { id: string; email: string; name: string; role: Role; admin: boolean; active: boolean; years: { year: number; role: Role }[] }

export async function listPeople(db: Db): Promise<PersonRow[]> {
  const users = await db.user.findMany({ orderBy: [{ name: 'asc' }], include: { memberships: { orderBy: { year: 'desc' } } } })
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: asRole(u.role),
    admin: u.admin,
    active: !u.deactivatedAt,
    years: u.memberships.map((m) => ({ year: m.year, role: asRole(m.role) })),
  }))
}

export type PendingInvitation = { id: string; email: string; name: string; role: Role; year: number | null; admin: boolean; sentAt: string; expiresAt: string; expired: boolean }

/** Invitations not yet accepted nor revoked (expired ones too: they can be sent again). */
export async function pendingInvitations(db: Db, now = new Date()): Promise<PendingInvitation[]> {
  const rows = await db.invitation.findMany({ where: { acceptedAt: null, revokedAt: null }, orderBy: { createdAt: 'desc' }, take: 200 })
  return rows.map((i) => ({
    id: i.id,
    email: i.email,
    name: i.name,
    role: asRole(i.role),
    year: i.year,
    admin: i.admin,
    sentAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    expired: invitationState(i, now) === 'expired',
  }))
}

export type CommitteeMember = { userId: string; name: string; email: string; role: Role; active: boolean }

/** Who has a role for the programme of the year. */
export async function committeeOf(db: Db, year: number): Promise<CommitteeMember[]> {
  const rows = await db.membership.findMany({ where: { year }, include: { user: { select: { name: true, email: true, deactivatedAt: true } } }, orderBy: { user: { name: 'asc' } } })
  return rows.map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: asRole(m.role), active: !m.user.deactivatedAt }))
}

/** The years that have a Committee recorded, newest first. */
export async function yearsWithCommittee(db: Db): Promise<number[]> {
  const rows = await db.membership.findMany({ distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } })
  return rows.map((r) => r.year)
}

export type RightsEvent = { id: string; at: string; by: string | null; action: RightsAction; detail: Record<string, string | number | boolean | null> }

/** Who changed whose rights, newest first. */
export async function rightsHistory(db: Db, take = 50): Promise<RightsEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { programmeId: null, action: { in: [...RIGHTS_ACTIONS] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
    include: { user: { select: { name: true } } },
  })
  return rows.map((e) => ({
    id: e.id,
    at: e.createdAt.toISOString(),
    by: e.user?.name ?? null,
    action: e.action as RightsAction,
    detail: (e.detail && typeof e.detail === 'object' && !Array.isArray(e.detail) ? e.detail : {}) as RightsEvent['detail'],
  }))
}

/** The active administrators, by name: who can help a person refused a page. */
export async function administrators(db: Db): Promise<{ name: string; email: string }[]> {
  return db.user.findMany({ where: { admin: true, deactivatedAt: null }, select: { name: true, email: true }, orderBy: { name: 'asc' }, take: 10 })
}

export type InvitationLink = { state: InvitationState; email: string; name: string; role: Role; year: number | null; expiresAt: string }

/** The invitation of a link, or null when the link is not one (never was, or was replaced by a new one). */
export async function invitationOfLink(db: Db, token: string, now = new Date()): Promise<InvitationLink | null> {
  if (token.length > 200) return null
  const i = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) } })
  return i ? { state: invitationState(i, now), email: i.email, name: i.name, role: asRole(i.role), year: i.year, expiresAt: i.expiresAt.toISOString() } : null
}

export type ResetLinkState = 'valid' | 'used' | 'expired' | 'invalid'

export async function resetLinkState(db: Db, token: string, now = new Date()): Promise<ResetLinkState> {
  if (token.length > 200) return 'invalid'
  const r = await db.passwordReset.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { deactivatedAt: true } } } })
  if (!r || r.user.deactivatedAt) return 'invalid'
  if (r.usedAt) return 'used'
  return r.expiresAt.getTime() <= now.getTime() ? 'expired' : 'valid'
}
