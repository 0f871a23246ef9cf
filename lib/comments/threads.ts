// Comment threads on the whole programme or on one item: start, reply, edit or delete one's own
// comment, resolve and reopen. Each is a mutation of the one pipeline; here are the change, its
// audit event and its notifications.
import 'server-only'
import { mutation, type MutationContext } from '@/lib/actions'
import type { Tx } from '@/lib/db'
import { NotFound, Refusal } from '@/lib/failures'
import { usersWithRoles } from '@/lib/mail/notify'
import { programmeIdOf, type ProgrammeHead } from '@/lib/programme-store'
import { threadLink } from './links'
import { newlyMentioned } from './mentions'
import { threadParticipants } from './participants'
import { commentsBefore } from './queries'
import { CommentPageSchema, DeleteCommentSchema, EditCommentSchema, NewThreadSchema, ReplySchema, ResolveThreadSchema } from './schema'
import { plainText } from './text'
import { notificationText } from '@/lib/mail/notification-words'

const excerpt = (body: string, length = 160) => {
  const text = plainText(body).replace(/\s+/g, ' ').trim()
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

type ThreadContext = { id: string; itemTitle: string | null; reply?: boolean }

/**
 * Who hears of a comment: the members it mentions; on a reply, everyone who started or wrote in the
 * thread; and the ISU and the President of every comment (the ISU reads them in its digest by default).
 * Each person once, under the most personal kind.
 */
async function notifyComment({ tx, user: author, programme, notify }: MutationContext<ProgrammeHead>, thread: ThreadContext, body: string, previousBody?: string) {
  const where = { item: thread.itemTitle, year: programme.year }
  const link = threadLink(programme.year, thread.id)
  const mentioned = await newlyMentioned(tx, body, author.id, previousBody)
  await notify(mentioned, { kind: 'mention', title: notificationText('mentionedInComment', { name: author.name, ...where }), body: excerpt(body, 500), link })
  if (previousBody !== undefined) return
  const told = new Set(mentioned.map((m) => m.id))
  const participants = (await threadParticipants(tx, thread.id, author.id)).filter((u) => !told.has(u.id))
  if (thread.reply) {
    await notify(participants, { kind: 'reply', title: notificationText('replied', { name: author.name, ...where }), body: excerpt(body, 500), link })
    for (const p of participants) told.add(p.id)
  }
  const editors = (await usersWithRoles(tx, ['isu', 'president'], author.id, programme.year)).filter((u) => !told.has(u.id))
  await notify(editors, { kind: 'comment', title: notificationText('commented', { name: author.name, ...where }), body: excerpt(body, 500), link })
}

const threadFor = (tx: Tx, threadId: string) => tx.commentThread.findUniqueOrThrow({ where: { id: threadId }, include: { item: { select: { title: true } } } })
const commentFor = (tx: Tx, commentId: string) => tx.comment.findUniqueOrThrow({ where: { id: commentId }, include: { thread: { include: { item: { select: { title: true } } } } } })

const byThread = (tx: Tx, input: { threadId: string }) => programmeIdOf.thread(tx, input.threadId).then((id) => id ?? gone('threadGone'))
const byComment = (tx: Tx, input: { commentId: string }) => programmeIdOf.comment(tx, input.commentId).then((id) => id ?? gone('commentGone'))

const commentAuthor = async (tx: Tx, input: { commentId: string }) => (await commentFor(tx, input.commentId)).authorId

function gone(reason: 'threadGone' | 'commentGone'): never {
  throw new NotFound(reason)
}

/** Starts a thread on the programme (itemId null) or on one of its items; it belongs to the round open now, if any. */
export const createThread = mutation({
  schema: NewThreadSchema,
  permission: 'comment.create',
  programme: (_tx, input) => input.programmeId,
  async run(ctx, data) {
    const { tx, user, programme, now, audit } = ctx
    let itemTitle: string | null = null
    if (data.itemId) {
      const item = await tx.item.findFirst({ where: { id: data.itemId, day: { programmeId: programme.id } }, select: { title: true } })
      if (!item) throw new NotFound('commentItemGone')
      itemTitle = item.title
    }
    // A round is closed from its deadline on, whether or not the clock has closed it yet.
    const round = await tx.consultationRound.findFirst({ where: { programmeId: programme.id, status: 'open', deadline: { gt: now } }, select: { id: true } })
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
    await audit('thread.created', { threadId: thread.id, itemId: data.itemId, itemTitle, excerpt: excerpt(data.body) })
    await notifyComment(ctx, { id: thread.id, itemTitle }, data.body)
    return { threadId: thread.id, commentId: thread.comments[0]!.id, year: programme.year }
  },
})

export const replyToThread = mutation({
  schema: ReplySchema,
  permission: 'comment.create',
  programme: byThread,
  async run(ctx, data) {
    const { tx, user, programme, audit } = ctx
    const thread = await threadFor(tx, data.threadId)
    const comment = await tx.comment.create({ data: { threadId: thread.id, authorId: user.id, body: data.body } })
    const itemTitle = thread.item?.title ?? thread.itemTitle
    await audit('comment.created', { threadId: thread.id, commentId: comment.id, itemTitle, excerpt: excerpt(data.body) })
    await notifyComment(ctx, { id: thread.id, itemTitle, reply: true }, data.body)
    return { threadId: thread.id, commentId: comment.id, year: programme.year }
  },
})

/** Changes one's own comment; members newly mentioned in it are told. */
export const editComment = mutation({
  schema: EditCommentSchema,
  permission: 'comment.edit',
  programme: byComment,
  owner: commentAuthor,
  async run(ctx, data) {
    const { tx, programme, now, audit } = ctx
    const comment = await commentFor(tx, data.commentId)
    if (comment.deletedAt) throw new Refusal('commentDeleted')
    if (comment.body === data.body) return { commentId: comment.id, year: programme.year }
    await tx.comment.update({ where: { id: comment.id }, data: { body: data.body, editedAt: now } })
    await audit('comment.edited', { threadId: comment.threadId, commentId: comment.id, before: excerpt(comment.body), after: excerpt(data.body) })
    const thread = comment.thread
    await notifyComment(ctx, { id: thread.id, itemTitle: thread.item?.title ?? thread.itemTitle }, data.body, comment.body)
    return { commentId: comment.id, year: programme.year }
  },
})

/** Deletes one's own comment: its text goes, a "comment deleted" mark stays in the thread. */
export const deleteComment = mutation({
  schema: DeleteCommentSchema,
  permission: 'comment.edit',
  programme: byComment,
  owner: commentAuthor,
  async run({ tx, programme, now, audit }, data) {
    const comment = await commentFor(tx, data.commentId)
    if (comment.deletedAt) return { commentId: comment.id, year: programme.year }
    await tx.comment.update({ where: { id: comment.id }, data: { body: '', deletedAt: now } })
    await audit('comment.deleted', { threadId: comment.threadId, commentId: comment.id, excerpt: excerpt(comment.body) })
    return { commentId: comment.id, year: programme.year }
  },
})

/** Resolves or reopens a thread: its author, the ISU or the President. */
export const setThreadResolved = mutation({
  schema: ResolveThreadSchema,
  permission: 'thread.resolve',
  programme: byThread,
  owner: async (tx, input) => (await threadFor(tx, input.threadId)).createdById,
  async run({ tx, user, programme, now, audit, notify }, data) {
    const thread = await threadFor(tx, data.threadId)
    if (thread.resolved === data.resolved) return { threadId: thread.id, resolved: thread.resolved, year: programme.year }
    await tx.commentThread.update({
      where: { id: thread.id },
      data: data.resolved ? { resolved: true, resolvedById: user.id, resolvedAt: now } : { resolved: false, resolvedById: null, resolvedAt: null },
    })
    const itemTitle = thread.item?.title ?? thread.itemTitle
    await audit(data.resolved ? 'thread.resolved' : 'thread.reopened', { threadId: thread.id, itemTitle })
    await notify(await threadParticipants(tx, thread.id, user.id), {
      kind: 'thread.resolved',
      title: notificationText(data.resolved ? 'resolved' : 'reopened', { name: user.name, item: itemTitle, year: programme.year }),
      body: '',
      link: threadLink(programme.year, thread.id),
    })
    return { threadId: thread.id, resolved: data.resolved, year: programme.year }
  },
})

/** A page of a thread's earlier comments, for a reader of the programme's drafts. */
export const loadEarlierComments = mutation({
  schema: CommentPageSchema,
  permission: 'programme.viewDraft',
  programme: byThread,
  lock: false,
  run: ({ tx }, input) => commentsBefore(tx, input.threadId, input.before),
})
