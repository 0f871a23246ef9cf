// The items a member may answer about (an objection on one item goes into that item's discussion).
export type ItemChoice = { id: string; label: string }

type Day = { date: string; items: readonly { id: string; start: string; end: string; title: string; segment?: string | null }[] }

/** Every item of the programme but the breaks, in order, labelled by its day and time. */
export function itemChoices(days: readonly Day[], dayLabel: (date: string) => string): ItemChoice[] {
  return days.flatMap((d) => d.items.filter((i) => i.segment !== 'break').map((i) => ({ id: i.id, label: `${dayLabel(d.date)}, ${i.start}–${i.end} ${i.title}` })))
}
