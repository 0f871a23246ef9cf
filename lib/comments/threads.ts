// Comment threads on the whole programme or on one item: start, reply, edit or delete one's own
// comment, resolve and reopen. Every function asks the policy, writes in one transaction with its
// audit event and notifications, and is called by the thin actions and by the tests with each role.
import { NotFound, Refusal } from '@/lib/actions'
import { audit } from '@/lib/audit'
import { authorize } from '@/lib/auth/policy'
import type { Db, Tx } from '@/lib/db'
import { scheduleDelivery } from '@/lib/mail/outbox'
import { notify, usersWithRoles } from '@/lib/notifications'
import type { SessionUser } from '@/lib/users'
import { newlyMentioned } from './mentions'
import {
  DeleteCommentSchema,
  EditCommentSchema,
  NewThreadSchema,
  ReplySchema,
  ResolveThreadSchema,
  type DeleteCommentInput,
  type EditCommentInput,
  type NewThreadInput,
  type ReplyInput,
  type ResolveThreadInput,
} from './schema'
import { plainText } from './text'

const excerpt = (body: string, length = 160) => {
  const text = plainText(body).replace(/\s+/g, ' ').trim()
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

export const threadLink = (year: number, threadId: string) => `/meetings/${year}/consultation#thread-${threadId}`

type ThreadContext = { id: string; itemTitle: string | null; programme: { id: string; year: number; status: string } }

/** The ISU and the President hear of each new comment; the members it mentions are told so. */
async function notifyComment(tx: Tx, author: SessionUser, thread: ThreadContext, body: string, previousBody?: string) {
  const where = thread.itemTitle ? `“${thread.itemTitle}”` : `the programme of ${thread.programme.year}`
  const link = threadLink(thread.programme.year, thread.id)
  const mentioned = await newlyMentioned(tx, body, author.id, previousBody)
  await notify(tx, mentioned, { kind: 'mention', title: `${author.name} mentioned you in a comment on ${where}`, body: excerpt(body, 500), link })
  if (previousBody !== undefined) return
  const told = new Set(mentioned.map((m) => m.id))
  const editors = (await usersWithRoles(tx, ['isu', 'president'], author.id)).filter((u) => !told.has(u.id))
  await notify(tx, editors, { kind: 'comment', title: `${author.name} commented on ${where}`, body: excerpt(body, 500), link })
}

async function threadFor(tx: Db | Tx, threadId: string) {
  const thread = await tx.commentThread.findUnique({
    where: { id: threadId },
    include: { programme: { select: { id: true, year: true, status: true } }, item: { select: { title: true } } },
  })
  if (!thread) throw new NotFound('This thread no longer exists.')
  return thread
}

async function commentFor(tx: Db | Tx, commentId: string) {
  const comment = await tx.comment.findUnique({
    where: { id: commentId },
    include: { thread: { include: { programme: { select: { id: true, year: true, status: true } }, item: { select: { title: true } } } } },
  })
  if (!comment) throw new NotFound('This comment no longer exists.')
  return comment
}

/** Starts a thread on the programme (itemId null) or on one of its items; it belongs to the open round, if any. */
export async function createThread(db: Db, user: SessionUser, input: NewThreadInput) {
  const data = NewThreadSchema.parse(input)
  const result = await db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: data.programmeId }, select: { id: true, year: true, status: true } })
    if (!programme) throw new NotFound('This programme no longer exists.')
    authorize(user, 'comment.create', programme)
    let itemTitle: string | null = null
    if (data.itemId) {
      const item = await tx.item.findFirst({ where: { id: data.itemId, day: { programmeId: programme.id } }, select: { title: true } })
      if (!item) throw new NotFound('This item no longer exists.')
      itemTitle = item.title
    }
    // A round is closed from its deadline on, even before the clock has closed it.
    const round = await tx.consultationRound.findFirst({ where: { programmeId: programme.id, status: 'open', deadline: { gt: new Date() } }, select: { id: true } })
    const thread = await tx.commentThread.create({
      data: {
        programmeId: programme.id,
        itemId: data.itemId,
        itemTitle,
        createdById: user.id,
        roundId: round?.id ?? null,
        comments: { create: { authorId: user.id, body: data.body } },
      },
      include: { comments: { select: { id: true } } },
    })
    await audit(tx, user.id, 'thread.created', programme.id, { threadId: thread.id, itemId: data.itemId, itemTitle, excerpt: excerpt(data.body) })
    await notifyComment(tx, user, { id: thread.id, itemTitle, programme }, data.body)
    return { threadId: thread.id, commentId: thread.comments[0]!.id, year: programme.year }
  })
  scheduleDelivery(db)
  return result
}

export async function replyToThread(db: Db, user: SessionUser, input: ReplyInput) {
  const data = ReplySchema.parse(input)
  const result = await db.$transaction(async (tx) => {
    const thread = await threadFor(tx, data.threadId)
    authorize(user, 'comment.create', thread.programme)
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: user.id, body: data.body } })
    await audit(tx, user.id, 'comment.created', thread.programme.id, { threadId: thread.id, commentId: comment.id, itemTitle: thread.item?.title ?? thread.itemTitle, excerpt: excerpt(data.body) })
    await notifyComment(tx, user, { id: thread.id, itemTitle: thread.item?.title ?? thread.itemTitle, programme: thread.programme }, data.body)
    return { threadId: thread.id, commentId: comment.id, year: thread.programme.year }
  })
  scheduleDelivery(db)
  return result
}

/** Changes one's own comment; members newly mentioned in it are told. */
export async function editComment(db: Db, user: SessionUser, input: EditCommentInput, now = new Date()) {
  const data = EditCommentSchema.parse(input)
  const result = await db.$transaction(async (tx) => {
    const comment = await commentFor(tx, data.commentId)
    authorize(user, 'comment.edit', comment.thread.programme, { ownerId: comment.authorId })
    if (comment.deletedAt) throw new Refusal('This comment was deleted.')
    if (comment.body === data.body) return { commentId: comment.id, year: comment.thread.programme.year }
    await tx.comment.update({ where: { id: comment.id }, data: { body: data.body, editedAt: now } })
    await audit(tx, user.id, 'comment.edited', comment.thread.programme.id, {
      threadId: comment.threadId,
      commentId: comment.id,
      before: excerpt(comment.body),
      after: excerpt(data.body),
    })
    const thread = comment.thread
    await notifyComment(tx, user, { id: thread.id, itemTitle: thread.item?.title ?? thread.itemTitle, programme: thread.programme }, data.body, comment.body)
    return { commentId: comment.id, year: thread.programme.year }
  })
  scheduleDelivery(db)
  return result
}

/** Deletes one's own comment: its text goes, a "comment deleted" mark stays in the thread. */
export async function deleteComment(db: Db, user: SessionUser, input: DeleteCommentInput, now = new Date()) {
  const data = DeleteCommentSchema.parse(input)
  return db.$transaction(async (tx) => {
    const comment = await commentFor(tx, data.commentId)
    authorize(user, 'comment.edit', comment.thread.programme, { ownerId: comment.authorId })
    if (comment.deletedAt) return { commentId: comment.id, year: comment.thread.programme.year }
    await tx.comment.update({ where: { id: comment.id }, data: { body: '', deletedAt: now } })
    await audit(tx, user.id, 'comment.deleted', comment.thread.programme.id, { threadId: comment.threadId, commentId: comment.id, excerpt: excerpt(comment.body) })
    return { commentId: comment.id, year: comment.thread.programme.year }
  })
}

/** Resolves or reopens a thread: its author, the ISU or the President. */
export async function setThreadResolved(db: Db, user: SessionUser, input: ResolveThreadInput, now = new Date()) {
  const data = ResolveThreadSchema.parse(input)
  return db.$transaction(async (tx) => {
    const thread = await threadFor(tx, data.threadId)
    authorize(user, 'thread.resolve', thread.programme, { ownerId: thread.createdById })
    if (thread.resolved === data.resolved) return { threadId: thread.id, resolved: thread.resolved, year: thread.programme.year }
    await tx.commentThread.update({
      where: { id: thread.id },
      data: data.resolved ? { resolved: true, resolvedById: user.id, resolvedAt: now } : { resolved: false, resolvedById: null, resolvedAt: null },
    })
    await audit(tx, user.id, data.resolved ? 'thread.resolved' : 'thread.reopened', thread.programme.id, { threadId: thread.id, itemTitle: thread.item?.title ?? thread.itemTitle })
    return { threadId: thread.id, resolved: data.resolved, year: thread.programme.year }
  })
}

/**
 * For the editor, before it deletes items (or the days holding them): keeps each item's last title on
 * its threads, so that they stay readable as "item removed: <title>". Call it in the same transaction.
 */
export async function rememberItemTitles(tx: Db | Tx, itemIds: readonly string[]) {
  if (!itemIds.length) return
  const items = await tx.item.findMany({ where: { id: { in: [...itemIds] } }, select: { id: true, title: true } })
  for (const item of items) await tx.commentThread.updateMany({ where: { itemId: item.id }, data: { itemTitle: item.title } })
}

/** For the editor, when an item is renamed (optional: threads show the live title while the item exists). */
export async function onItemRenamed(tx: Db | Tx, itemId: string, title: string) {
  await tx.commentThread.updateMany({ where: { itemId }, data: { itemTitle: title } })
}
