import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'

export const SignInSchema = z.object({
  email: z.string().trim().min(1, fieldError('yourEmail')).max(320).pipe(z.email(fieldError('email'))),
  password: z.string().min(1, fieldError('yourPassword')).max(1000),
})
export type SignInInput = z.infer<typeof SignInSchema>
