'use server'
// The server actions of the people's pages: mutations of lib/people through the one pipeline; the
// public ones (an invitation's link, a forgotten password) through its public form, rate-limited by
// the client's address.
import { headers } from 'next/headers'
import { publicServerAction, serverAction } from '@/lib/actions'
import { clientAddress } from '@/lib/auth/client-address'
import { env } from '@/lib/env'
import { setActive } from './activation'
import { acceptInvitation, invite, resendInvitation, revokeInvitation } from './invitations'
import { copyCommittee, removeMembership, setMembership } from './memberships'
import { changePassword, renameSelf, requestPasswordReset, resetPassword } from './passwords'

const users = { revalidate: () => ['/admin/users'] }
const address = async () => clientAddress(await headers(), env().TRUST_PROXY)

export const inviteAction = serverAction(invite, users)
export const resendInvitationAction = serverAction(resendInvitation, users)
export const revokeInvitationAction = serverAction(revokeInvitation, users)
export const setMembershipAction = serverAction(setMembership, users)
export const removeMembershipAction = serverAction(removeMembership, users)
export const copyCommitteeAction = serverAction(copyCommittee, users)
export const setActiveAction = serverAction(setActive, users)
export const renameSelfAction = serverAction(renameSelf, { revalidate: () => ['/'] })
export const changePasswordAction = serverAction(changePassword)
export const acceptInvitationAction = publicServerAction(acceptInvitation, address)
export const requestPasswordResetAction = publicServerAction(requestPasswordReset, address)
export const resetPasswordAction = publicServerAction(resetPassword, address)
