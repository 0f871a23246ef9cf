// Performance marks of a drop, for the editor's benchmark (scripts/bench/editor.ts): from the drop
// (or the key that moved an item) to the findings drawn again with the rulebook's new answer. The
// measure ends after the next paint: a timer queued from the frame's callback runs once it is painted.
let pending = false

export const DROP_MEASURE = 'editor:drop-to-findings'

export function markDrop() {
  performance.mark('editor:drop')
  pending = true
}

/** Called when the findings panel has drawn new findings. */
export function markFindingsDrawn() {
  if (!pending) return
  pending = false
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark('editor:findings-painted')
      performance.measure(DROP_MEASURE, 'editor:drop', 'editor:findings-painted')
    }, 0),
  )
}
