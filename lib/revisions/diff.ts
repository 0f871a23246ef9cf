// What changed between two revisions of a programme, said the way a reader sees it: items added,
// removed, moved (to another day or another place in the day's order), retimed and retitled.
// Pure: snapshots in, a list of changes out.
import type { Format, Programme } from '@/lib/programme'

/** A programme as frozen at an approval, with the ids of its items where they are known. */
export type Snapshot = {
  document: Programme
  /** itemIds[d][i] is the id of days[d].items[i]; lets a retitled or moved item be followed. */
  itemIds?: string[][]
}

export type ItemPlace = { date: string; start: string; end: string; title: string }
export type ItemChangeKind = 'moved' | 'retimed' | 'retitled' | 'details'

export type ItemChange =
  | { kind: 'added'; after: ItemPlace }
  | { kind: 'removed'; before: ItemPlace }
  | { kind: 'changed'; before: ItemPlace; after: ItemPlace; changes: ItemChangeKind[]; details: string[] }

type Decision = { decidedBy: string; decidedOn: string; consulted: boolean }
type OtherMeeting = { name: string; start: string; end: string }

/** A change of the programme's own fields, as values: the page says them in the reader's words. */
export type FieldChange =
  | { field: 'title' | 'venue'; before: string; after: string }
  | { field: 'format'; before: Format | null; after: Format | null }
  | { field: 'formatDecision'; before: Decision | null; after: Decision | null }
  /** A day added, removed or made (not) thematic: whether it is thematic, null where there is no such day. */
  | { field: 'day'; date: string; before: boolean | null; after: boolean | null }
  | { field: 'otherMeetings'; before: OtherMeeting[]; after: OtherMeeting[] }

export type RevisionDiff = {
  items: ItemChange[]
  programme: FieldChange[]
  counts: Record<'added' | 'removed' | ItemChangeKind, number>
  unchanged: number
}

type Flat = {
  key: number
  id: string | undefined
  date: string
  dayIndex: number
  index: number
  item: Programme['days'][number]['items'][number]
}

function flatten(s: Snapshot): Flat[] {
  const out: Flat[] = []
  s.document.days.forEach((day, d) =>
    day.items.forEach((item, i) => out.push({ key: out.length, id: s.itemIds?.[d]?.[i], date: day.date, dayIndex: d, index: i, item })),
  )
  return out
}

const place = (f: Flat): ItemPlace => ({ date: f.date, start: f.item.start, end: f.item.end, title: f.item.title })
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** Pairs the items of two revisions: by id, then by title (nearest in time), then by date and times. */
function match(before: Flat[], after: Flat[]): Map<number, Flat> {
  const pairs = new Map<number, Flat>()
  const taken = new Set<number>()
  const pair = (b: Flat, a: Flat) => (pairs.set(b.key, a), taken.add(a.key))

  const afterById = new Map(after.filter((a) => a.id).map((a) => [a.id!, a]))
  for (const b of before) {
    const a = b.id ? afterById.get(b.id) : undefined
    if (a && !taken.has(a.key)) pair(b, a)
  }
  const score = (b: Flat, a: Flat) => (a.date === b.date ? 0 : 2) + (a.item.start === b.item.start ? 0 : 1)
  for (const b of before) {
    if (pairs.has(b.key)) continue
    const candidates = after.filter((a) => !taken.has(a.key) && a.item.title === b.item.title).sort((x, y) => score(b, x) - score(b, y) || x.key - y.key)
    if (candidates[0]) pair(b, candidates[0])
  }
  for (const b of before) {
    if (pairs.has(b.key)) continue
    const a = after.find((a) => !taken.has(a.key) && a.date === b.date && a.item.start === b.item.start && a.item.end === b.item.end)
    if (a) pair(b, a)
  }
  return pairs
}

/** Indexes (into `seq`) of a longest increasing subsequence: the items that kept their order. */
function longestIncreasing(seq: number[]): Set<number> {
  const tails: number[] = []
  const prev: number[] = new Array(seq.length).fill(-1)
  seq.forEach((value, i) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (seq[tails[mid]!]! < value) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1]!
    tails[lo] = i
  })
  const keep = new Set<number>()
  for (let i = tails.at(-1) ?? -1; i >= 0; i = prev[i]!) keep.add(i)
  return keep
}

function detailChanges(b: Flat['item'], a: Flat['item']): string[] {
  const out: string[] = []
  if (b.segment !== a.segment) out.push('segment')
  if ((b.committee ?? null) !== (a.committee ?? null)) out.push('committee')
  if (!same([...(b.objectives ?? [])].sort(), [...(a.objectives ?? [])].sort())) out.push('objectives')
  if ((b.description ?? '') !== (a.description ?? '')) out.push('description')
  if (!same(b.speakers ?? [], a.speakers ?? [])) out.push('speakers')
  // The fields of interchange format version 2 (absent in older snapshots, which is the same as none).
  if (!same(b.invited, a.invited)) out.push('invited')
  if (!same(b.actions ?? [], a.actions ?? [])) out.push('actions')
  if (!same(b.subItems ?? [], a.subItems ?? [])) out.push('subItems')
  if (!same(b.translations, a.translations)) out.push('translations')
  return out
}

function programmeChanges(b: Programme, a: Programme): FieldChange[] {
  const out: FieldChange[] = []
  if (b.title !== a.title) out.push({ field: 'title', before: b.title, after: a.title })
  if (b.venue !== a.venue) out.push({ field: 'venue', before: b.venue, after: a.venue })
  if (b.format !== a.format) out.push({ field: 'format', before: b.format ?? null, after: a.format ?? null })
  const decision = (p: Programme): Decision | null =>
    p.formatDecision ? { decidedBy: p.formatDecision.decidedBy, decidedOn: p.formatDecision.decidedOn, consulted: p.formatDecision.consultedCoordinatingCommittee } : null
  if (!same(decision(b), decision(a))) out.push({ field: 'formatDecision', before: decision(b), after: decision(a) })
  const days = (p: Programme) => new Map(p.days.map((d) => [d.date, d.thematic]))
  const bd = days(b)
  const ad = days(a)
  for (const date of [...new Set([...bd.keys(), ...ad.keys()])].sort()) {
    if (bd.get(date) !== ad.get(date)) out.push({ field: 'day', date, before: bd.get(date) ?? null, after: ad.get(date) ?? null })
  }
  const meetings = (p: Programme): OtherMeeting[] => (p.otherMeetings ?? []).map((m) => ({ name: m.name, start: m.start, end: m.end }))
  if (!same(meetings(b), meetings(a))) out.push({ field: 'otherMeetings', before: meetings(b), after: meetings(a) })
  return out
}

const order = (p: ItemPlace) => `${p.date} ${p.start} ${p.end} ${p.title}`

/** The changes from `before` to `after`, in the order of the later programme (removed items where they were). */
export function diffRevisions(before: Snapshot, after: Snapshot): RevisionDiff {
  const b = flatten(before)
  const a = flatten(after)
  const pairs = match(b, a)

  // Within a day, an item moved when it left the order the others kept.
  const outOfOrder = new Set<number>()
  const dates = new Set(b.map((f) => f.date))
  for (const date of dates) {
    const stay = b.filter((f) => f.date === date && pairs.get(f.key)?.date === date)
    const keep = longestIncreasing(stay.map((f) => pairs.get(f.key)!.index))
    stay.forEach((f, i) => !keep.has(i) && outOfOrder.add(f.key))
  }

  const items: ItemChange[] = []
  let unchanged = 0
  for (const f of b) {
    const g = pairs.get(f.key)
    if (!g) {
      items.push({ kind: 'removed', before: place(f) })
      continue
    }
    const changes: ItemChangeKind[] = []
    if (f.date !== g.date || outOfOrder.has(f.key)) changes.push('moved')
    if (f.item.start !== g.item.start || f.item.end !== g.item.end) changes.push('retimed')
    if (f.item.title !== g.item.title) changes.push('retitled')
    const details = detailChanges(f.item, g.item)
    if (details.length) changes.push('details')
    if (changes.length) items.push({ kind: 'changed', before: place(f), after: place(g), changes, details })
    else unchanged++
  }
  const matched = new Set([...pairs.values()].map((g) => g.key))
  for (const g of a) if (!matched.has(g.key)) items.push({ kind: 'added', after: place(g) })
  items.sort((x, y) => order(x.kind === 'removed' ? x.before : x.after).localeCompare(order(y.kind === 'removed' ? y.before : y.after)))

  const counts = { added: 0, removed: 0, moved: 0, retimed: 0, retitled: 0, details: 0 }
  for (const c of items) {
    if (c.kind === 'changed') for (const k of c.changes) counts[k]++
    else counts[c.kind]++
  }
  return { items, programme: programmeChanges(before.document, after.document), counts, unchanged }
}
