// The input of the e-mail settings form, shared by the form and the server.
import { z } from 'zod'
import { EMAIL_MODES, NOTIFICATION_KINDS } from '@/lib/mail/preferences'

const Mode = z.enum(EMAIL_MODES)

export const EmailPreferencesSchema = z.object({
  choices: z.partialRecord(z.enum(NOTIFICATION_KINDS), Mode),
})
export type EmailPreferencesInput = z.input<typeof EmailPreferencesSchema>
