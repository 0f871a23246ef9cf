// The public list of programmes: each year as its latest release shows it.
import 'server-only'
import type { Db } from '@/lib/db'
import type { ProgrammeSummary } from '@/lib/meetings/queries'
import { latestReleases } from './releases'

export async function publishedProgrammes(db: Db): Promise<ProgrammeSummary[]> {
  return (await latestReleases(db)).map((release) => {
    const dates = release.programme.days.map((day) => day.date).sort()
    return {
      id: release.programmeId,
      year: release.year,
      title: release.programme.title,
      venue: release.programme.venue,
      format: release.programme.format,
      status: 'published',
      revision: release.number,
      firstDay: dates[0] ?? null,
      lastDay: dates.at(-1) ?? null,
    }
  })
}
