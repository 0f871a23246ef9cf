'use server'
// The server actions of the States: the ISU's records of States, and an item's invited States.
import { serverAction } from '@/lib/actions'
import { saveState, setInvitation } from './records'

export const saveStateAction = serverAction(saveState, { revalidate: () => ['/meetings/states'] })
export const setInvitationAction = serverAction(setInvitation)
