'use server'
// The person's own notifications: marking them read.
import { z } from 'zod'
import { mutation, serverAction } from '@/lib/actions'
import { markRead } from './index'
import { saveEmailSettings } from './settings'

const MarkReadSchema = z.object({ ids: z.union([z.literal('all'), z.array(z.string().min(1).max(64)).max(200)]) })

const markNotificationsRead = mutation({
  schema: MarkReadSchema,
  permission: 'notifications.read',
  programme: null,
  run: async ({ tx, user, now }, input) => ({ count: await markRead(tx, user.id, input.ids, now) }),
})

/** Marks the signed-in user's own notifications read (the ones named, or all). */
export const markReadAction = serverAction(markNotificationsRead, { revalidate: () => ['/'] })

/** Saves the signed-in user's own e-mail choices, per kind of notification. */
export const saveEmailPreferencesAction = serverAction(saveEmailSettings, { revalidate: () => ['/notifications'] })
