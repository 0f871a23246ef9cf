// Threads read their comments a page at a time, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMENT_PAGE, commentsBefore, countThreadsByItem, listThreads } from '@/lib/comments/queries'
import { createThread, replyToThread, setThreadResolved } from '@/lib/comments/threads'
import { PROVIDERS } from '../support/databases'
import { workflowFixture, type Fixture } from './support'

describe.each(PROVIDERS)('comment pages on $provider', ({ provider, skip }) => {
  let f: Fixture
  let long = ''
  let item = ''
  beforeAll(async () => {
    if (skip) return
    f = await workflowFixture(provider)
    item = (await f.db.item.findFirstOrThrow({ where: { day: { programmeId: f.programmeId } } })).id
    long = (await createThread(f.db, f.users.committee, { programmeId: f.programmeId, itemId: item, body: 'Comment 1' })).threadId
    for (let i = 2; i <= 45; i++) await replyToThread(f.db, i % 2 ? f.users.committee : f.users.isu, { threadId: long, body: `Comment ${i}` })
    const short = await createThread(f.db, f.users.committee2, { programmeId: f.programmeId, itemId: item, body: 'Short' })
    await setThreadResolved(f.db, f.users.isu, { threadId: short.threadId, resolved: true })
    await createThread(f.db, f.users.president, { programmeId: f.programmeId, itemId: null, body: 'On the whole programme' })
  })
  afterAll(async () => f?.drop())

  it.skipIf(skip)('shows the latest page of each open thread, and none of a resolved one', async () => {
    const threads = await listThreads(f.db, f.programmeId)
    expect(threads.map((t) => [t.commentCount, t.comments.length, t.resolved, t.hasEarlier])).toEqual([
      [45, COMMENT_PAGE, false, true],
      [1, 0, true, true],
      [1, 1, false, false],
    ])
    expect(threads[0]!.comments.map((c) => c.body)).toEqual(['Comment 43', 'Comment 44', 'Comment 45'])
    expect(threads[0]).toMatchObject({ createdByName: 'Kwame Mensah', itemId: item })
  })

  it.skipIf(skip)('loads earlier comments a page at a time, back to the first', async () => {
    const [thread] = await listThreads(f.db, f.programmeId)
    const seen = [...thread!.comments]
    let page = await commentsBefore(f.db, long, seen[0]!.id)
    expect(page.comments).toHaveLength(20)
    seen.unshift(...page.comments)
    page = await commentsBefore(f.db, long, seen[0]!.id)
    seen.unshift(...page.comments)
    expect(page.hasEarlier).toBe(true)
    page = await commentsBefore(f.db, long, seen[0]!.id)
    seen.unshift(...page.comments)
    expect(page.hasEarlier).toBe(false)
    expect(seen.map((c) => c.body)).toEqual(Array.from({ length: 45 }, (_, i) => `Comment ${i + 1}`))
    // Without a cursor: the latest page (what a resolved thread loads when it is opened).
    expect((await commentsBefore(f.db, long)).comments.at(-1)!.body).toBe('Comment 45')
  })

  it.skipIf(skip)('counts the threads of each item for the editor', async () => {
    expect(await countThreadsByItem(f.db, f.programmeId)).toEqual({ [item]: { open: 1, total: 2 } })
  })
})
