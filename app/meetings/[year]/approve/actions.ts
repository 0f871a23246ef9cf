'use server'
// The thin server actions of the programme's status (lib/workflow asks the policy and checks versions).
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { defineAction } from '@/lib/actions'
import { db } from '@/lib/db'
import { ApproveSchema } from '@/lib/workflow/approval'
import { approveProgramme, publishProgramme, returnToDraft, startRevision, StatusChangeSchema } from '@/lib/workflow/transitions'

const refresh = <T extends { year: number }>(result: T) => {
  revalidatePath(`/meetings/${result.year}`, 'layout')
  revalidatePath('/meetings')
  revalidatePath('/programme', 'layout')
  return result
}

export const approveAction = defineAction(ApproveSchema, async (user, input) => refresh(await approveProgramme(db(), user, input)))
export const publishAction = defineAction(StatusChangeSchema, async (user, input) => refresh(await publishProgramme(db(), user, input)))
export const backToDraftAction = defineAction(StatusChangeSchema, async (user, input) => refresh(await returnToDraft(db(), user, input)))

/** For the editor too: before changing an approved or published programme, start its next revision. */
export const startRevisionAction = defineAction(
  z.object({ programmeId: z.string().min(1).max(64), version: z.number().int().optional() }),
  async (user, input) => refresh(await startRevision(db(), user, input.programmeId, { version: input.version })),
)
