// What the editor page reads besides the programme itself.
import type { Db } from '@/lib/db'

/** Closed consultation rounds of a programme, to link from the format decision. */
export async function closedRoundsOf(db: Db, programmeId: string) {
  const rounds = await db.consultationRound.findMany({ where: { programmeId, status: 'closed' }, orderBy: { closedAt: 'desc' } })
  return rounds.map((r) => ({
    id: r.id,
    label: `${(r.closedAt ?? r.deadline).toISOString().slice(0, 10)} — ${r.outcome === 'agreed' ? 'agreed' : r.outcome === 'silence-broken' ? 'silence broken' : 'closed'}: ${r.message.slice(0, 60)}`,
  }))
}
