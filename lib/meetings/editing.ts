// Changing a programme in the editor: every function asks the policy, checks the version the user
// started from (a conflict instead of a silent overwrite), writes in one transaction and records
// an audit event. Called by the thin server actions in app/meetings/[year]/actions.ts and by tests.
import { z } from 'zod'
import { Conflict, NotFound, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize } from '@/lib/auth/policy'
import { rememberItemTitles } from '@/lib/comments/threads'
import type { Db, Tx } from '@/lib/db'
import { parseTime, speakersFromNames } from '@/lib/programme'
import type { SessionUser } from '@/lib/users'
import { editorItemOf, type EditorItem } from './editor-model'
import { inTimeOrder, moveToIndex, shiftFollowing, swapWithNeighbour, type Retimed } from './timing'
import {
  DeleteItemSchema,
  FormatDecisionSchema,
  MoveItemSchema,
  SaveItemSchema,
  SaveSettingsSchema,
  speakersOf,
  type FormatDecisionInput,
  type MoveItemInput,
  type SaveItemInput,
  type SaveSettingsInput,
} from './schema'

/** What a conflict shows: the other person's version, and who saved it. */
export type ItemConflict = { item: EditorItem | null; by: string | null }

async function editableProgramme(tx: Tx, user: SessionUser, programmeId: string) {
  const programme = await tx.programme.findUnique({ where: { id: programmeId } })
  if (!programme) throw new NotFound('This programme no longer exists.')
  authorize(user, 'programme.edit', programme)
  return programme
}

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
  if (!row) throw new NotFound('Someone else removed this item. Your input is kept: add it again if it is still needed.')
  const item = editorItemOf(row)
  throw new Conflict({ item, by: await lastEditorOf(tx, programmeId, itemId) } satisfies ItemConflict)
}

/** Applies new times to items, bumping their versions, and renumbers the day's positions by time. */
async function retime(tx: Tx, changes: Retimed[]) {
  for (const c of changes) {
    if (parseTime(c.start) === null || parseTime(c.end) === null || c.end < c.start) {
      throw new Refusal('This would move an item past midnight. Shorten the day first.')
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

const touch = (tx: Tx, programmeId: string) => tx.programme.update({ where: { id: programmeId }, data: { updatedAt: new Date() } })

export async function saveItem(db: Db, user: SessionUser, raw: SaveItemInput) {
  const input = SaveItemSchema.parse(raw)
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
  }
  return db.$transaction(async (tx) => {
    await editableProgramme(tx, user, input.programmeId)
    const day = await tx.day.findFirst({ where: { id: input.dayId, programmeId: input.programmeId }, include: { items: true } })
    if (!day) throw new NotFound('This day was removed from the programme. Your input is kept: choose another day.')

    if (!input.itemId) {
      const item = await tx.item.create({ data: { ...data, dayId: day.id, position: day.items.length } })
      await renumber(tx, day.id)
      await touch(tx, input.programmeId)
      await audit(tx, user.id, 'item.created', input.programmeId, { itemId: item.id, title: item.title, date: day.date })
      return { itemId: item.id, version: item.version }
    }

    const before = day.items.find((i) => i.id === input.itemId)
    if (!before) return itemConflict(tx, input.programmeId, input.itemId)
    // The form edits names: a speaker still named keeps the kind and State it had (format version 2).
    const speakers = speakersFromNames(data.speakers, editorItemOf(before).speakers)
    const { count } = await tx.item.updateMany({ where: { id: input.itemId, version: input.version }, data: { ...data, speakers, version: { increment: 1 } } })
    if (count === 0) return itemConflict(tx, input.programmeId, input.itemId)
    const shifted = input.shiftFollowing ? shiftFollowing(day.items, before.id, before.end, data.end) : []
    await retime(tx, shifted)
    await renumber(tx, day.id)
    await touch(tx, input.programmeId)
    await audit(tx, user.id, 'item.saved', input.programmeId, {
      itemId: before.id,
      title: data.title,
      ...(before.title !== data.title ? { previousTitle: before.title } : {}),
      ...(shifted.length ? { shifted: shifted.map((s) => s.id) } : {}),
    })
    return { itemId: before.id, version: (input.version ?? 0) + 1 }
  })
}

export async function deleteItem(db: Db, user: SessionUser, raw: z.input<typeof DeleteItemSchema>) {
  const input = DeleteItemSchema.parse(raw)
  return db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, include: { day: true } })
    if (!item) throw new NotFound('This item was already removed.')
    await editableProgramme(tx, user, item.day.programmeId)
    // Its comment threads stay readable as "item removed", under its last title.
    await rememberItemTitles(tx, [item.id])
    const { count } = await tx.item.deleteMany({ where: { id: item.id, version: input.version } })
    if (count === 0) return itemConflict(tx, item.day.programmeId, item.id)
    await touch(tx, item.day.programmeId)
    await audit(tx, user.id, 'item.deleted', item.day.programmeId, { itemId: item.id, title: item.title, date: item.day.date })
    return { itemId: item.id }
  })
}

/** Moves an item one place up or down in its day (its time changes), or to a place in another day. */
export async function moveItem(db: Db, user: SessionUser, raw: MoveItemInput) {
  const input = MoveItemSchema.parse(raw)
  return db.$transaction(async (tx) => {
    const item = await tx.item.findUnique({ where: { id: input.itemId }, include: { day: { include: { items: true } } } })
    if (!item) throw new NotFound('Someone else removed this item.')
    const programmeId = item.day.programmeId
    await editableProgramme(tx, user, programmeId)
    if (item.version !== input.version) return itemConflict(tx, programmeId, item.id)

    let changes: Retimed[]
    let toDayId = item.dayId
    if ('direction' in input) {
      changes = swapWithNeighbour(item.day.items, item.id, input.direction)
      if (!changes.length) throw new Refusal(input.direction === 'up' ? 'This item is already the first of its day.' : 'This item is already the last of its day.')
    } else if (input.toDayId === item.dayId) {
      changes = moveToIndex(item.day.items, item.id, input.toIndex)
    } else {
      const target = await tx.day.findFirst({ where: { id: input.toDayId, programmeId }, include: { items: true } })
      if (!target) throw new NotFound('That day was removed from the programme.')
      // To another day the item keeps its times, then takes the place asked for among that day's items.
      toDayId = target.id
      await tx.item.update({ where: { id: item.id }, data: { dayId: target.id, version: { increment: 1 } } })
      changes = moveToIndex([...target.items, { ...item }], item.id, input.toIndex)
    }
    await retime(tx, changes)
    if (!changes.some((c) => c.id === item.id) && toDayId === item.dayId) {
      await tx.item.update({ where: { id: item.id }, data: { version: { increment: 1 } } })
    }
    await renumber(tx, toDayId)
    if (toDayId !== item.dayId) await renumber(tx, item.dayId)
    await touch(tx, programmeId)
    await audit(tx, user.id, 'item.moved', programmeId, { itemId: item.id, title: item.title, ...(toDayId !== item.dayId ? { toDayId } : {}) })
    return { itemId: item.id }
  })
}

/** Title, venue and the days (dates, thematic flags; days added or removed). */
export async function saveSettings(db: Db, user: SessionUser, raw: SaveSettingsInput) {
  const input = SaveSettingsSchema.parse(raw)
  const f = input.fields
  return db.$transaction(async (tx) => {
    const programme = await editableProgramme(tx, user, input.programmeId)
    const { count } = await tx.programme.updateMany({
      where: { id: programme.id, version: input.version },
      data: { title: f.title, venue: f.venue, version: { increment: 1 } },
    })
    if (count === 0) {
      const current = await tx.programme.findUnique({ where: { id: programme.id }, include: { days: { orderBy: { date: 'asc' } } } })
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
    await audit(tx, user.id, 'programme.settingsSaved', programme.id, {
      title: f.title,
      venue: f.venue,
      days: f.days.map((d) => `${d.date}${d.thematic ? ' (thematic)' : ''}`),
      ...(removed.length ? { removedDays: removed.map((d) => `${d.date} (${d._count.items} items)`) } : {}),
    })
    return { version: input.version + 1 }
  })
}

/** The President records the format decision; the ISU prepares a proposal for the President. */
export async function recordFormat(db: Db, user: SessionUser, raw: FormatDecisionInput) {
  const input = FormatDecisionSchema.parse(raw)
  const f = input.fields
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: input.programmeId } })
    if (!programme) throw new NotFound('This programme no longer exists.')
    authorize(user, input.kind === 'decide' ? 'format.decide' : 'format.propose', programme)
    if (f.consultationId) {
      const round = await tx.consultationRound.findFirst({ where: { id: f.consultationId, programmeId: programme.id, status: 'closed' } })
      if (!round) throw new Refusal('Link a consultation round of this programme that has closed.')
    }
    const data =
      input.kind === 'decide'
        ? {
            format: f.format,
            formatDecidedBy: user.name,
            formatDecidedOn: f.decidedOn,
            formatRationale: f.rationale,
            formatConsultedCC: f.consultedCoordinatingCommittee,
            formatConsultationId: f.consultationId,
            formatProposal: undefined,
          }
        : { formatProposal: { format: f.format, rationale: f.rationale, proposedBy: user.name, proposedOn: f.decidedOn } }
    const { count } = await tx.programme.updateMany({ where: { id: programme.id, version: input.version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) throw new Conflict()
    await audit(tx, user.id, input.kind === 'decide' ? 'format.decided' : 'format.proposed', programme.id, {
      format: f.format,
      decidedOn: f.decidedOn,
      rationale: f.rationale,
      consultedCoordinatingCommittee: f.consultedCoordinatingCommittee,
      consultationId: f.consultationId,
    })
    return { version: input.version + 1 }
  })
}
