// Mentions: `@handle`, the part of a member's e-mail address before the @ (lib/comments/text).
import type { Role } from '@/lib/auth/permissions'
import type { Db, Tx } from '@/lib/db'
import type { Recipient } from '@/lib/mail/notify'
import { handleOf, mentionedHandles } from './text'

/** Those who may read drafts, and so may be mentioned in a comment on one. */
const MENTIONABLE: readonly Role[] = ['president', 'isu', 'committee']

export type Mentionable = { handle: string; name: string }

export async function mentionableMembers(db: Db | Tx): Promise<Mentionable[]> {
  const users = await db.user.findMany({ where: { role: { in: [...MENTIONABLE] } }, select: { email: true, name: true }, orderBy: { name: 'asc' } })
  return users.map((u) => ({ handle: handleOf(u.email), name: u.name }))
}

/** The members a comment mentions that an earlier version of it did not (for edits), but not its author. */
export async function newlyMentioned(tx: Db | Tx, body: string, authorId: string, previousBody = ''): Promise<Recipient[]> {
  const before = new Set(mentionedHandles(previousBody))
  const handles = mentionedHandles(body).filter((h) => !before.has(h))
  if (!handles.length) return []
  const members = await tx.user.findMany({ where: { role: { in: [...MENTIONABLE] }, id: { not: authorId } }, select: { id: true, email: true, name: true } })
  return members.filter((m) => handles.includes(handleOf(m.email)))
}
