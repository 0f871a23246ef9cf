// Snapshots: the programme frozen in the interchange format at each approval, with the ids of its
// items so that the revision diff can follow an item that was retitled or moved.
import crypto from 'node:crypto'
import { documentFromProgramme } from '@/lib/meetings/documents'
import type { StoredProgramme } from '@/lib/programme-store'
import type { Programme } from '@/lib/programme'
import type { Snapshot } from './diff'

export function snapshotOf(row: StoredProgramme): Snapshot {
  return { document: documentFromProgramme(row), itemIds: row.days.map((d) => d.items.map((i) => i.id)) }
}

/** A short digest of a snapshot: the approval page sends it back, so that approving what changed meanwhile is refused. */
export function fingerprintOf(snapshot: Snapshot): string {
  return crypto.createHash('sha256').update(JSON.stringify(snapshot)).digest('hex').slice(0, 32)
}

/** A snapshot read back from the database (Json), or null when it is not one. */
export function readSnapshot(json: unknown): Snapshot | null {
  if (!json || typeof json !== 'object') return null
  const s = json as { document?: unknown; itemIds?: unknown }
  const doc = s.document as Programme | undefined
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.days)) return null
  const itemIds = Array.isArray(s.itemIds) && s.itemIds.every((d) => Array.isArray(d) && d.every((id) => typeof id === 'string')) ? (s.itemIds as string[][]) : undefined
  return { document: doc, itemIds }
}
