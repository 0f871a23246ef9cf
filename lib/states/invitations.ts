// Whom to invite on an item (issue 16): the groups of States Parties the annotated programmes invite
// to present, found from the obligations the ISU keeps. Pure. The basis is written in English, the
// language of the programme's texts (the footnote "… are invited to present: …" is translated by the PDF).
import { presidencyOfYear, meetingName } from '@/lib/programme/presidency'
import type { CommitteeId, ObjectiveId } from '@/lib/programme/vocabulary'
import type { StateFacts } from './list'

export type SuggestionId = 'article-5-deadline' | 'extension-pending' | 'article-4' | 'survivors'
export type InvitationSuggestion = { id: SuggestionId; basis: string; states: string[] }

type Subject = { committee?: CommitteeId | string | null; objectives?: readonly (ObjectiveId | string)[] }

/** The year of the first Review Conference after `year`. */
export function nextReviewConferenceYear(year: number): number {
  let next = year + 1
  while (presidencyOfYear(next)?.kind !== 'review-conference') next += 1
  return next
}

const yearOfDate = (date: string) => Number(date.slice(0, 4))

/** The groups to invite on an item about clearance, stockpiles or victim assistance, with their States (only groups that have some). */
export function suggestInvitations(item: Subject, year: number, facts: readonly StateFacts[]): InvitationSuggestion[] {
  const parties = facts.filter((f) => f.status === 'state-party')
  const objectives = item.objectives ?? []
  const about = (committee: CommitteeId, objective: ObjectiveId) => item.committee === committee || objectives.some((o) => o === objective)
  const out: InvitationSuggestion[] = []
  if (about('article-5', 'clearance')) {
    const conference = nextReviewConferenceYear(year)
    const p = presidencyOfYear(conference)
    const deadlines = parties.filter((f) => f.article5Deadline !== null && yearOfDate(f.article5Deadline) <= conference).map((f) => f.iso)
    out.push({ id: 'article-5-deadline', basis: `States Parties with Article 5 deadlines before the ${p ? meetingName(p) : 'next Review Conference'} (${conference})`, states: deadlines })
    out.push({ id: 'extension-pending', basis: 'States Parties with pending requests for extension of their Article 5 deadlines', states: parties.filter((f) => f.extensionPending).map((f) => f.iso) })
  }
  if (about('cooperative-compliance', 'stockpile-destruction')) {
    out.push({ id: 'article-4', basis: 'States Parties with stockpile destruction under way (Article 4)', states: parties.filter((f) => f.article4UnderWay).map((f) => f.iso) })
  }
  if (about('victim-assistance', 'victim-assistance')) {
    out.push({ id: 'survivors', basis: 'States Parties reporting significant numbers of mine survivors', states: parties.filter((f) => f.significantSurvivors).map((f) => f.iso) })
  }
  return out.filter((s) => s.states.length > 0)
}
