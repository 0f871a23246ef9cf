'use server'
// The server actions of the users page: mutations of lib/users through the one pipeline.
import { serverAction } from '@/lib/actions'
import { changeRole } from './roles'

export const changeRoleAction = serverAction(changeRole, { revalidate: () => ['/admin/users'] })
