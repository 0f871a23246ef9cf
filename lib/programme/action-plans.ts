// The Action Plan in force (issue 16): the Oslo Action Plan (2020-2024, adopted by the Fourth Review
// Conference) and the Siem Reap-Angkor Action Plan (2025-2029). Only what the sources confirm is
// written here: the ranges of actions the annotated programmes cite (real-programmes.md: survey and
// clearance Actions 18 to 32 and victim assistance Actions 33 to 41 of the Oslo Action Plan;
// clearance 17 to 29 and victim assistance 30 to 39 of the Siem Reap-Angkor Action Plan). The other
// actions' numbers and every action's own title are left blank until the ISU confirms them; an
// action number tagged on an item is counted all the same.
import type { ObjectiveId } from './vocabulary'

export type ActionSection = { title: string; objective: ObjectiveId; first: number; last: number }
export type ActionPlan = { id: 'oslo' | 'siem-reap-angkor'; name: string; from: number; to: number; sections: readonly ActionSection[] }

export const ACTION_PLANS: readonly ActionPlan[] = [
  {
    id: 'oslo',
    name: 'Oslo Action Plan',
    from: 2020,
    to: 2024,
    sections: [
      { title: 'Survey and clearance', objective: 'clearance', first: 18, last: 32 },
      { title: 'Victim assistance', objective: 'victim-assistance', first: 33, last: 41 },
    ],
  },
  {
    id: 'siem-reap-angkor',
    name: 'Siem Reap-Angkor Action Plan',
    from: 2025,
    to: 2029,
    sections: [
      { title: 'Clearance', objective: 'clearance', first: 17, last: 29 },
      { title: 'Victim assistance', objective: 'victim-assistance', first: 30, last: 39 },
    ],
  },
]

/** The Action Plan in force in a year, or null (before 2020, or after 2029 until the next plan is entered). */
export const actionPlanOfYear = (year: number): ActionPlan | null => ACTION_PLANS.find((plan) => year >= plan.from && year <= plan.to) ?? null

export type ActionCoverage = {
  number: number
  /** The section the sources place it in, or null when only an item's tag names it. */
  section: string | null
  /** The years of the plan whose programme addresses it (an item tagged with it), in order. */
  years: number[]
}

type Tagged = { year: number; days: readonly { items: readonly { actions?: readonly number[]; segment?: string }[] }[] }

/**
 * For each action of the plan known (the sources' ranges and any number tagged on an item of the
 * plan's years), the years whose programme addresses it. Items beside the formal meeting (side
 * events, breaks) count too: a side event may address an action.
 */
export function actionCoverage(plan: ActionPlan, programmes: readonly Tagged[]): ActionCoverage[] {
  const years = new Map<number, Set<number>>()
  const sectionOf = new Map<number, string>()
  for (const section of plan.sections) for (let n = section.first; n <= section.last; n += 1) {
    sectionOf.set(n, section.title)
    years.set(n, new Set())
  }
  for (const programme of programmes) {
    if (programme.year < plan.from || programme.year > plan.to) continue
    for (const day of programme.days) for (const item of day.items) for (const n of item.actions ?? []) {
      if (!years.has(n)) years.set(n, new Set())
      years.get(n)!.add(programme.year)
    }
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, seen]) => ({ number, section: sectionOf.get(number) ?? null, years: [...seen].sort((a, b) => a - b) }))
}
