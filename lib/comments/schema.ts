// The inputs of the comment actions: the forms use the same schemas as the server.
import { z } from 'zod'
import { fieldError } from '@/lib/field-errors'
import { MAX_COMMENT_LENGTH } from './text'

export const CommentTextSchema = z
  .string()
  .trim()
  .min(1, fieldError('comment'))
  .max(MAX_COMMENT_LENGTH, fieldError('commentTooLong', { maximum: MAX_COMMENT_LENGTH }))

const Id = z.string().min(1).max(64)

export const NewThreadSchema = z.object({ programmeId: Id, itemId: Id.nullable().default(null), body: CommentTextSchema })
export const ReplySchema = z.object({ threadId: Id, body: CommentTextSchema })
export const EditCommentSchema = z.object({ commentId: Id, body: CommentTextSchema })
export const DeleteCommentSchema = z.object({ commentId: Id })
export const ResolveThreadSchema = z.object({ threadId: Id, resolved: z.boolean() })
export const CommentPageSchema = z.object({ threadId: Id, before: Id.optional() })

export type NewThreadInput = z.input<typeof NewThreadSchema>
export type ReplyInput = z.input<typeof ReplySchema>
export type EditCommentInput = z.input<typeof EditCommentSchema>
export type DeleteCommentInput = z.input<typeof DeleteCommentSchema>
export type ResolveThreadInput = z.input<typeof ResolveThreadSchema>
export type CommentPageInput = z.input<typeof CommentPageSchema>
