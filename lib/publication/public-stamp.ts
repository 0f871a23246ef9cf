// The stamp of what the public pages show (lib/publication/kept-pages.mjs): the releases (how many,
// the last publication) and the years whose Arabic digits are not the default. Read from the
// database every 5 s by every server (from the first public page it keeps: instrumentation.ts and
// kept-pages.mjs): two small queries. A new stamp forgets the kept pages and which release each
// address names, so another server's publication, or a change of digits, shows here within 5 s.
import 'server-only'
import { db, type Db } from '@/lib/db'
import { noteStamp, STAMP_INTERVAL_MS } from './kept-pages.mjs'
import { forgetReleases } from './release-memo'

export async function publicStamp(database: Db): Promise<string> {
  const [releases, digits] = await Promise.all([
    database.release.aggregate({ _count: { _all: true }, _max: { publishedAt: true } }),
    database.programme.findMany({ where: { arabicDigits: { not: 'western' } }, select: { id: true, arabicDigits: true }, orderBy: { id: 'asc' } }),
  ])
  return JSON.stringify([releases._count._all, releases._max.publishedAt?.getTime() ?? null, digits.map((p) => `${p.id}:${p.arabicDigits}`)])
}

/** Reads the stamp once; a change forgets the kept pages and the releases' addresses. */
export async function readPublicStamp(database: Db = db(), now = Date.now()): Promise<boolean> {
  const changed = noteStamp(await publicStamp(database), now)
  if (changed) forgetReleases()
  return changed
}

const state = globalThis as unknown as { plannerPublicStamp?: NodeJS.Timeout; plannerPublicStampBusy?: boolean }

export function startPublicStampWatch() {
  if (state.plannerPublicStamp) return
  const tick = async () => {
    if (state.plannerPublicStampBusy) return
    state.plannerPublicStampBusy = true
    try {
      await readPublicStamp()
    } catch (e) {
      console.error('[public pages]', e instanceof Error ? e.message : e)
    } finally {
      state.plannerPublicStampBusy = false
    }
  }
  state.plannerPublicStamp = setInterval(tick, STAMP_INTERVAL_MS)
  state.plannerPublicStamp.unref()
  void tick()
}
