// Who took part in a thread: the person who started it and everyone who wrote in it. They hear of
// its replies, and of its being resolved or reopened.
import type { Db, Tx } from '@/lib/db'
import type { Recipient } from '@/lib/mail/notify'

/** The people of a thread (its starter and its authors), but `except` (the person acting). */
export async function threadParticipants(tx: Db | Tx, threadId: string, except?: string | null): Promise<Recipient[]> {
  const thread = await tx.commentThread.findUnique({ where: { id: threadId }, select: { createdById: true, comments: { select: { authorId: true } } } })
  if (!thread) return []
  const ids = [...new Set([thread.createdById, ...thread.comments.map((c) => c.authorId)])].filter((id) => id !== except)
  return tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, name: true }, orderBy: { name: 'asc' } })
}
