// The timetable rules: each item's times, items of one day against each other, and interpreters' hours.
import { itemPath, type DayFacts, type ItemFacts, type ProgrammeFacts } from './facts'
import { finding, type Finding } from './finding'
import { runFamily, type RuleFamily } from './family'
import { quotedTitle, timeSpan, writtenDay } from './wording'

const NOT_A_TIME = 'which is not a time written HH:MM from 00:00 to 23:59'

// item-times: the format's own rule; a time is `HH:MM` and an item ends after it starts.
function itemTimes(facts: ProgrammeFacts): Finding[] {
  const findings: Finding[] = []
  for (const day of facts.days) {
    for (const item of day.items) {
      if (item.timed) continue
      const where = `${quotedTitle(item)} on ${writtenDay(facts, day)}`
      if (item.start === null) {
        findings.push(finding('item-times', `${where} starts at "${item.item.start}", ${NOT_A_TIME}.`, `${itemPath(item)}.start`))
      }
      if (item.end === null) {
        findings.push(finding('item-times', `${where} ends at "${item.item.end}", ${NOT_A_TIME}.`, `${itemPath(item)}.end`))
      }
      if (item.start !== null && item.end !== null) {
        findings.push(
          finding('item-times', `${where} ends at ${item.item.end}, which is not after its start at ${item.item.start}.`, `${itemPath(item)}.end`),
        )
      }
    }
  }
  return findings
}

/** Items of a day that take the room: timed, neither a break nor a side event. */
const formalTimed = (day: DayFacts) => day.items.filter((item) => item.timed && !item.informal)

// The order of a day's timetable. Ties are broken by title so that the pair's wording does not
// depend on the order of the items in the file.
function byTime(a: ItemFacts, b: ItemFacts): number {
  return (
    (a.start ?? 0) - (b.start ?? 0) ||
    (a.end ?? 0) - (b.end ?? 0) ||
    (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0) ||
    a.index - b.index
  )
}

// item-overlap: the format's own rule; one room, one item at a time (touching ends are fine).
function itemOverlap(facts: ProgrammeFacts): Finding[] {
  const findings: Finding[] = []
  for (const day of facts.days) {
    const items = formalTimed(day).sort(byTime)
    // A sweep over the day: `running` holds the items not yet ended when the next one starts,
    // so the work grows with the overlaps found, not with the square of the items.
    let running: ItemFacts[] = []
    for (const item of items) {
      const start = item.start ?? 0
      running = running.filter((earlier) => (earlier.end ?? 0) > start)
      for (const earlier of running) {
        findings.push(
          finding(
            'item-overlap',
            `On ${writtenDay(facts, day)}, ${quotedTitle(earlier)} (${timeSpan(earlier)}) and ${quotedTitle(item)} (${timeSpan(item)}) overlap.`,
            `${itemPath(item)}.start`,
          ),
        )
      }
      running.push(item)
    }
  }
  return findings
}

/** The interpreted meeting slots at the United Nations Office at Geneva, in minutes. */
const SLOTS: readonly (readonly [number, number])[] = [
  [10 * 60, 13 * 60],
  [15 * 60, 18 * 60],
]

// interpretation-hours: UNOG practice; interpreters work 10:00-13:00 and 15:00-18:00.
function interpretationHours(facts: ProgrammeFacts): Finding[] {
  const findings: Finding[] = []
  for (const day of facts.days) {
    for (const item of day.items) {
      if (!item.timed || item.informal) continue
      const start = item.start ?? 0
      const end = item.end ?? 0
      if (SLOTS.some(([from, to]) => start >= from && end <= to)) continue
      findings.push(
        finding(
          'interpretation-hours',
          `${quotedTitle(item)} on ${writtenDay(facts, day)}, ${timeSpan(item)}, is not wholly inside an interpreted slot (10:00-13:00 or 15:00-18:00).`,
          itemPath(item),
        ),
      )
    }
  }
  return findings
}

const TIMES: RuleFamily = {
  'item-times': itemTimes,
  'item-overlap': itemOverlap,
  'interpretation-hours': interpretationHours,
}

export const checkTimes = (facts: ProgrammeFacts) => runFamily(TIMES, facts)
