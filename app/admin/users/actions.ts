'use server'
import { revalidatePath } from 'next/cache'
import { defineAction } from '@/lib/actions'
import { authorize } from '@/lib/auth/policy'
import { db } from '@/lib/db'
import { changeRole, RoleChangeSchema } from '@/lib/users'

export const changeRoleAction = defineAction(RoleChangeSchema, async (user, input) => {
  authorize(user, 'users.manage')
  const changed = await changeRole(db(), input, user)
  revalidatePath('/admin/users')
  return changed
})
