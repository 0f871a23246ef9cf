'use server'
import { defineAction } from '@/lib/actions'
import { db } from '@/lib/db'
import { addOtherMeeting, removeOtherMeeting, updateOtherMeeting } from '@/lib/meetings/other-meetings'
import { AddOtherMeetingSchema, RemoveOtherMeetingSchema, UpdateOtherMeetingSchema } from './schema'

// Thin wrappers: the policy (otherMeeting.edit, while draft or in consultation), the check of the
// values the user started from and the audit are in lib/meetings/other-meetings.ts.
// The calendar, the editor and the printed programme of the year all show the other meetings.
const programmePages = { revalidate: { path: '/meetings/[year]', type: 'layout' as const } }

export const addOtherMeetingAction = defineAction(AddOtherMeetingSchema, (user, input) => addOtherMeeting(db(), user, input), programmePages)
export const updateOtherMeetingAction = defineAction(UpdateOtherMeetingSchema, (user, input) => updateOtherMeeting(db(), user, input), programmePages)
export const removeOtherMeetingAction = defineAction(RemoveOtherMeetingSchema, (user, input) => removeOtherMeeting(db(), user, input), programmePages)
