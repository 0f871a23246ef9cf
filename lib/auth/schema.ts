import { z } from 'zod'

export const SignInSchema = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail.').max(320).pipe(z.email('Enter a valid e-mail address.')),
  password: z.string().min(1, 'Enter your password.').max(1000),
})
export type SignInInput = z.infer<typeof SignInSchema>
