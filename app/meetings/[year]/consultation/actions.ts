'use server'
// The thin server actions of the consultation page: each signs the user in and parses (defineAction),
// then calls lib/comments or lib/consultation, which ask the policy.
import { revalidatePath } from 'next/cache'
import { defineAction, NotFound } from '@/lib/actions'
import { authorize } from '@/lib/auth/policy'
import { commentsBefore, threadProgramme } from '@/lib/comments/queries'
import { CommentPageSchema, DeleteCommentSchema, EditCommentSchema, NewThreadSchema, ReplySchema, ResolveThreadSchema } from '@/lib/comments/schema'
import { createThread, deleteComment, editComment, replyToThread, setThreadResolved } from '@/lib/comments/threads'
import { closeRound, openRound, respondToRound } from '@/lib/consultation/rounds'
import { CloseRoundSchema, OpenRoundSchema, RespondSchema } from '@/lib/consultation/schema'
import { db } from '@/lib/db'

const refresh = <T extends { year: number }>(result: T) => {
  revalidatePath(`/meetings/${result.year}`, 'layout')
  revalidatePath('/notifications')
  return result
}

export const startThreadAction = defineAction(NewThreadSchema, async (user, input) => refresh(await createThread(db(), user, input)))
export const replyAction = defineAction(ReplySchema, async (user, input) => refresh(await replyToThread(db(), user, input)))
export const editCommentAction = defineAction(EditCommentSchema, async (user, input) => refresh(await editComment(db(), user, input)))
export const deleteCommentAction = defineAction(DeleteCommentSchema, async (user, input) => refresh(await deleteComment(db(), user, input)))
export const resolveThreadAction = defineAction(ResolveThreadSchema, async (user, input) => refresh(await setThreadResolved(db(), user, input)))

/** Reads a page of earlier comments (a read, but through an action so the thread can ask for it). */
export const loadEarlierCommentsAction = defineAction(CommentPageSchema, async (user, input) => {
  const programme = await threadProgramme(db(), input.threadId)
  if (!programme) throw new NotFound('This thread no longer exists.')
  authorize(user, 'programme.viewDraft')
  return commentsBefore(db(), input.threadId, input.before)
})

export const openRoundAction = defineAction(OpenRoundSchema, async (user, input) => refresh(await openRound(db(), user, input)))
export const respondAction = defineAction(RespondSchema, async (user, input) => refresh(await respondToRound(db(), user, input)))
export const closeRoundAction = defineAction(CloseRoundSchema, async (user, input) => refresh(await closeRound(db(), user, input)))
