// The timetable rules: each item's times, items of one day against each other and against the
// breaks, and interpreters' hours. The overlaps are found by a sweep over the day in time order, and
// counted beyond the report's limit by binary search, so a day of thousands of items held at the same
// time costs n log n, not the n² pairs it holds.
import { itemPath, type DayFacts, type ItemFacts, type ProgrammeFacts } from './facts'
import { finding } from './finding'
import { runFamily, type RuleFamily, type RuleReport } from './family'
import { quotedTitle, timeSpan, writtenDay } from './wording'

const NOT_A_TIME = 'which is not a time written HH:MM from 00:00 to 23:59'

// item-times: the format's own rule; a time is `HH:MM` and an item ends after it starts.
function itemTimes(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    for (const item of day.byTime) {
      if (item.timed) continue
      const where = () => `${quotedTitle(item)} on ${writtenDay(facts, day)}`
      const about = { date: day.day.date, title: item.item.title }
      if (item.start === null) {
        report.add(() =>
          finding('item-times', `${where()} starts at ${JSON.stringify(item.item.start)}, ${NOT_A_TIME}.`, `${itemPath(item)}.start`, {
            ...about,
            problem: 'not-a-time',
            field: 'start',
            value: item.item.start,
          }),
        )
      }
      if (item.end === null) {
        report.add(() =>
          finding('item-times', `${where()} ends at ${JSON.stringify(item.item.end)}, ${NOT_A_TIME}.`, `${itemPath(item)}.end`, {
            ...about,
            problem: 'not-a-time',
            field: 'end',
            value: item.item.end,
          }),
        )
      }
      if (item.start !== null && item.end !== null) {
        report.add(() =>
          finding('item-times', `${where()} ends at ${item.item.end}, which is not after its start at ${item.item.start}.`, `${itemPath(item)}.end`, {
            ...about,
            problem: 'end-not-after-start',
            start: item.item.start,
            end: item.item.end,
          }),
        )
      }
    }
  }
}

/** Minutes of a timed item (the sweeps see only timed items). */
const startOf = (item: ItemFacts) => item.start ?? 0
const endOf = (item: ItemFacts) => item.end ?? 0

/** How many of the sorted numbers are at most `value` (binary search). */
function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] ?? 0) <= value) low = middle + 1
    else high = middle
  }
  return low
}

/** How many of the sorted numbers are below `value`. */
const countBelow = (sorted: readonly number[], value: number) => countAtMost(sorted, value - 1)

const ascending = (values: number[]) => values.sort((a, b) => a - b)

/** Items of a day that take the room, in time order: timed, neither a break nor a side event. */
const formalTimed = (day: DayFacts) => day.byTime.filter((item) => item.timed && !item.informal)
/** The breaks of a day with a place in its timetable, in time order. */
const timedBreaks = (day: DayFacts) => day.byTime.filter((item) => item.timed && item.item.segment === 'break')

/**
 * Pairs of overlapping items of one list (sorted by start): for each item, the earlier ones still
 * running when it starts. Stops writing at the report's limit; the pairs beyond it are counted:
 * item k overlaps the k items before it in start order, except those that ended by its start.
 */
function overlappingPairs(items: readonly ItemFacts[], report: RuleReport, write: (earlier: ItemFacts, later: ItemFacts) => void): void {
  let running: ItemFacts[] = []
  let written = 0
  for (const item of items) {
    if (report.full) break
    const start = startOf(item)
    running = running.filter((earlier) => endOf(earlier) > start)
    for (const earlier of running) {
      if (report.full) break
      write(earlier, item)
      written += 1
    }
    running.push(item)
  }
  if (!report.full) return
  const ends = ascending(items.map(endOf))
  let total = 0
  items.forEach((item, k) => {
    total += k - countAtMost(ends, startOf(item))
  })
  report.omit(total - written)
}

// item-overlap: the format's own rule; one room, one item at a time (touching ends are fine).
function itemOverlap(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    overlappingPairs(formalTimed(day), report, (earlier, later) =>
      report.add(() =>
        finding(
          'item-overlap',
          `On ${writtenDay(facts, day)}, ${quotedTitle(earlier)} (${timeSpan(earlier)}) and ${quotedTitle(later)} (${timeSpan(later)}) overlap.`,
          `${itemPath(later)}.start`,
          {
            date: day.day.date,
            firstTitle: earlier.item.title,
            firstStart: earlier.item.start,
            firstEnd: earlier.item.end,
            secondTitle: later.item.title,
            secondStart: later.item.start,
            secondEnd: later.item.end,
          },
        ),
      ),
    )
  }
}

// break-overlap: practice; a break is kept free of the formal meeting (touching ends are fine).
function breakOverlap(facts: ProgrammeFacts, report: RuleReport): void {
  const write = (day: DayFacts, item: ItemFacts, pause: ItemFacts) =>
    report.add(() =>
      finding(
        'break-overlap',
        `On ${writtenDay(facts, day)}, ${quotedTitle(item)} (${timeSpan(item)}) runs into the break ${quotedTitle(pause)} (${timeSpan(pause)}).`,
        itemPath(item),
        {
          date: day.day.date,
          title: item.item.title,
          start: item.item.start,
          end: item.item.end,
          breakTitle: pause.item.title,
          breakStart: pause.item.start,
          breakEnd: pause.item.end,
        },
      ),
    )
  for (const day of facts.chronological) {
    const breaks = timedBreaks(day)
    if (breaks.length === 0) continue
    const formal = formalTimed(day)
    // One sweep over both lists in time order: each newcomer meets those of the other list still running.
    let runningBreaks: ItemFacts[] = []
    let runningItems: ItemFacts[] = []
    let written = 0
    let b = 0
    let f = 0
    while (!report.full && (b < breaks.length || f < formal.length)) {
      const nextBreak = breaks[b]
      const nextItem = formal[f]
      if (nextBreak && (!nextItem || startOf(nextBreak) <= startOf(nextItem))) {
        const start = startOf(nextBreak)
        runningItems = runningItems.filter((item) => endOf(item) > start)
        for (const item of runningItems) {
          if (report.full) break
          write(day, item, nextBreak)
          written += 1
        }
        runningBreaks.push(nextBreak)
        b += 1
      } else if (nextItem) {
        const start = startOf(nextItem)
        runningBreaks = runningBreaks.filter((pause) => endOf(pause) > start)
        for (const pause of runningBreaks) {
          if (report.full) break
          write(day, nextItem, pause)
          written += 1
        }
        runningItems.push(nextItem)
        f += 1
      }
    }
    if (!report.full) continue
    // Beyond the limit, counted: an item overlaps the breaks that start before its end, except those that ended by its start.
    const starts = ascending(breaks.map(startOf))
    const ends = ascending(breaks.map(endOf))
    let total = 0
    for (const item of formal) total += countBelow(starts, endOf(item)) - countAtMost(ends, startOf(item))
    report.omit(total - written)
  }
}

/** The interpreted meeting slots at the United Nations Office at Geneva, in minutes. */
const SLOTS: readonly (readonly [number, number])[] = [
  [10 * 60, 13 * 60],
  [15 * 60, 18 * 60],
]

// interpretation-hours: UNOG practice; interpreters work 10:00-13:00 and 15:00-18:00.
function interpretationHours(facts: ProgrammeFacts, report: RuleReport): void {
  for (const day of facts.chronological) {
    for (const item of day.byTime) {
      if (!item.timed || item.informal) continue
      const start = startOf(item)
      const end = endOf(item)
      if (SLOTS.some(([from, to]) => start >= from && end <= to)) continue
      report.add(() =>
        finding(
          'interpretation-hours',
          `${quotedTitle(item)} on ${writtenDay(facts, day)}, ${timeSpan(item)}, is not wholly inside an interpreted slot (10:00-13:00 or 15:00-18:00).`,
          itemPath(item),
          { date: day.day.date, title: item.item.title, start: item.item.start, end: item.item.end },
        ),
      )
    }
  }
}

const TIMES: RuleFamily = {
  'item-times': itemTimes,
  'item-overlap': itemOverlap,
  'break-overlap': breakOverlap,
  'interpretation-hours': interpretationHours,
}

export const checkTimes = (facts: ProgrammeFacts, limit: number) => runFamily(TIMES, facts, limit)
