'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { defineAction } from '@/lib/actions'
import { db } from '@/lib/db'
import { markRead } from '@/lib/notifications'

/** Marks the signed-in user's own notifications read (the ones named, or all). */
export const markReadAction = defineAction(z.object({ ids: z.union([z.literal('all'), z.array(z.string().min(1).max(64)).max(200)]) }), async (user, input) => {
  const count = await markRead(db(), user.id, input.ids)
  revalidatePath('/', 'layout')
  return { count }
})
