'use server'
// The server actions of the programmes: each is a mutation of lib/meetings run through the one
// pipeline (lib/actions.ts `serverAction`), which refreshes the programme's pages.
import { redirect } from 'next/navigation'
import { serverAction, type ActionResult } from '@/lib/actions'
import type { SchemaFinding } from '@/lib/programme'
import { createBlankProgramme, createFromPreviousYear, importProgramme, type CreatedProgramme } from './create'
import { deleteProgramme } from './delete'
import { deleteItem, moveItem, placeItem, recordFormat, saveItem, saveSettings } from './editing'
import type { ImportProblem } from './new-programme'
import { addOtherMeeting, removeOtherMeeting, updateOtherMeeting } from './other-meetings'

export const saveItemAction = serverAction(saveItem)
export const deleteItemAction = serverAction(deleteItem)
export const moveItemAction = serverAction(moveItem)
export const placeItemAction = serverAction(placeItem)
export const saveSettingsAction = serverAction(saveSettings)
export const recordFormatAction = serverAction(recordFormat)

export const addOtherMeetingAction = serverAction(addOtherMeeting)
export const updateOtherMeetingAction = serverAction(updateOtherMeeting)
export const removeOtherMeetingAction = serverAction(removeOtherMeeting)

const list = { revalidate: () => ['/meetings'] }
const createBlank = serverAction(createBlankProgramme, list)
const createFromPrevious = serverAction(createFromPreviousYear, list)
const importFile = serverAction(importProgramme, list)

/** A created programme opens at once. */
function opened(result: ActionResult<CreatedProgramme>): ActionResult<never> {
  if (result.ok) redirect(`/meetings/${result.data.year}`)
  return result
}

export async function createBlankAction(input: { year: number }) {
  return opened(await createBlank(input))
}

export async function createFromPreviousAction(input: { fromYear: number; year: number; firstDay?: string | null }) {
  return opened(await createFromPrevious(input))
}

/** Not saved, and why: the schema findings of the file, each naming its field. */
export type ImportRefusal = { problem: ImportProblem; findings: SchemaFinding[]; detail?: string }

export async function importAction(input: { text: string }): Promise<ActionResult<ImportRefusal>> {
  const result = await importFile(input)
  if (result.ok) redirect(`/meetings/${result.data.year}`)
  if (result.reason === 'invalidImport' && result.details) return { ok: true, data: result.details as ImportRefusal }
  return result
}

export const deleteProgrammeAction = serverAction(deleteProgramme, list)
