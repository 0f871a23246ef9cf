// Who is signed in, as every server function sees them: read from the database on each request,
// so that a changed role counts at once.
import { ROLES, type Role } from './permissions'
import type { Prisma } from '@/generated/sqlite/client'
import type { Db } from '@/lib/db'

/** `role` is the standing role; `years` the role for the programme of each year where the person has one. */
export type SessionUser = { id: string; email: string; name: string; role: Role; admin: boolean; years?: Record<number, Role> }

const asRole = (role: string): Role => ((ROLES as readonly string[]).includes(role) ? (role as Role) : 'observer')

type UserRow = { id: string; email: string; name: string; role: string; admin: boolean; memberships?: { year: number; role: string }[] }

export const toSessionUser = (u: UserRow): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: asRole(u.role),
  admin: u.admin,
  ...(u.memberships?.length ? { years: Object.fromEntries(u.memberships.map((m) => [m.year, asRole(m.role)])) } : {}),
})

/**
 * The active people whose role for the programme of `year` is one of `roles`: their role of that year,
 * or their standing role when they have none for it (lib/auth/policy decides the same way). Without a
 * year, the standing role.
 */
export function holdingRole(roles: readonly Role[], year?: number): Prisma.UserWhereInput {
  const standing = { role: { in: [...roles] } }
  if (year === undefined) return { deactivatedAt: null, ...standing }
  return { deactivatedAt: null, OR: [{ memberships: { some: { year, role: { in: [...roles] } } } }, { ...standing, memberships: { none: { year } } }] }
}

/** What to read of a user for their session: their roles of each year too. */
export const withMemberships = { memberships: { select: { year: true, role: true } } } as const

/** The person, with their roles of each year; null when unknown or deactivated. */
export async function findUserById(db: Db, id: string): Promise<SessionUser | null> {
  const u = await db.user.findUnique({ where: { id }, include: withMemberships })
  return u && !u.deactivatedAt ? toSessionUser(u) : null
}
