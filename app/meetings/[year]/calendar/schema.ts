// The other meetings' form schemas, shared by the form on the calendar page and its server actions.
// Messages are keys of the translation catalogue (namespace `calendar`).
import { z } from 'zod'
import { isIsoDate } from '@/lib/programme'

// As lib/meetings/other-meetings.ts stores it (not imported: that module is for the server only).
const MAX_OTHER_MEETING_NAME = 300
const id = z.string().min(1).max(64)
const date = z.string().refine(isIsoDate, 'calendar.errors.date')

const fields = {
  name: z.string().trim().min(1, 'calendar.errors.nameRequired').max(MAX_OTHER_MEETING_NAME, 'calendar.errors.nameTooLong'),
  start: date,
  end: date,
}

// ISO dates compare as text; only when both are real dates.
const endNotBeforeStart = (v: { start: string; end: string }) => !isIsoDate(v.start) || !isIsoDate(v.end) || v.end >= v.start
const endRule = { path: ['end'], message: 'calendar.errors.endBeforeStart' }

export const OtherMeetingFieldsSchema = z.object(fields).refine(endNotBeforeStart, endRule)
export type OtherMeetingFormInput = z.input<typeof OtherMeetingFieldsSchema>

const previous = z.object({ name: z.string().max(1000), start: z.string().max(10), end: z.string().max(10) })

export const AddOtherMeetingSchema = z.object({ programmeId: id, ...fields }).refine(endNotBeforeStart, endRule)
export const UpdateOtherMeetingSchema = z.object({ programmeId: id, id, previous, ...fields }).refine(endNotBeforeStart, endRule)
export const RemoveOtherMeetingSchema = z.object({ programmeId: id, id, previous })
