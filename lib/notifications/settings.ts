// Saving one's e-mail choices: a mutation of the one pipeline, about no programme.
import 'server-only'
import { mutation } from '@/lib/actions'
import { saveEmailPreferences } from './preferences'
import { EmailPreferencesSchema } from './schema'

export const saveEmailSettings = mutation({
  schema: EmailPreferencesSchema,
  permission: 'notifications.preferences',
  programme: null,
  async run({ tx, user, audit }, input) {
    const count = await saveEmailPreferences(tx, user.id, input.choices)
    await audit('emailPreferences.saved', { choices: input.choices }, null)
    return { count }
  },
})
