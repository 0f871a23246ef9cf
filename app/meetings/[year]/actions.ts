'use server'
import { defineAction } from '@/lib/actions'
import { db } from '@/lib/db'
import { deleteItem, moveItem, recordFormat, saveItem, saveSettings } from '@/lib/meetings/editing'
import { DeleteItemSchema, FormatDecisionSchema, MoveItemSchema, SaveItemSchema, SaveSettingsSchema } from '@/lib/meetings/schema'

// Thin wrappers: who may do what, and the version checks, are in lib/meetings/editing.ts.
const programmePages = { revalidate: { path: '/meetings/[year]', type: 'layout' as const } }

export const saveItemAction = defineAction(SaveItemSchema, (user, input) => saveItem(db(), user, input), programmePages)
export const deleteItemAction = defineAction(DeleteItemSchema, (user, input) => deleteItem(db(), user, input), programmePages)
export const moveItemAction = defineAction(MoveItemSchema, (user, input) => moveItem(db(), user, input), programmePages)
export const saveSettingsAction = defineAction(SaveSettingsSchema, (user, input) => saveSettings(db(), user, input), programmePages)
export const recordFormatAction = defineAction(FormatDecisionSchema, (user, input) => recordFormat(db(), user, input), programmePages)
