// The other meetings' form schema (messages are keys of the catalogue's `calendar` section), and the
// shapes its server actions accept; the values are checked again, with a reason, by
// lib/meetings/other-meetings.ts `checked`.
import { z } from 'zod'
import { isIsoDate } from '@/lib/programme'

export const MAX_OTHER_MEETING_NAME = 300
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

const stored = { name: z.string().max(1000), start: z.string().max(10), end: z.string().max(10) }
const previous = z.object(stored)

export const AddOtherMeetingSchema = z.object({ programmeId: id, ...stored })
export const UpdateOtherMeetingSchema = z.object({ programmeId: id, id, previous, ...stored })
export const RemoveOtherMeetingSchema = z.object({ programmeId: id, id, previous })
