// The language a signed-in person last chose with the switcher: their e-mails and notifications are
// written in it (lib/mail/notify), whoever acted. Recorded when they choose, never while a page renders.
import { z } from 'zod'
import { mutation } from '@/lib/actions'
import { LOCALES } from '@/lib/i18n/languages'

export const LanguageInput = z.object({ language: z.enum(LOCALES) })

/** Remembers one's own language; nothing is written when it is the one already kept. */
export const rememberLanguage = mutation({
  schema: LanguageInput,
  permission: 'profile.edit',
  programme: null,
  async run({ tx, user }, { language }) {
    const { count } = await tx.user.updateMany({ where: { id: user.id, language: { not: language } }, data: { language } })
    return { language, changed: count > 0 }
  },
})
