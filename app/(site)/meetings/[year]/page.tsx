import { formatDayMonthYear } from '@/lib/i18n/dates'
import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { ProgrammeEditor } from '@/components/editor/programme-editor'
import { PdfDownloadButton } from '@/components/pdf-download-button'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { getLocale, getT } from '@/lib/i18n/server'
import { db } from '@/lib/db'
import { editorPageOf } from '@/lib/meetings/editor-queries'
import { timeOfYearBefore } from '@/lib/meeting-time/queries'
import { presidencyOf } from '@/lib/presidency/presidents'
import { listStateFacts } from '@/lib/states/records'
import { stateNamesOf } from '@/lib/states/names'
import { visibleProgramme } from '@/lib/meetings/visible'
import { programmeFileName } from '@/lib/publication/symbol'
import { stampOf } from '@/lib/presence/people'
import { ClientMessages } from '@/components/client-messages'
import { heavyRenderTurn } from '@/lib/render-slots'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.programme', { year: (await params).year }) }
}

export default async function ProgrammeEditorPage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}`)
  const row = await visibleProgramme(year, user)
  if (!row) notFound()
  // Drafts are for the Coordinating Committee and the ISU; others read the published programme.
  if (!can(user, 'programme.viewDraft', row)) redirect(`/programme/${year}`)
  // The reader's words read before waiting a turn: a request whose reader has gone by then still
  // finishes without reading the request again (Next.js refuses that once its answer is over).
  const t = await getT()
  await heavyRenderTurn()
  const [{ programme, closedRounds, commentCounts, schemaReport }, previousTime, presidency, stateFacts] = await Promise.all([
    editorPageOf(row),
    timeOfYearBefore(db(), row.year),
    presidencyOf(db(), row.year),
    listStateFacts(db()),
  ])
  // The invitations name the States of the records and those the items invite, in the page's language.
  const invited = programme.days.flatMap((d) => d.items.flatMap((i) => i.invited?.states ?? []))
  const locale = await getLocale()
  const stateNames = stateNamesOf([...stateFacts.map((f) => f.iso), ...invited], locale)
  // The closed rounds the format decision may name, in the reader's words: "12 May 2026 — Agreed: Dear colleagues, …".
  const rounds = closedRounds.map((r) => ({
    id: r.id,
    label: `${formatDayMonthYear(r.closedOn, locale)} — ${r.outcome ? t(`consultation.outcomes.${r.outcome as 'agreed'}`) : t('statuses.consultation')}: ${r.excerpt}`,
  }))
  return (
    <ClientMessages namespaces={['timetable', 'errors', 'consultationLoop', 'meetingTime', 'presidency', 'states', 'presence', 'itemTexts', 'rules', 'i11rules']}>
      <h1>
        {programme.title} {programme.year}
      </h1>
      <p className="muted">{programme.venue}</p>
      <ProgrammeEditor
        programme={programme}
        stamp={stampOf(row)}
        canEdit={can(user, 'programme.edit', row)}
        canDecide={can(user, 'format.decide', row)}
        canPropose={can(user, 'format.propose', row)}
        closedRounds={rounds}
        commentCounts={commentCounts}
        previousTime={previousTime}
        presidency={{ year: row.year, presidency: presidency.presidency, president: presidency.president }}
        canEditPresidency={can(user, 'presidency.edit')}
        stateFacts={stateFacts}
        stateNames={stateNames}
        schemaReport={schemaReport}
        today={new Date().toISOString().slice(0, 10)}
      >
        <div className="button-row">
          <PdfDownloadButton href={`/meetings/${programme.year}/pdf`} fileName={programmeFileName(programme.year, programme.revision)} className="secondary" />
          <a className="button secondary" href={`/meetings/${programme.year}/export`} download>
            {t('editor.exportJson')}
          </a>
        </div>
      </ProgrammeEditor>
    </ClientMessages>
  )
}
