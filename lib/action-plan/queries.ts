// The Action Plans across the programmes in the database: which actions each year addresses, and
// which none of the plan's years has addressed so far.
import 'server-only'
import type { Db } from '@/lib/db'
import { documentFromProgramme } from '@/lib/meetings/documents'
import { ACTION_PLANS, actionCoverage, type ActionCoverage, type ActionPlan } from '@/lib/programme'
import { findProgrammes } from '@/lib/programme-store'

export type ActionPlanView = { plan: ActionPlan; years: number[]; coverage: ActionCoverage[] }

export async function actionPlansView(database: Db): Promise<ActionPlanView[]> {
  const documents = (await findProgrammes(database)).map(documentFromProgramme)
  return ACTION_PLANS.map((plan) => {
    const inPlan = documents.filter((d) => d.year >= plan.from && d.year <= plan.to)
    return { plan, years: inPlan.map((d) => d.year).sort((a, b) => a - b), coverage: actionCoverage(plan, inPlan) }
  })
}
