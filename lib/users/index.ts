// Users: data access and the checks around it, in one place.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import type { Db } from '@/lib/db'
import { ROLES } from '@/lib/auth/permissions'
import { toSessionUser, type SessionUser } from '@/lib/auth/user'
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/passwords'


export const NewUserSchema = z.object({
  email: z.email(fieldError('email')).transform((e) => e.toLowerCase()),
  name: z.string().trim().min(1, fieldError('name')).max(200),
  role: z.enum(ROLES, { message: fieldError('role') }),
  admin: z.boolean().default(false),
  password: z.string().min(MIN_PASSWORD_LENGTH, fieldError('password', { minimum: MIN_PASSWORD_LENGTH })),
})

export const RoleChangeSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES),
  admin: z.boolean(),
})


export async function createUser(db: Db, input: z.input<typeof NewUserSchema>): Promise<SessionUser> {
  const data = NewUserSchema.parse(input)
  const user = await db.user.create({
    data: { email: data.email, name: data.name, role: data.role, admin: data.admin, passwordHash: await hashPassword(data.password) },
  })
  return toSessionUser(user)
}

export async function listUsers(db: Db): Promise<SessionUser[]> {
  const users = await db.user.findMany({ orderBy: [{ role: 'asc' }, { name: 'asc' }] })
  return users.map(toSessionUser)
}
