// Users: data access and the checks around it, in one place.
import { z } from 'zod'
import { audit } from '@/lib/audit'
import type { Db } from '@/lib/db'
import { ROLES, type Role } from '@/lib/auth/permissions'
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/passwords'

export type SessionUser = { id: string; email: string; name: string; role: Role; admin: boolean }

export const NewUserSchema = z.object({
  email: z.email('Enter a valid e-mail address').transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, 'Enter a name').max(200),
  role: z.enum(ROLES, { message: `Role must be one of ${ROLES.join(', ')}` }),
  admin: z.boolean().default(false),
  password: z.string().min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`),
})

export const RoleChangeSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  admin: z.boolean(),
})

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

export async function findUserForSignIn(db: Db, email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() } })
}

export async function createUser(db: Db, input: z.input<typeof NewUserSchema>): Promise<SessionUser> {
  const data = NewUserSchema.parse(input)
  const user = await db.user.create({
    data: { email: data.email, name: data.name, role: data.role, admin: data.admin, passwordHash: await hashPassword(data.password) },
  })
  return toSessionUser(user)
}

/** Finds or creates the user who signed in through single sign-on; new users start as observers. */
export async function upsertSsoUser(db: Db, email: string, name: string): Promise<SessionUser> {
  const user = await db.user.upsert({ where: { email: email.toLowerCase() }, update: {}, create: { email: email.toLowerCase(), name, role: 'observer' } })
  return toSessionUser(user)
}

export async function listUsers(db: Db): Promise<SessionUser[]> {
  const users = await db.user.findMany({ orderBy: [{ role: 'asc' }, { name: 'asc' }] })
  return users.map(toSessionUser)
}

export async function changeRole(db: Db, input: z.input<typeof RoleChangeSchema>, by: SessionUser) {
  const data = RoleChangeSchema.parse(input)
  if (data.userId === by.id && !data.admin) throw new Error('You cannot remove your own administrator rights.')
  const user = await db.user.update({ where: { id: data.userId }, data: { role: data.role, admin: data.admin } })
  await audit(db, by.id, 'user.roleChanged', null, { userId: user.id, email: user.email, role: data.role, admin: data.admin })
  return toSessionUser(user)
}
