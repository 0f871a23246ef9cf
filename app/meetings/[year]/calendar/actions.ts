'use server'
import { revalidatePath } from 'next/cache'
import { defineAction } from '@/lib/actions'
import { db } from '@/lib/db'
import { addOtherMeeting, removeOtherMeeting, updateOtherMeeting } from '@/lib/meetings/other-meetings'
import { AddOtherMeetingSchema, RemoveOtherMeetingSchema, UpdateOtherMeetingSchema } from './schema'

// Thin wrappers: the policy (otherMeeting.edit, while draft or in consultation), the check of the
// values the user started from and the audit are in lib/meetings/other-meetings.ts.
function revalidated<T>(result: T): T {
  // The calendar, the editor and the years list all show what the other meetings change.
  revalidatePath('/meetings/[year]', 'layout')
  revalidatePath('/meetings')
  return result
}

export const addOtherMeetingAction = defineAction(AddOtherMeetingSchema, async (user, input) => revalidated(await addOtherMeeting(db(), user, input)))
export const updateOtherMeetingAction = defineAction(UpdateOtherMeetingSchema, async (user, input) => revalidated(await updateOtherMeeting(db(), user, input)))
export const removeOtherMeetingAction = defineAction(RemoveOtherMeetingSchema, async (user, input) => revalidated(await removeOtherMeeting(db(), user, input)))
