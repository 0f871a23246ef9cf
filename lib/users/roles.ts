// Changing a person's rights: a mutation of the one pipeline, for administrators.
import 'server-only'
import { mutation } from '@/lib/actions'
import { toSessionUser } from '@/lib/auth/user'
import { NotFound, Refusal } from '@/lib/failures'
import { RoleChangeSchema } from './index'

/** An administrator changes a person's role and administrator flag; no one removes their own rights. */
export const changeRole = mutation({
  schema: RoleChangeSchema,
  permission: 'users.manage',
  programme: null,
  async run({ tx, user: by, audit }, data) {
    if (data.userId === by.id && !data.admin) throw new Refusal('ownAdminRights')
    const { count } = await tx.user.updateMany({ where: { id: data.userId }, data: { role: data.role, admin: data.admin } })
    if (count !== 1) throw new NotFound('userGone')
    const user = await tx.user.findUniqueOrThrow({ where: { id: data.userId } })
    await audit('user.roleChanged', { userId: user.id, email: user.email, role: data.role, admin: data.admin })
    return toSessionUser(user)
  },
})
