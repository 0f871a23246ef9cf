import { redirect } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'

// Each role lands on its own page: members on the programmes they work on, observers on the published ones.
export default async function Home() {
  const user = await currentUser()
  if (!user) redirect('/signin')
  redirect(can(user, 'programme.viewDraft') ? '/meetings' : '/programme')
}
