// Who is signed in, as every server function sees them: read from the database on each request,
// so that a changed role counts at once.
import { ROLES, type Role } from './permissions'
import type { Db } from '@/lib/db'

export type SessionUser = { id: string; email: string; name: string; role: Role; admin: boolean }

export const toSessionUser = (u: { id: string; email: string; name: string; role: string; admin: boolean }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : 'observer',
  admin: u.admin,
})

export async function findUserById(db: Db, id: string): Promise<SessionUser | null> {
  const u = await db.user.findUnique({ where: { id } })
  return u ? toSessionUser(u) : null
}
