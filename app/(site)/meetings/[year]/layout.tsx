// Every page of one year's programme: the year is checked, the person signed in and allowed to read
// it (404 otherwise, whether or not a draft exists), and the sections and the workflow bar are drawn
// once, for the members who work on it.
import { notFound } from 'next/navigation'
import { ProgrammeTabs } from '@/components/programme-tabs'
import { WorkflowBar } from '@/components/workflow/workflow-bar'
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import { visibleProgrammeHead } from '@/lib/meetings/visible'
import { latestRound } from '@/lib/consultation/queries'
import { db } from '@/lib/db'
import { ClientMessages } from '@/components/client-messages'

type Props = { children: React.ReactNode; params: Promise<{ year: string }> }

/** The messages of the tabs and the workflow bar, and of the editor an observer reads without them. */
const CLIENT_NAMESPACES = ['editor', 'workflow', 'comments'] as const

export default async function ProgrammeLayout({ children, params }: Props) {
  const { year } = await params
  // Signed out, the page itself sends the person to sign in, back to where they were going.
  const user = await currentUser()
  if (!user) return children
  const programme = await visibleProgrammeHead(year, user)
  if (!programme) notFound()
  if (!can(user, 'programme.viewDraft', programme)) return <ClientMessages namespaces={CLIENT_NAMESPACES}>{children}</ClientMessages>
  const round = programme.status === 'consultation' ? await latestRound(db(), programme.id, programme.revision) : null
  return (
    <ClientMessages namespaces={CLIENT_NAMESPACES}>
      <ProgrammeTabs year={programme.year} />
      <WorkflowBar programme={programme} user={user} closedRound={round?.status === 'closed' && round.outcome ? { outcome: round.outcome, objections: round.objections } : null} />
      {children}
    </ClientMessages>
  )
}
