// The matrix's own data in the end-to-end server's database: a programme in each status (years no
// other spec uses), each with a thread of the Committee member, a closed round and another meeting;
// an observer with the administrator flag; a user whose role the administrators "change" to itself.
import { createDb, type Db } from '@/lib/db'
import { STATUSES, type Status } from '@/lib/auth/permissions'
import { createUser } from '@/lib/users'
import { E2E_DATABASE_URL, programmeForSpec } from '../fixtures'
import type { ProgrammeFixture, World } from './matrix'

export const MATRIX_YEARS: Record<Status, number> = { draft: 2091, consultation: 2092, approved: 2093, published: 2094 }
export const PASSWORD = 'demo-password'
export const OBSERVER_ADMIN = 'reliability-observer-admin@demo.test'
export const TARGET = 'reliability-target@demo.test'

export async function withDb<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(E2E_DATABASE_URL)
  try {
    return await run(db)
  } finally {
    await db.$disconnect()
  }
}

async function userId(db: Db, email: string, make?: { name: string; role: 'observer'; admin: boolean }) {
  const found = await db.user.findUnique({ where: { email } })
  if (found) return found.id
  if (!make) throw new Error(`No user ${email} in the end-to-end database`)
  return (await createUser(db, { email, password: PASSWORD, ...make })).id
}

async function programmeFixture(db: Db, status: Status, people: { committee: string; president: string }): Promise<ProgrammeFixture> {
  const year = MATRIX_YEARS[status]
  await programmeForSpec(year, 'programme-2026.json', status)
  const row = await db.programme.findUniqueOrThrow({ where: { year }, include: { days: { orderBy: { date: 'asc' }, include: { items: { orderBy: { position: 'asc' } } } } } })
  const day = row.days.find((d) => d.items.length > 1) ?? row.days[0]!
  const item = day.items[0]!
  const earlier = new Date(Date.now() - 60_000)
  const thread = await db.commentThread.create({
    data: {
      programmeId: row.id,
      createdById: people.committee,
      comments: {
        create: [
          { authorId: people.committee, body: '', deletedAt: earlier, createdAt: earlier },
          { authorId: people.committee, body: 'Matrix comment' },
        ],
      },
    },
    include: { comments: { orderBy: { createdAt: 'asc' } } },
  })
  const round = await db.consultationRound.create({
    data: { programmeId: row.id, openedById: people.president, message: 'Matrix round', deadline: earlier, status: 'closed', outcome: 'agreed', closedAt: earlier, createdAt: new Date(Date.now() - 3_600_000) },
  })
  const meeting = await db.otherMeeting.create({ data: { programmeId: row.id, name: 'Matrix other meeting', start: day.date, end: day.date } })
  return {
    status,
    year,
    id: row.id,
    version: row.version,
    days: row.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic })),
    itemId: item.id,
    itemVersion: item.version,
    threadId: thread.id,
    deletedCommentId: thread.comments[0]!.id,
    commentId: thread.comments[1]!.id,
    commentBody: thread.comments[1]!.body,
    closedRoundId: round.id,
    otherMeeting: { id: meeting.id, name: meeting.name, start: meeting.start, end: meeting.end },
  }
}

export async function buildWorld(): Promise<World> {
  return withDb(async (db) => {
    const committee = await userId(db, 'committee@demo.test')
    const president = await userId(db, 'president@demo.test')
    await userId(db, OBSERVER_ADMIN, { name: 'Observer with administrator rights', role: 'observer', admin: true })
    const target = await userId(db, TARGET, { name: 'Reliability target', role: 'observer', admin: false })
    const programmes = {} as Record<Status, ProgrammeFixture>
    for (const status of STATUSES) programmes[status] = await programmeFixture(db, status, { committee, president })
    return { programmes, users: { committee, target }, target: { email: TARGET, password: PASSWORD } }
  })
}

/** Removes the matrix's programmes, and the notifications and e-mails its replies caused. */
export async function removeWorld() {
  await withDb(async (db) => {
    const years = Object.values(MATRIX_YEARS)
    for (const year of years) {
      await db.notification.deleteMany({ where: { link: { contains: `/meetings/${year}/` } } })
      await db.outboxMessage.deleteMany({ where: { body: { contains: `/meetings/${year}/` } } })
    }
    await db.programme.deleteMany({ where: { year: { in: years } } })
  })
}
