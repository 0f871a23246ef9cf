'use server'
import { defineAction } from '@/lib/actions'
import { authorize } from '@/lib/auth/policy'
import { db } from '@/lib/db'
import { changeRole, RoleChangeSchema } from '@/lib/users'

export const changeRoleAction = defineAction(
  RoleChangeSchema,
  async (user, input) => {
    authorize(user, 'users.manage')
    return changeRole(db(), input, user)
  },
  { revalidate: { path: '/admin/users' } },
)
