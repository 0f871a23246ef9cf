'use server'
// The server actions of comment threads: mutations of lib/comments through the one pipeline.
import { serverAction } from '@/lib/actions'
import { createThread, deleteComment, editComment, loadEarlierComments, replyToThread, setThreadResolved } from './threads'

const notifications = { revalidate: () => ['/notifications'] }

export const startThreadAction = serverAction(createThread, notifications)
export const replyAction = serverAction(replyToThread, notifications)
export const editCommentAction = serverAction(editComment, notifications)
export const deleteCommentAction = serverAction(deleteComment)
export const resolveThreadAction = serverAction(setThreadResolved)
/** Reads a page of earlier comments (a read, through an action so that the thread can ask for it). */
export const loadEarlierCommentsAction = serverAction(loadEarlierComments)
