// The programme as stored: the one way to read it (whole, by year or id) and the one way to take it
// for an update (a row lock where the database has one, then its head). Every feature and every page
// goes through here; the interchange model itself is lib/programme (pure).
import { cache } from 'react'
import { db, type Db, type Tx } from '@/lib/db'
import { Conflict, NotFound } from '@/lib/failures'

const whole = {
  days: { orderBy: { date: 'asc' as const }, include: { items: { orderBy: { position: 'asc' as const } } } },
  otherMeetings: { orderBy: { start: 'asc' as const } },
}

/** The whole programme (days in date order, items in position order, other meetings) by year. */
export function findProgrammeByYear(database: Db | Tx, year: number) {
  return database.programme.findUnique({ where: { year }, include: whole })
}

/** The same rows, by id (inside a transaction too). */
export function findProgrammeById(database: Db | Tx, id: string) {
  return database.programme.findUnique({ where: { id }, include: whole })
}

export type StoredProgramme = NonNullable<Awaited<ReturnType<typeof findProgrammeByYear>>>

/** The whole programme of the latest year before `year`, or null: "last year" where a year was skipped. */
export function findProgrammeBefore(database: Db | Tx, year: number) {
  return database.programme.findFirst({ where: { year: { lt: year } }, orderBy: { year: 'desc' }, include: whole })
}

/** Every programme, whole, newest first, in one query (the list of years checks each). */
export function findProgrammes(database: Db, { publishedOnly = false }: { publishedOnly?: boolean } = {}): Promise<StoredProgramme[]> {
  return database.programme.findMany({ where: publishedOnly ? { status: 'published' } : undefined, orderBy: { year: 'desc' }, include: whole })
}

// The whole programme of a year, kept between requests under a fingerprint of everything it holds
// (issue 18: reading a large programme whole was most of the editor's and the findings' cost): the
// programme's row (any change of it moves its updatedAt; every change of an item or a day touches
// it or moves its version), its items' count and the sum of their versions (each change of an item
// moves its version), and its other meetings (a few rows, read whole). Two small queries instead of
// the programme with every day and item; a change made through any server of the database changes
// the fingerprint at once. Bounded: the last 8 programmes read. The rows are shared by the requests
// that read them: they are read-only (pages and rules derive new values from them).
const KEPT_PROGRAMMES = 8
// One map for the process (route handlers and pages are separate module graphs in Next.js).
const keptProgrammes = ((globalThis as unknown as { plannerKeptProgrammes?: Map<number, { fingerprint: string; programme: StoredProgramme }> }).plannerKeptProgrammes ??= new Map())

async function fingerprintOfYear(database: Db, year: number): Promise<string | null> {
  const [row, items] = await Promise.all([
    database.programme.findUnique({ where: { year }, select: { id: true, version: true, updatedAt: true, otherMeetings: { orderBy: { start: 'asc' } } } }),
    database.item.aggregate({ where: { day: { programme: { year } } }, _count: { _all: true }, _sum: { version: true } }),
  ])
  if (!row) return null
  return JSON.stringify([row.id, row.version, row.updatedAt.getTime(), items._count._all, items._sum.version ?? 0, row.otherMeetings])
}

/** The whole programme of a year, from memory when nothing of it changed since it was last read. */
export async function keptProgrammeOfYear(database: Db, year: number): Promise<StoredProgramme | null> {
  const fingerprint = await fingerprintOfYear(database, year)
  if (fingerprint === null) return null
  const hit = keptProgrammes.get(year)
  if (hit?.fingerprint === fingerprint) return hit.programme
  // Read after its fingerprint: a change in between is kept under the older fingerprint, read again next time.
  const programme = await findProgrammeByYear(database, year)
  if (!programme) return null
  keptProgrammes.delete(year)
  keptProgrammes.set(year, { fingerprint, programme })
  for (const old of keptProgrammes.keys()) {
    if (keptProgrammes.size <= KEPT_PROGRAMMES) break
    keptProgrammes.delete(old)
  }
  return programme
}

/** For pages: the whole programme of a year, read once per request however many components ask. */
export const programmeOfYear = cache((year: number) => keptProgrammeOfYear(db(), year))

/** What the policy and the workflow need of a programme. */
/** `symbol`: the document symbol the ISU set for the year, null when none. */
export type ProgrammeHead = { id: string; year: number; status: string; revision: number; version: number; updatedAt: Date; symbol: string | null }
const head = { id: true, year: true, status: true, revision: true, version: true, updatedAt: true, symbol: true } as const

/** The head of a year's programme, or null: is the year taken? */
export function findProgrammeHeadByYear(database: Db | Tx, year: number): Promise<ProgrammeHead | null> {
  return database.programme.findUnique({ where: { year }, select: head })
}

/** Every programme's year, status and meeting days, newest first, in one query (the lists and the creation form). */
export async function findProgrammeDates(database: Db, { publishedOnly = false }: { publishedOnly?: boolean } = {}) {
  return database.programme.findMany({
    where: publishedOnly ? { status: 'published' } : undefined,
    orderBy: { year: 'desc' },
    include: { days: { select: { date: true }, orderBy: { date: 'asc' } } },
  })
}

/** For pages that need no days: the head of a year's programme, once per request. */
export const programmeHeadOfYear = cache((year: number) => findProgrammeHeadByYear(db(), year))

export function readHead(database: Db | Tx, id: string): Promise<ProgrammeHead | null> {
  return database.programme.findUnique({ where: { id }, select: head })
}

/**
 * Takes a programme for update inside a transaction, before anything else is read: an update that
 * changes nothing locks its row on PostgreSQL until the transaction ends, and takes SQLite's write
 * lock at once (instead of upgrading a read lock later, which another writer could refuse). Two
 * changes of one programme thus run one after the other. Returns its head, or null when it does not exist.
 */
export async function takeProgramme(tx: Tx, id: string): Promise<ProgrammeHead | null> {
  const locked = await tx.$executeRaw`UPDATE "Programme" SET "version" = "version" WHERE "id" = ${id}`
  return locked ? readHead(tx, id) : null
}

/** What a conflict of status shows: the state someone else left the programme in. */
export type StatusConflict = { status: string; version: number; revision: number }

/**
 * Changes the programme's status (and the revision) only if it is still at `version`, and moves
 * the version on. Throws Conflict with the current state otherwise.
 */
export async function changeUnderLock(tx: Tx, programmeId: string, version: number, data: { status?: string; revision?: { increment: number } }): Promise<ProgrammeHead> {
  const { count } = await tx.programme.updateMany({ where: { id: programmeId, version }, data: { ...data, version: { increment: 1 } } })
  const now = await readHead(tx, programmeId)
  if (!now) throw new NotFound('programmeGone')
  if (count !== 1) throw new Conflict({ status: now.status, version: now.version, revision: now.revision } satisfies StatusConflict)
  return now
}

/** Marks the programme changed (its list and public pages show the date of the last change). */
export const touchProgramme = (tx: Tx, programmeId: string) => tx.programme.update({ where: { id: programmeId }, data: { updatedAt: new Date() } })

/** Which programme a thing belongs to: the mutations find it from what the input names. */
export const programmeIdOf = {
  async day(tx: Tx, dayId: string) {
    return (await tx.day.findUnique({ where: { id: dayId }, select: { programmeId: true } }))?.programmeId ?? null
  },
  async item(tx: Tx, itemId: string) {
    return (await tx.item.findUnique({ where: { id: itemId }, select: { day: { select: { programmeId: true } } } }))?.day.programmeId ?? null
  },
  async thread(tx: Tx, threadId: string) {
    return (await tx.commentThread.findUnique({ where: { id: threadId }, select: { programmeId: true } }))?.programmeId ?? null
  },
  async comment(tx: Tx, commentId: string) {
    return (await tx.comment.findUnique({ where: { id: commentId }, select: { thread: { select: { programmeId: true } } } }))?.thread.programmeId ?? null
  },
  async round(tx: Tx, roundId: string) {
    return (await tx.consultationRound.findUnique({ where: { id: roundId }, select: { programmeId: true } }))?.programmeId ?? null
  },
}
