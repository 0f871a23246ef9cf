// Releases: each publication of the programme, frozen. Publishing a revision writes one row (the
// approved snapshot, the symbol the ISU had set for the year, the day of issue); nothing ever changes
// it afterwards. The public page and its files are made from the latest release only, whatever the
// working copy is doing (a draft revision, a consultation, an approval not yet published).
import 'server-only'
import { digitsFor, type ArabicDigits } from '@/lib/i18n/digits'
import type { Db, Tx } from '@/lib/db'
import type { Programme } from '@/lib/programme'
import type { Snapshot } from '@/lib/revisions/diff'
import { readSnapshot } from '@/lib/revisions/snapshot'

export type Release = {
  id: string
  programmeId: string
  year: number
  /** 0 for the original document, 1 for Rev.1 ... */
  number: number
  /** The symbol the ISU had set for the year; '' when none. */
  symbol: string
  /** The day of issue in Geneva, `YYYY-MM-DD`. */
  issuedOn: string
  publishedAt: Date
  snapshot: Snapshot
  programme: Programme
  /** The digits of its Arabic page and PDF: the year's present choice (presentation, not content). */
  arabicDigits: ArabicDigits
}

/** A release as a page lists it. */
export type ReleaseSummary = Pick<Release, 'number' | 'symbol' | 'issuedOn' | 'publishedAt'>

const summary = { number: true, symbol: true, issuedOn: true, publishedAt: true } as const

type Row = { id: string; programmeId: string; number: number; symbol: string; issuedOn: string; publishedAt: Date; snapshot: unknown; programme: { year: number; arabicDigits: string } }
const full = { id: true, programmeId: true, number: true, symbol: true, issuedOn: true, publishedAt: true, snapshot: true, programme: { select: { year: true, arabicDigits: true } } } as const

function releaseOf(row: Row | null): Release | null {
  const snapshot = row ? readSnapshot(row.snapshot) : null
  if (!row || !snapshot) return null
  return { id: row.id, programmeId: row.programmeId, year: row.programme.year, number: row.number, symbol: row.symbol, issuedOn: row.issuedOn, publishedAt: row.publishedAt, snapshot, programme: snapshot.document, arabicDigits: digitsFor('ar', row.programme.arabicDigits) }
}

// A release never changes, so each one read whole (its snapshot parsed: tens of milliseconds for a
// large programme) is kept, by its id and the year's present Arabic digits (the one thing of it that
// may change); an address is answered by a query of a few columns, then from here. Bounded: 64 releases.
const KEPT_RELEASES = 64
// One map for the process (route handlers and pages are separate module graphs in Next.js).
const keptReleases = ((globalThis as unknown as { plannerKeptReleases?: Map<string, Release> }).plannerKeptReleases ??= new Map())
const head = { id: true, programme: { select: { arabicDigits: true } } } as const

async function releaseWhere(db: Db | Tx, where: { programme: { year: number }; number?: number }): Promise<Release | null> {
  const found = await db.release.findFirst({ where, orderBy: { number: 'desc' }, select: head })
  if (!found) return null
  const key = `${found.id}|${found.programme.arabicDigits}`
  const hit = keptReleases.get(key)
  if (hit) return hit
  const release = releaseOf(await db.release.findUnique({ where: { id: found.id }, select: full }))
  if (!release) return null
  keptReleases.set(key, release)
  for (const old of keptReleases.keys()) {
    if (keptReleases.size <= KEPT_RELEASES) break
    keptReleases.delete(old)
  }
  return release
}

/** The latest release of a year's programme (what the public is served), or null when none was published. */
export function latestRelease(db: Db | Tx, year: number): Promise<Release | null> {
  return releaseWhere(db, { programme: { year } })
}

/** One release of a year's programme by its number (0 for the original), or null. */
export function findRelease(db: Db | Tx, year: number, number: number): Promise<Release | null> {
  return releaseWhere(db, { programme: { year }, number })
}

/** Every release of a year's programme, the oldest first. */
export function listReleases(db: Db | Tx, year: number): Promise<ReleaseSummary[]> {
  return db.release.findMany({ where: { programme: { year } }, orderBy: { number: 'asc' }, select: summary })
}

/** Every release before `number`, oldest first, whole: the calendar cancels the items they had and the latest lacks. */
export async function earlierReleases(db: Db | Tx, year: number, number: number): Promise<Release[]> {
  const rows = await db.release.findMany({ where: { programme: { year }, number: { lt: number } }, orderBy: { number: 'asc' }, select: full })
  return rows.map(releaseOf).filter((r): r is Release => r !== null)
}

/** The latest release of every year, newest year first: the public list of programmes. */
export async function latestReleases(db: Db | Tx): Promise<Release[]> {
  const heads = await db.release.findMany({ select: { id: true, programmeId: true, number: true } })
  const latest = new Map<string, { id: string; number: number }>()
  for (const h of heads) if ((latest.get(h.programmeId)?.number ?? -1) < h.number) latest.set(h.programmeId, h)
  const rows = await db.release.findMany({ where: { id: { in: [...latest.values()].map((h) => h.id) } }, select: full })
  return rows
    .map(releaseOf)
    .filter((r): r is Release => r !== null)
    .sort((a, b) => b.year - a.year)
}
