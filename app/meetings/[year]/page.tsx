import type { Metadata } from 'next'
import { forbidden, notFound, redirect } from 'next/navigation'
import { ProgrammeEditor } from '@/components/editor/programme-editor'
import { PdfDownloadButton } from '@/components/pdf-download-button'
import { ProgrammeTabs } from '@/components/programme-tabs'
import { WorkflowBar } from '@/components/workflow/workflow-bar'
import { can, canView } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { countThreadsByItem } from '@/lib/comments/queries'
import { getT } from '@/lib/i18n/server'
import { editorProgrammeOf } from '@/lib/meetings/editor-model'
import { closedRoundsOf } from '@/lib/meetings/editor-queries'
import { findProgrammeByYear } from '@/lib/meetings/queries'
import { programmeFileName } from '@/lib/publication/symbol'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Programme ${(await params).year}` }
}

export default async function ProgrammeEditorPage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}`)
  if (!/^\d{4}$/.test(year)) notFound()
  const row = await findProgrammeByYear(db(), Number(year))
  // Drafts are for the Coordinating Committee and the ISU: refused here, on the server.
  if (!row) {
    if (!can(user, 'programme.viewDraft')) forbidden()
    notFound()
  }
  if (!canView(user, row)) forbidden()
  if (!can(user, 'programme.viewDraft')) redirect(`/programme/${year}`)
  const t = await getT()
  const programme = editorProgrammeOf(row)
  const [closedRounds, commentCounts] = await Promise.all([closedRoundsOf(db(), row.id), countThreadsByItem(db(), row.id)])
  return (
    <>
      <h1>
        {programme.title} {programme.year}
      </h1>
      <p className="muted">{programme.venue}</p>
      <ProgrammeTabs t={t} year={programme.year} current="programme" />
      <WorkflowBar programme={row} user={user} />
      <ProgrammeEditor
        programme={programme}
        canEdit={can(user, 'programme.edit', row)}
        canDecide={can(user, 'format.decide', row)}
        canPropose={can(user, 'format.propose', row)}
        closedRounds={closedRounds}
        commentCounts={commentCounts}
        today={new Date().toISOString().slice(0, 10)}
      >
        <div className="button-row">
          <PdfDownloadButton href={`/meetings/${programme.year}/pdf`} fileName={programmeFileName(programme.year, programme.revision)} className="secondary" />
          <a className="button secondary" href={`/meetings/${programme.year}/export`} download>
            {t('editor.exportJson')}
          </a>
        </div>
      </ProgrammeEditor>
    </>
  )
}
