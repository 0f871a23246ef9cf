// People of a test database: one account per role, as the policy sees them once signed in.
import type { Role } from '@/lib/auth/permissions'
import type { SessionUser } from '@/lib/auth/user'
import type { Db } from '@/lib/db'

export async function userWith(db: Db, role: Role): Promise<SessionUser> {
  const u = await db.user.create({ data: { email: `${role}@people.test`, name: `The ${role}`, role } })
  return { id: u.id, email: u.email, name: u.name, role, admin: false }
}
