// The calendar rules: when the meetings are held and for how long.
import { UNOG_HOLIDAY_NAMES, unogHolidayOn } from '../programme/holidays'
import { yearOf } from '../programme/dates'
import { dayPath, type ProgrammeFacts } from './facts'
import { finding } from './finding'
import { runFamily, type RuleFamily, type RuleReport } from './family'
import { listed, writtenDate, writtenDay } from './wording'

// year-mismatch: the format's own rule; a programme describes one year's meetings.
function yearMismatch(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    if (yearOf(day.day.date) === facts.year) continue
    report.add(() =>
      finding('year-mismatch', `${writtenDay(facts, day)} is not in ${facts.year}, the year of this programme.`, `${dayPath(day)}.date`, {
        date: day.day.date,
        year: facts.year,
      }),
    )
  }
}

// weekend: practice; the meetings are held on working days.
function weekend(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    if (day.weekday !== 0 && day.weekday !== 6) continue
    report.add(() =>
      finding('weekend', `${writtenDay(facts, day)} falls on a weekend; the meetings are held from Monday to Friday.`, `${dayPath(day)}.date`, {
        date: day.day.date,
      }),
    )
  }
}

// unog-holiday: UNOG practice; the Office is closed on its official holidays (those that follow from the calendar).
function unogHoliday(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    const holiday = unogHolidayOn(day.day.date)
    if (holiday === null) continue
    report.add(() =>
      finding(
        'unog-holiday',
        `${writtenDay(facts, day)} is ${UNOG_HOLIDAY_NAMES[holiday]}, an official holiday of the United Nations Office at Geneva.`,
        `${dayPath(day)}.date`,
        { date: day.day.date, holiday },
      ),
    )
  }
}

/** Whether a date is after 30 April of the year (30 April itself is not). */
function isAfterDeadline(date: string, year: number): boolean {
  const dateYear = yearOf(date)
  return dateYear === year ? date.slice(5) > '04-30' : dateYear > year
}

// transparency-deadline: 3RC, "preferably after the 30 April deadline for submitting transparency information" (Art. 7).
function transparencyDeadline(facts: ProgrammeFacts, report: RuleReport): void {
  const earliest = facts.chronological[0]
  if (!earliest || isAfterDeadline(earliest.day.date, facts.year)) return
  report.add(() =>
    finding(
      'transparency-deadline',
      `The meetings begin on ${writtenDay(facts, earliest)}, which is not after the 30 April ${facts.year} deadline for transparency reports; the Third Review Conference preferred them after it.`,
      `${dayPath(earliest)}.date`,
      { date: earliest.day.date, deadline: `${String(facts.year).padStart(4, '0')}-04-30` },
    ),
  )
}

// meeting-length: 3RC, "need not be more than two days long"; 4RC b) may add a thematic day.
function meetingLength(facts: ProgrammeFacts, report: RuleReport): void {
  const count = facts.days.length
  const withThematicDay = facts.programme.format === 'thematic-day'
  const maximum = withThematicDay ? 3 : 2
  if (count <= maximum) return
  const message = withThematicDay
    ? `The meetings have ${count} days; with the thematic day added they need not be more than three.`
    : `The meetings have ${count} days; they need not be more than two days long.`
  report.add(() => finding('meeting-length', message, 'days', { count, maximum, thematicDay: withThematicDay }))
}

// consecutive-days: 3RC, "permitting them to be scheduled during the same week as the meetings of other Conventions".
function consecutiveDays(facts: ProgrammeFacts, report: RuleReport): void {
  const days = facts.chronological
  // Consecutive calendar days that are all working days cannot cross a weekend: one week.
  const consecutive = days.every(
    (day, i) => day.weekday !== 0 && day.weekday !== 6 && (i === 0 || day.dayNumber === (days[i - 1]?.dayNumber ?? Number.NaN) + 1),
  )
  if (consecutive) return
  report.add(() => {
    const dates = listed(days.map((day) => writtenDay(facts, day)))
    const message =
      days.length === 1
        ? `The only meeting day, ${dates}, is not a working day.`
        : `The meeting days (${dates}) are not consecutive working days of one week.`
    return finding('consecutive-days', message, 'days', { dates: days.map((day) => day.day.date) })
  })
}

// other-meeting-clash: 3RC, the meetings share the week, not the days, with "the meetings of other Conventions or activities".
function otherMeetingClash(facts: ProgrammeFacts, report: RuleReport): void {
  const meetings = facts.programme.otherMeetings
  if (meetings.length === 0) return
  for (const day of facts.chronological) {
    const date = day.day.date
    for (const meeting of meetings) {
      // Valid ISO dates compare as text; both ends are inclusive.
      if (!(meeting.start <= date && date <= meeting.end)) continue
      report.add(() => {
        const when =
          meeting.start === meeting.end
            ? `held that day`
            : `held from ${writtenDate(facts, meeting.start)} to ${writtenDate(facts, meeting.end)}`
        return finding('other-meeting-clash', `${writtenDay(facts, day)} is also a day of "${meeting.name}", ${when}.`, `${dayPath(day)}.date`, {
          date,
          meeting: meeting.name,
          start: meeting.start,
          end: meeting.end,
        })
      })
    }
  }
}

const CALENDAR: RuleFamily = {
  'year-mismatch': yearMismatch,
  weekend,
  'unog-holiday': unogHoliday,
  'transparency-deadline': transparencyDeadline,
  'meeting-length': meetingLength,
  'consecutive-days': consecutiveDays,
  'other-meeting-clash': otherMeetingClash,
}

export const checkCalendar = (facts: ProgrammeFacts, limit: number) => runFamily(CALENDAR, facts, limit)
