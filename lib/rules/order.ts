// The order findings are shown in: errors, then warnings, then information; within a level by
// day and time, then by path and rule id, so the same programme always reads the same.
import type { Level } from './catalogue'
import type { ProgrammeFacts } from './facts'
import type { Finding } from './finding'

const LEVEL_RANK: Record<Level, number> = { error: 0, warning: 1, info: 2 }

const DAY_AND_ITEM = /^days\[(\d+)\](?:\.items\[(\d+)\])?/

// split() with a capture group puts the numbers at odd positions.
const splitPath = (path: string) => path.split(/(\d+)/)

/** Paths compared with their indices as numbers: `days[2]` before `days[10]`. */
export function comparePaths(a: string, b: string): number {
  return compareSplitPaths(splitPath(a), splitPath(b))
}

function compareSplitPaths(left: string[], right: string[]): number {
  const length = Math.min(left.length, right.length)
  for (let i = 0; i < length; i += 1) {
    const x = left[i] ?? ''
    const y = right[i] ?? ''
    if (x === y) continue
    if (i % 2 === 1) return Number(x) - Number(y) || (x < y ? -1 : 1)
    return x < y ? -1 : 1
  }
  return left.length - right.length
}

interface Placed {
  finding: Finding
  /** The day's number (days since 1970-01-01); -Infinity for the programme as a whole. */
  day: number
  minute: number
  /** The path split, worked out at the first tie only. */
  path: string[] | undefined
}

/** Where a finding sits in the programme's time: the day's date and the item's start. */
function place(found: Finding, facts: ProgrammeFacts | null): Placed {
  const match = facts ? DAY_AND_ITEM.exec(found.path) : null
  if (!facts || !match) return { finding: found, day: -Infinity, minute: -1, path: undefined }
  const day = facts.days[Number(match[1])]
  const item = match[2] === undefined ? undefined : day?.items[Number(match[2])]
  return { finding: found, day: day?.dayNumber ?? -Infinity, minute: item?.start ?? -1, path: undefined }
}

function comparePlacedPaths(a: Placed, b: Placed): number {
  if (a.finding.path === b.finding.path) return 0
  a.path ??= splitPath(a.finding.path)
  b.path ??= splitPath(b.finding.path)
  return compareSplitPaths(a.path, b.path)
}

export function sortFindings(findings: readonly Finding[], facts: ProgrammeFacts | null): Finding[] {
  if (findings.length < 2) return [...findings]
  return findings
    .map((found) => place(found, facts))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.finding.level] - LEVEL_RANK[b.finding.level] ||
        (a.day === b.day ? 0 : a.day < b.day ? -1 : 1) ||
        a.minute - b.minute ||
        comparePlacedPaths(a, b) ||
        (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0) ||
        (a.finding.message < b.finding.message ? -1 : a.finding.message > b.finding.message ? 1 : 0),
    )
    .map((placed) => placed.finding)
}
