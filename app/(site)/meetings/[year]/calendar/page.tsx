import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { OtherMeetingsEditor } from '@/components/calendar/other-meetings-editor'
import { WeekCalendar } from '@/components/week-calendar'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { formatDateRange, formatDay } from '@/lib/i18n/dates'
import { getLocale, getT } from '@/lib/i18n/server'
import { weekCalendar } from '@/lib/meetings/calendar-weeks'
import { visibleProgramme } from '@/lib/meetings/visible'
import { ClientMessages } from '@/components/client-messages'

type Props = { params: Promise<{ year: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.calendar', { year: (await params).year }) }
}

export default async function CalendarPage({ params }: Props) {
  const { year } = await params
  const user = await requireUser(`/meetings/${year}/calendar`)
  // Observers read only what is published; whether a draft exists is not theirs to learn either.
  const programme = await visibleProgramme(year, user)
  if (!programme) notFound()

  const [t, locale] = await Promise.all([getT(), getLocale()])
  const calendar = weekCalendar({ year: programme.year, days: programme.days, otherMeetings: programme.otherMeetings })
  const editable = can(user, 'otherMeeting.edit', programme)
  const member = can(user, 'programme.viewDraft', programme)
  const first = programme.days[0]?.date ?? null
  const before = calendar.beforeDeadline
  // "6 weeks and 5 days", "6 weeks", "5 days"
  const span = (weeks: number, days: number) =>
    weeks && days ? t('calendar.weeksAndDays', { weeks: t('calendar.weeks', { count: weeks }), days: t('calendar.days', { count: days }) }) : weeks ? t('calendar.weeks', { count: weeks }) : t('calendar.days', { count: days })
  const day = (iso: string) => formatDay(iso, locale, { weekday: 'long', day: 'numeric', month: 'long' })

  return (
    <ClientMessages namespaces={['calendar', 'errors']}>
      <p className="breadcrumb">
        {member ? (
          <>
            <Link href="/meetings">{t('nav.programmes')}</Link> / <Link href={`/meetings/${programme.year}`}>{programme.year}</Link>
          </>
        ) : (
          <>
            <Link href="/programme">{t('nav.published')}</Link> / <Link href={`/programme/${programme.year}`}>{programme.year}</Link>
          </>
        )}
      </p>
      <h1>{t('calendar.title', { year: programme.year })}</h1>
      <p className="muted lead">
        {t('calendar.intro', { dates: formatDateRange(first, programme.days.at(-1)?.date ?? null, locale), venue: programme.venue })}
      </p>

      <ul className="calendar-notes">
        <li className={before && before.days > 0 ? 'note' : 'note warning'} data-testid="deadline-note">
          {before === null
            ? t('calendar.deadlineNoDays')
            : before.days <= 0
              ? t('calendar.deadlineNotAfter')
              : t('calendar.deadlineBefore', { span: span(before.weeks, before.extraDays) })}
        </li>
        <li className={calendar.clashes.length ? 'note clash' : 'note'} data-testid="clash-note">
          {calendar.clashes.length ? t('calendar.clashes', { dates: calendar.clashes.map(day).join(', ') }) : t('calendar.noClash')}
        </li>
        {calendar.outside.length > 0 && (
          <li className="note">
            {t('calendar.outside', { meetings: calendar.outside.map((m) => `${m.name} (${formatDateRange(m.start, m.end, locale)})`).join('; ') })}
          </li>
        )}
      </ul>

      <WeekCalendar t={t} locale={locale} calendar={calendar} year={programme.year} />

      <section aria-labelledby="other-meetings-title" className="other-meetings-section" data-programme-id={programme.id}>
        <h2 id="other-meetings-title">{t('calendar.other.title')}</h2>
        <p className="muted">
          {editable ? t('calendar.other.intro') : programme.status === 'draft' || programme.status === 'consultation' ? t('calendar.other.readOnly') : t('calendar.other.closed', { status: t(`statuses.${programme.status as 'draft'}`) })}
        </p>
        <OtherMeetingsEditor
          programmeId={programme.id}
          meetings={programme.otherMeetings.map((m) => ({ id: m.id, name: m.name, start: m.start, end: m.end }))}
          editable={editable}
          locale={locale}
          defaultDate={first ?? `${programme.year}-06-15`}
        />
      </section>
    </ClientMessages>
  )
}
