// A realistic large programme for the benchmarks: two interpreted slots a day, filled with sessions.
import type { ProgrammeInput } from '@/lib/programme'
import { addDays, formatTime } from '@/lib/programme'

const COMMITTEES = ['article-5', 'cooperative-compliance', 'victim-assistance', 'cooperation-assistance'] as const
const OBJECTIVES = ['stockpile-destruction', 'clearance', 'victim-assistance', 'universalization'] as const

export function benchProgramme(year: number, days: number, items: number): ProgrammeInput {
  const first = `${year}-06-16`
  return {
    version: 1,
    year,
    title: 'Intersessional Meetings',
    venue: 'Geneva, Palais des Nations',
    format: 'thematic-segment',
    formatDecision: { decidedBy: 'President', decidedOn: `${year}-02-10`, consultedCoordinatingCommittee: true, rationale: 'Benchmark.' },
    days: Array.from({ length: days }, (_, d) => {
      // The items shared out over the days: 80 over 3 days is 27, 27, 26.
      const itemsPerDay = Math.floor(items / days) + (d < items % days ? 1 : 0)
      const slot = Math.floor((6 * 60) / itemsPerDay)
      return {
        date: addDays(first, d),
        thematic: false,
        items: Array.from({ length: itemsPerDay }, (_, i) => {
          const morning = i < itemsPerDay / 2
          const start = (morning ? 10 * 60 : 15 * 60) + (morning ? i : i - Math.ceil(itemsPerDay / 2)) * slot
          return {
            start: formatTime(start),
            end: formatTime(start + slot),
            title: `Session ${d + 1}.${i + 1}: statements on the implementation of the Convention`,
            description: 'Statements by States Parties, observers and organisations on progress and challenges.',
            segment: i === 0 && d === 0 ? 'thematic' : i % 7 === 3 ? 'preparatory' : 'committee',
            committee: COMMITTEES[i % 4]!,
            objectives: [OBJECTIVES[i % 4]!],
            speakers: ['Chair of the Committee', 'Implementation Support Unit'],
          }
        }),
      }
    }),
    otherMeetings: [],
  }
}
