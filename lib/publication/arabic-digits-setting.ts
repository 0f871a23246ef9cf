// The ISU (or the President) chooses the digits of the year's Arabic public page and PDF: Western
// (1, 2, 3), the default, or Arabic-Indic (١, ٢, ٣). A choice of presentation, not of content: it
// applies at once to every Arabic rendering of the year, releases included, whatever the status.
import 'server-only'
import { mutation } from '@/lib/actions'
import { changeUnderLock } from '@/lib/programme-store'
import { ArabicDigitsSchema } from './schema'

export const setArabicDigits = mutation({
  schema: ArabicDigitsSchema,
  permission: 'programme.setDigits',
  programme: (_tx, input) => input.programmeId,
  version: (input) => input.version,
  async run({ tx, programme, audit }, input) {
    const before = (await tx.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { arabicDigits: true } })).arabicDigits
    const after = await changeUnderLock(tx, programme.id, input.version, {})
    await tx.programme.update({ where: { id: programme.id }, data: { arabicDigits: input.digits } })
    await audit('programme.arabicDigits', { from: before, to: input.digits })
    return { version: after.version, digits: input.digits }
  },
})
