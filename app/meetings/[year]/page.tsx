import type { Metadata } from 'next'
import { forbidden, notFound } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { findProgrammeByYear } from '@/lib/meetings/queries'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Programme ${(await params).year}` }
}

export default async function ProgrammePage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}`)
  // Drafts are for the Coordinating Committee and the ISU: refused here, on the server.
  if (!can(user, 'programme.viewDraft')) forbidden()
  if (!/^\d{4}$/.test(year)) notFound()
  const programme = await findProgrammeByYear(db(), Number(year))
  if (!programme) notFound()
  const t = await getT()
  return (
    <>
      <h1>
        {programme.title} {programme.year}
      </h1>
      <p>
        {programme.venue} · <span className={`badge ${programme.status}`}>{t(`statuses.${programme.status as 'draft'}`)}</span>
      </p>
      {programme.days.map((day) => (
        <section key={day.id} className="day" aria-labelledby={`day-${day.id}`}>
          <h2 id={`day-${day.id}`}>
            {new Date(`${day.date}T00:00:00Z`).toLocaleDateString('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}
            {day.thematic ? ' — thematic day' : ''}
          </h2>
          <ul className="items">
            {day.items.map((item) => (
              <li key={item.id} className={item.segment}>
                <span>
                  {item.start}–{item.end}
                </span>
                <span>{item.title}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
