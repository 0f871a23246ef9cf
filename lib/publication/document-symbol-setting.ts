// The ISU (or the President) sets the document symbol of the year's programme, blank by default: the
// Convention's formal documents are numbered APLC/MSP.NN/YYYY/n, and the informal intersessional
// programme is usually posted without one. A release keeps the symbol it was published with; a new
// symbol is printed from the next release on.
import 'server-only'
import { mutation } from '@/lib/actions'
import { changeUnderLock } from '@/lib/programme-store'
import { DocumentSymbolSchema } from './schema'

export const setDocumentSymbol = mutation({
  schema: DocumentSymbolSchema,
  permission: 'programme.setSymbol',
  programme: (_tx, input) => input.programmeId,
  version: (input) => input.version,
  async run({ tx, programme, audit }, input) {
    const before = (await tx.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { symbol: true } })).symbol
    const after = await changeUnderLock(tx, programme.id, input.version, {})
    const symbol = input.symbol || null
    await tx.programme.update({ where: { id: programme.id }, data: { symbol } })
    await audit('programme.symbol', { from: before ?? '', to: symbol ?? '' })
    return { version: after.version, symbol }
  },
})
