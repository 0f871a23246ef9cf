// The forms of the people's pages: each schema is the form's and its server action's.
import { z } from 'zod'
import { ROLES } from '@/lib/auth/permissions'
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/passwords'
import { LOCALES } from '@/lib/i18n/languages'

// Messages are catalogue keys (components/form-messages `say`): the same schema runs in the browser.
const email = z.email('people.fields.emailInvalid').max(320, 'people.fields.emailInvalid').transform((e) => e.trim().toLowerCase())
const name = z.string().trim().min(1, 'people.fields.nameRequired').max(200, 'people.fields.nameLong')
const password = z.string().min(MIN_PASSWORD_LENGTH, 'people.fields.passwordShort').max(1000, 'people.fields.passwordLong')
const year = z.number().int().min(2000).max(2100)
/** A one-time token of a link: 43 characters of base64url (32 random bytes). */
const token = z.string().min(20).max(200)

export const InvitationInput = z.object({
  email,
  name,
  role: z.enum(ROLES),
  /** The year the role is for; null: the standing role, for every year. */
  year: year.nullable(),
  admin: z.boolean().default(false),
  /** The language of the e-mail. */
  language: z.enum(LOCALES).default('en'),
})

export const InvitationRef = z.object({ invitationId: z.string().min(1).max(100) })

export const AcceptInvitationInput = z.object({ token, name, password })

export const MembershipInput = z.object({ userId: z.string().min(1).max(100), year, role: z.enum(ROLES) })
export const MembershipRef = z.object({ userId: z.string().min(1).max(100), year })
export const CopyCommitteeInput = z.object({ year })

export const ActivationInput = z.object({ userId: z.string().min(1).max(100), active: z.boolean() })

export const ResetRequestInput = z.object({ email })
export const ResetPasswordInput = z.object({ token, password })

export const ProfileInput = z.object({ name })
export const PasswordChangeInput = z.object({ current: z.string().min(1, 'people.fields.currentRequired').max(1000), password })
