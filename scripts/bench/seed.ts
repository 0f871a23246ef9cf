// The benchmark's databases: a large one (25 years of programmes of 3 days and 80 items, 20 users,
// 5,000 comments) and an empty one (the same users and the measured programmes only).
import { createDb } from '@/lib/db'
import { hashPassword } from '@/lib/auth/passwords'
import { createProgrammeFromDocument } from '@/lib/meetings/documents'
import { seedDemo } from '../seed-demo'
import { releaseAsEntered } from '@/lib/publication/release-writes'
import { benchProgramme } from './programme'

/** The draft edited, checked and printed under load, and the published one read by the public. */
export const DRAFT_YEAR = 2030
export const PUBLISHED_YEAR = 2031
const ITEMS = 80

export async function seedBenchDatabase(url: string, large: boolean) {
  await seedDemo(url)
  const db = createDb(url)
  try {
    await db.$transaction(async (tx) => {
      await createProgrammeFromDocument(tx, benchProgramme(DRAFT_YEAR, 3, ITEMS), 'draft')
      const published = await createProgrammeFromDocument(tx, benchProgramme(PUBLISHED_YEAR, 3, ITEMS), 'published')
      // The public is served the release, made of it as it stands.
      const president = await tx.user.findFirstOrThrow({ where: { role: 'president' }, select: { id: true } })
      await releaseAsEntered(tx, published.id, { publishedAt: new Date(`${PUBLISHED_YEAR - 1}-05-12T10:00:00Z`), userId: president.id })
    })
    if (!large) return
    const passwordHash = await hashPassword('bench-password')
    await db.user.createMany({
      data: Array.from({ length: 16 }, (_, i) => ({ email: `member${i + 1}@bench.test`, name: `Member ${i + 1}`, role: i % 4 === 0 ? 'isu' : 'committee', passwordHash })),
    })
    // The demo's own years (last year's and this year's, as the clock says) are kept as seeded.
    const seeded = new Set((await db.programme.findMany({ select: { year: true } })).map((p) => p.year))
    for (let year = 2000; year < 2025; year++) {
      if (seeded.has(year)) continue
      await db.$transaction((tx) => createProgrammeFromDocument(tx, benchProgramme(year, 3, ITEMS), 'published'))
    }
    // 5,000 comments: 500 in 60 threads on the measured draft, the rest spread over the other years.
    const users = await db.user.findMany({ select: { id: true } })
    const programmes = await db.programme.findMany({ select: { id: true, year: true, days: { select: { items: { select: { id: true, title: true } } } } } })
    let made = 0
    for (const p of programmes.sort((a, b) => (a.year === DRAFT_YEAR ? -1 : b.year === DRAFT_YEAR ? 1 : 0))) {
      const items = p.days.flatMap((d) => d.items)
      const threads = p.year === DRAFT_YEAR ? 60 : 10
      const perThread = p.year === DRAFT_YEAR ? Math.ceil(500 / 60) : Math.ceil(4500 / 260)
      for (let t = 0; t < threads && made < 5000; t++) {
        const item = items[t % items.length]!
        const thread = await db.commentThread.create({ data: { programmeId: p.id, itemId: item.id, itemTitle: item.title, createdById: users[t % users.length]!.id } })
        const count = Math.min(perThread, 5000 - made)
        await db.comment.createMany({
          data: Array.from({ length: count }, (_, c) => ({ threadId: thread.id, authorId: users[(t + c) % users.length]!.id, body: `Comment ${c + 1}: the *Committee* may wish to hear from States Parties with deadlines in ${p.year + 1}.` })),
        })
        made += count
      }
    }
  } finally {
    await db.$disconnect()
  }
}
