// Changing a programme in the editor. Each change is a mutation of the one pipeline (lib/actions.ts:
// who, parse, transaction, the programme taken for update, the policy, audit); here is only the
// change itself, with the version checks of items (a conflict instead of a silent overwrite).
import 'server-only'
import { mutation } from '@/lib/actions'
import { rememberItemTitles } from '@/lib/comments/item-titles'
import { closeDueRounds } from '@/lib/consultation/rounds'
import { dbNull, type Tx } from '@/lib/db'
import { Conflict, NotFound, Refusal } from '@/lib/failures'
import { everyoneInTheLoop, usersWithRoles } from '@/lib/mail/notify'
import { parseTime } from '@/lib/programme'
import { findProgrammeById, programmeIdOf, touchProgramme } from '@/lib/programme-store'
import type { EditorItem } from './editor-model'
import { editorItemOf } from './editor-rows'
import { actionsFromFields, invitedFromFields, programmeTranslationsFromFields, speakersFromFields, translationsFromFields } from './item-fields'
import { inTimeOrder, moveToIndex, shiftFollowing, swapWithNeighbour, type Retimed } from './timing'
import { crossingBreaks, placeMove, placeResize, type Adjustment } from './placing'
import { DeleteItemSchema, FormatDecisionSchema, MoveItemSchema, PlaceItemSchema, SaveItemSchema, SaveSettingsSchema, speakersOf } from './schema'
import { notificationText } from '@/lib/mail/notification-words'

/** What a conflict shows: the other person's version, and who saved it. */
export type ItemConflict = { item: EditorItem | null; by: string | null }

async function lastEditorOf(tx: Tx, programmeId: string, itemId: string): Promise<string | null> {
  const events = await tx.auditEvent.findMany({
    where: { programmeId, action: { in: ['item.saved', 'item.moved', 'item.created'] } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    include: { user: { select: { name: true } } },
  })
  return events.find((e) => (e.detail as { itemId?: string }).itemId === itemId)?.user?.name ?? null
}

async function itemConflict(tx: Tx, programmeId: string, itemId: string): Promise<never> {
  const row = await tx.item.findUnique({ where: { id: itemId } })
  if (!row) throw new NotFound('itemGone')
  const item = editorItemOf(row)
  throw new Conflict({ item, by: await lastEditorOf(tx, programmeId, itemId) } satisfies ItemConflict)
}

/** Applies new times to items, bumping their versions, and renumbers the day's positions by time. */
async function retime(tx: Tx, changes: Retimed[], day?: readonly { id: string; start: string; end: string; segment: string; title: string }[]) {
  // Earlier, later and "shift the following items" never put a session across a break silently.
  const crossing = day ? crossingBreaks(day, changes) : []
  if (crossing.length) throw new Refusal('wouldCrossBreak', { title: day!.find((i) => i.id === crossing[0])!.title })
  for (const c of changes) {
    if (parseTime(c.start) === null || parseTime(c.end) === null || c.end < c.start) {
      throw new Refusal('pastMidnight')
    }
    await tx.item.update({ where: { id: c.id }, data: { start: c.start, end: c.end, version: { increment: 1 } } })
  }
}

async function renumber(tx: Tx, dayId: string) {
  const items = await tx.item.findMany({ where: { dayId }, orderBy: { position: 'asc' } })
  const ordered = inTimeOrder(items)
  for (const [position, item] of ordered.entries()) {
    if (item.position !== position) await tx.item.update({ where: { id: item.id }, data: { position } })
  }
}

/** Saves an item (a new one when `itemId` is absent) of one day; `shiftFollowing` moves the items after it. */
export const saveItem = mutation({
  schema: SaveItemSchema,
  permission: 'programme.edit',
  programme: (_tx, input) => input.programmeId,
  async run({ tx, programme, audit }, input) {
    const f = input.fields
    const data = {
      start: f.start,
      end: f.end,
      title: f.title,
      description: f.description || null,
      segment: f.segment,
      committee: f.committee || null,
      objectives: f.objectives,
      speakers: speakersOf(f.speakers),
      // Sub-items are written when the form sends them (an empty list removes them).
      ...(f.subItems ? { subItems: f.subItems.map((s) => ({ title: s.title, ...(s.description ? { description: s.description } : {}) })) } : {}),
    }
    const day = await tx.day.findFirst({ where: { id: input.dayId, programmeId: programme.id }, include: { items: true } })
    if (!day) throw new NotFound('dayGone')

    /** What the form's optional fields make of the item: speakers' kinds, invitation, actions, translations. */
    const extras = (previous: EditorItem | null) => {
      const subItems = data.subItems ?? previous?.subItems ?? []
      return {
        speakers: speakersFromFields(data.speakers, f.speakerKinds, previous?.speakers),
        invited: invitedFromFields(f.invited, previous?.invited ?? null) ?? dbNull,
        actions: actionsFromFields(f.actions, previous?.actions ?? null) ?? dbNull,
        translations: translationsFromFields(f.translations, previous?.translations, subItems) ?? dbNull,
      }
    }

    if (!input.itemId) {
      const item = await tx.item.create({ data: { ...data, ...extras(null), dayId: day.id, position: day.items.length } })
      await renumber(tx, day.id)
      await touchProgramme(tx, programme.id)
      await audit('item.created', { itemId: item.id, title: item.title, date: day.date })
      return { itemId: item.id, version: item.version }
    }

    const before = day.items.find((i) => i.id === input.itemId)
    if (!before) return itemConflict(tx, programme.id, input.itemId)
    // A speaker still named keeps the kind and State it had unless the form gives another (format version 2).
    const { count } = await tx.item.updateMany({ where: { id: input.itemId, version: input.version }, data: { ...data, ...extras(editorItemOf(before)), version: { increment: 1 } } })
    if (count === 0) return itemConflict(tx, programme.id, input.itemId)
    const shifted = input.shiftFollowing ? shiftFollowing(day.items, before.id, before.end, data.end) : []
    await retime(tx, shifted, day.items.map((i) => (i.id === before.id ? { ...i, ...data } : i)))
    await renumber(tx, day.id)
    await touchProgramme(tx, programme.id)
    await audit('item.saved', {
      itemId: before.id,
      title: data.title,
      ...(before.title !== data.title ? { previousTitle: before.title } : {}),
      ...(shifted.length ? { shifted: shifted.map((s) => s.id) } : {}),
    })
    return { itemId: before.id, version: (input.version ?? 0) + 1 }
  },
})

export const deleteItem = mutation({
  schema: DeleteItemSchema,
  permission: 'programme.edit',
  programme: (tx, input) => programmeIdOf.item(tx, input.itemId).then((id) => id ?? missing('itemAlreadyRemoved')),
  async run({ tx, programme, audit }, input) {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, include: { day: true } })
    if (!item) throw new NotFound('itemAlreadyRemoved')
    // Its comment threads stay readable as "item removed", under its last title.
    await rememberItemTitles(tx, [item.id])
    const { count } = await tx.item.deleteMany({ where: { id: item.id, version: input.version } })
    if (count === 0) return itemConflict(tx, programme.id, item.id)
    await touchProgramme(tx, programme.id)
    await audit('item.deleted', { itemId: item.id, title: item.title, date: item.day.date })
    return { itemId: item.id }
  },
})

/** Moves an item one place up or down in its day (its time changes), or to a place in another day. */
export const moveItem = mutation({
  schema: MoveItemSchema,
  permission: 'programme.edit',
  programme: (tx, input) => programmeIdOf.item(tx, input.itemId).then((id) => id ?? missing('itemRemovedMeanwhile')),
  async run({ tx, programme, audit }, input) {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, include: { day: { include: { items: true } } } })
    if (!item) throw new NotFound('itemRemovedMeanwhile')
    if (item.version !== input.version) return itemConflict(tx, programme.id, item.id)

    let changes: Retimed[]
    let toDayId = item.dayId
    let dayItems = item.day.items
    if ('direction' in input) {
      changes = swapWithNeighbour(item.day.items, item.id, input.direction)
      if (!changes.length) throw new Refusal(input.direction === 'up' ? 'alreadyFirst' : 'alreadyLast')
    } else if (input.toDayId === item.dayId) {
      changes = moveToIndex(item.day.items, item.id, input.toIndex)
    } else {
      const target = await tx.day.findFirst({ where: { id: input.toDayId, programmeId: programme.id }, include: { items: true } })
      if (!target) throw new NotFound('targetDayGone')
      // To another day the item keeps its times, then takes the place asked for among that day's items.
      toDayId = target.id
      await tx.item.update({ where: { id: item.id }, data: { dayId: target.id, version: { increment: 1 } } })
      dayItems = [...target.items, { ...item }]
      changes = moveToIndex(dayItems, item.id, input.toIndex)
    }
    await retime(tx, changes, dayItems)
    if (!changes.some((c) => c.id === item.id) && toDayId === item.dayId) {
      await tx.item.update({ where: { id: item.id }, data: { version: { increment: 1 } } })
    }
    await renumber(tx, toDayId)
    if (toDayId !== item.dayId) await renumber(tx, item.dayId)
    await touchProgramme(tx, programme.id)
    await audit('item.moved', { itemId: item.id, title: item.title, ...(toDayId !== item.dayId ? { toDayId } : {}) })
    return { itemId: item.id }
  },
})

/** What the timetable shows after a drop: where the item went, and whether it was stopped or jumped. */
export type PlacedItem = { itemId: string; version: number; dayId: string; start: string; end: string; adjusted: Adjustment | null }

/**
 * Places an item on the timetable: dropped at a time of a day (move, to that day), or its end dragged
 * (resize). The server fits it as the grid did (placing.ts): a formal item stops at a break, jumps
 * past it, or ends at 18:00; when nothing fits it is refused.
 */
export const placeItem = mutation({
  schema: PlaceItemSchema,
  permission: 'programme.edit',
  programme: (tx, input) => programmeIdOf.item(tx, input.itemId).then((id) => id ?? missing('itemRemovedMeanwhile')),
  async run({ tx, programme, audit }, input): Promise<PlacedItem> {
    const item = await tx.item.findUnique({ where: { id: input.itemId } })
    if (!item) throw new NotFound('itemRemovedMeanwhile')
    if (item.version !== input.version) return itemConflict(tx, programme.id, item.id)
    const target = await tx.day.findFirst({ where: { id: input.dayId, programmeId: programme.id }, include: { items: true } })
    if (!target) throw new NotFound('targetDayGone')
    const others = target.items.filter((i) => i.id !== item.id)
    const asked = parseTime(input.time)!
    const placed = input.mode === 'move' ? placeMove(others, item, asked) : placeResize(others, item, asked)
    if (!placed.ok) throw new Refusal('noRoom', { title: item.title })
    await tx.item.update({ where: { id: item.id }, data: { dayId: target.id, start: placed.start, end: placed.end, version: { increment: 1 } } })
    await renumber(tx, target.id)
    if (target.id !== item.dayId) await renumber(tx, item.dayId)
    await touchProgramme(tx, programme.id)
    await audit('item.moved', { itemId: item.id, title: item.title, start: placed.start, end: placed.end, ...(target.id !== item.dayId ? { toDayId: target.id } : {}) })
    return { itemId: item.id, version: item.version + 1, dayId: target.id, start: placed.start, end: placed.end, adjusted: placed.adjusted }
  },
})

/** Title, venue and the days (dates, thematic flags; days added or removed). */
export const saveSettings = mutation({
  schema: SaveSettingsSchema,
  permission: 'programme.edit',
  programme: (_tx, input) => input.programmeId,
  async run({ tx, programme, audit }, input) {
    const f = input.fields
    // The languages the form did not send keep their texts.
    const stored = f.translations ? (await tx.programme.findUnique({ where: { id: programme.id }, select: { translations: true } }))?.translations : null
    const { count } = await tx.programme.updateMany({
      where: { id: programme.id, version: input.version },
      data: { title: f.title, venue: f.venue, ...(f.translations ? { translations: programmeTranslationsFromFields(f.translations, stored) ?? dbNull } : {}), version: { increment: 1 } },
    })
    if (count === 0) {
      const current = await findProgrammeById(tx, programme.id)
      throw new Conflict({ version: current?.version, title: current?.title, venue: current?.venue, days: current?.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })) })
    }
    const existing = await tx.day.findMany({ where: { programmeId: programme.id }, include: { _count: { select: { items: true } } } })
    const keep = new Set(f.days.flatMap((d) => (d.id ? [d.id] : [])))
    const removed = existing.filter((d) => !keep.has(d.id))
    // Dates are unique per programme: clear the kept days' dates first so two days can swap dates.
    for (const d of existing.filter((d) => keep.has(d.id))) await tx.day.update({ where: { id: d.id }, data: { date: `tmp-${d.id}` } })
    const removedItems = await tx.item.findMany({ where: { dayId: { in: removed.map((d) => d.id) } }, select: { id: true } })
    await rememberItemTitles(tx, removedItems.map((i) => i.id))
    await tx.day.deleteMany({ where: { id: { in: removed.map((d) => d.id) } } })
    for (const d of f.days) {
      if (d.id && existing.some((e) => e.id === d.id)) await tx.day.update({ where: { id: d.id }, data: { date: d.date, thematic: d.thematic } })
      else await tx.day.create({ data: { programmeId: programme.id, date: d.date, thematic: d.thematic } })
    }
    await audit('programme.settingsSaved', {
      title: f.title,
      venue: f.venue,
      days: f.days.map((d) => `${d.date}${d.thematic ? ' (thematic)' : ''}`),
      ...(removed.length ? { removedDays: removed.map((d) => `${d.date} (${d._count.items} items)`) } : {}),
    })
    return { version: input.version + 1 }
  },
})

/** The President records the format decision; the ISU prepares a proposal for the President. */
export const recordFormat = mutation({
  schema: FormatDecisionSchema,
  permission: { oneOf: ['format.decide', 'format.propose'], pick: (input) => (input.kind === 'decide' ? 'format.decide' : 'format.propose') },
  programme: (_tx, input) => input.programmeId,
  async run({ tx, user, programme, now, audit, notify }, input) {
    const f = input.fields
    await closeDueRounds(tx, programme.id, now, notify)
    // The decision names its consultation: a closed round of this application, or a meeting of the
    // Committee on or before the decision. Only then does the record say the Committee was consulted.
    if (f.consultationId) {
      const round = await tx.consultationRound.findFirst({ where: { id: f.consultationId, programmeId: programme.id, status: 'closed' } })
      if (!round) throw new Refusal('closedRoundRequired')
    }
    if (f.consultedOn && f.consultedOn > f.decidedOn) throw new Refusal('consultedAfterDecision', { consultedOn: f.consultedOn, decidedOn: f.decidedOn })
    const consulted = Boolean(f.consultationId || f.consultedOn)
    const data =
      input.kind === 'decide'
        ? {
            format: f.format,
            formatDecidedBy: user.name,
            formatDecidedOn: f.decidedOn,
            formatRationale: f.rationale,
            formatConsultedCC: consulted,
            formatConsultationId: f.consultationId,
            formatConsultedOn: f.consultationId ? null : f.consultedOn,
            formatConsultationNote: f.consultationId ? null : f.consultationNote || null,
            formatProposal: undefined,
          }
        : { formatProposal: { format: f.format, rationale: f.rationale, proposedBy: user.name, proposedOn: f.decidedOn } }
    const { count } = await tx.programme.updateMany({ where: { id: programme.id, version: input.version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) throw new Conflict()
    await audit(input.kind === 'decide' ? 'format.decided' : 'format.proposed', {
      format: f.format,
      decidedOn: f.decidedOn,
      rationale: f.rationale,
      consultedCoordinatingCommittee: consulted,
      consultationId: f.consultationId,
      ...(f.consultedOn && !f.consultationId ? { consultedOn: f.consultedOn, consultationNote: f.consultationNote } : {}),
    })
    const link = `/meetings/${programme.year}#format-title`
    if (input.kind === 'decide') {
      await notify(await everyoneInTheLoop(tx, user.id, programme.year), { kind: 'format.decided', title: notificationText('formatDecided', { name: user.name, year: programme.year, format: f.format }), body: f.rationale, link })
    } else {
      await notify(await usersWithRoles(tx, ['president'], user.id), { kind: 'format.proposed', title: notificationText('formatProposed', { name: user.name, year: programme.year, format: f.format }), body: f.rationale, link })
    }
    return { version: input.version + 1 }
  },
})

/** A thing the input names is gone: said before the programme is looked for. */
function missing(reason: 'itemAlreadyRemoved' | 'itemRemovedMeanwhile'): never {
  throw new NotFound(reason)
}
