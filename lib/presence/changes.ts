// Which items someone else's save changed, between the programme this page showed and the one a live
// refresh brought: pure, so that the rule is tested at its edges.

type Shown = { days: readonly { id: string; items: readonly { id: string; version: number }[] }[] }

/** Items that are new, moved to another day, or saved again (their version went up). */
export function changedItemIds(before: Shown, after: Shown, mine: ReadonlyMap<string, number> = new Map()): string[] {
  const was = new Map(before.days.flatMap((d) => d.items.map((i) => [i.id, { dayId: d.id, version: i.version }] as const)))
  return after.days.flatMap((d) =>
    d.items
      .filter((i) => {
        const old = was.get(i.id)
        const changed = !old || old.version !== i.version || old.dayId !== d.id
        // This page's own save, which the refresh merely confirms.
        return changed && mine.get(i.id) !== i.version
      })
      .map((i) => i.id),
  )
}
