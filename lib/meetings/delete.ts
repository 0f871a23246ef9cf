// Deleting a draft programme, with its days, items, threads and history: the President or an
// administrator, after a confirmation naming the year. A programme that cannot be opened (broken or
// huge) can still be deleted from the list. The deletion stays in the audit, without the programme.
import 'server-only'
import { z } from 'zod'
import { mutation } from '@/lib/actions'
import { Refusal } from '@/lib/failures'
import { findProgrammeById } from '@/lib/programme-store'

export const DeleteProgrammeSchema = z.object({
  programmeId: z.string().min(1).max(64),
  version: z.number().int().positive(),
  /** The year typed again by the person, as a confirmation. */
  confirmYear: z.number().int(),
})
export type DeleteProgrammeInput = z.input<typeof DeleteProgrammeSchema>

export const deleteProgramme = mutation({
  schema: DeleteProgrammeSchema,
  permission: 'programme.delete',
  programme: (_tx, input) => input.programmeId,
  version: (input) => input.version,
  async run({ tx, programme, audit }, input) {
    if (input.confirmYear !== programme.year) throw new Refusal('deleteConfirmYear', { year: programme.year })
    const row = (await findProgrammeById(tx, programme.id))!
    await tx.programme.delete({ where: { id: programme.id } })
    await audit('programme.deleted', { year: programme.year, title: row.title, days: row.days.length, items: row.days.reduce((n, d) => n + d.items.length, 0) }, null)
    return { year: programme.year }
  },
})
