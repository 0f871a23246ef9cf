'use client'
// One comment thread: its latest comments (earlier ones load a page at a time), replies, editing and
// deleting one's own comments, resolving and reopening.
import { useState } from 'react'
import {
  deleteCommentAction,
  editCommentAction,
  loadEarlierCommentsAction,
  replyAction,
  resolveThreadAction,
} from '@/lib/comments/actions'
import { useLocale, useT } from '@/components/i18n'
import type { ActionResult } from '@/lib/actions'
import type { CommentView, ThreadView } from '@/lib/comments/queries'
import { formatGenevaShort } from '@/lib/i18n/dates'
import { CommentBody, type MemberNames } from './comment-body'
import { Composer, type Mentionable } from './composer'
import styles from './comments.module.css'

export type Viewer = {
  id: string
  /** May reply (the programme takes comments and the role may comment). */
  canComment: boolean
  /** May edit or delete own comments. */
  canEditOwn: boolean
  /** May resolve this thread (its author, the ISU, the President). */
  canResolve: boolean
}

type Props = {
  thread: ThreadView
  viewer: Viewer
  names: MemberNames
  members: readonly Mentionable[]
  /** What the thread is about, shown in its heading. */
  where: string
  /** Heading level of the thread's title inside the page. */
  level?: 3 | 4 | 5 | 6
  /** A mark for what the person has not read yet in it (their unread notifications). */
  unread?: React.ReactNode
}

const failure = (res: ActionResult<unknown>) => (res.ok ? null : res.message)

function merge(known: CommentView[], incoming: CommentView[]): CommentView[] {
  const byId = new Map(known.map((c) => [c.id, c]))
  for (const c of incoming) byId.set(c.id, c)
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

function CommentItem({ comment, viewer, names, members }: { comment: CommentView; viewer: Viewer; names: MemberNames; members: readonly Mentionable[] }) {
  const t = useT()
  const locale = useLocale()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const own = comment.authorId === viewer.id && viewer.canEditOwn && !comment.deleted
  return (
    <li className={styles.comment} id={`comment-${comment.id}`} data-testid="comment">
      <div className={styles.meta}>
        <span className={styles.author}>{comment.authorName}</span>
        <time dateTime={comment.createdAt} suppressHydrationWarning>
          {formatGenevaShort(new Date(comment.createdAt), locale)}
        </time>
        {comment.editedAt && <span>{t('comments.edited')}</span>}
      </div>
      {comment.deleted ? (
        <p className={styles.deleted}>{t('comments.deleted')}</p>
      ) : editing ? (
        <Composer
          label={t('comments.editLabel')}
          submitLabel={t('comments.save')}
          members={members}
          initial={comment.body}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            const failed = failure(await editCommentAction({ commentId: comment.id, body }))
            if (!failed) setEditing(false)
            return failed
          }}
        />
      ) : (
        <CommentBody body={comment.body} names={names} />
      )}
      {own && !editing && (
        <div className={styles.actions}>
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('comments.edit')}
          </button>
          {confirming ? (
            <>
              <span role="status">{t('comments.confirmDelete')}</span>
              <button
                type="button"
                className="link"
                onClick={async () => {
                  setError(failure(await deleteCommentAction({ commentId: comment.id })))
                  setConfirming(false)
                }}
              >
                {t('comments.yesDelete')}
              </button>
              <button type="button" className="link" onClick={() => setConfirming(false)}>
                {t('comments.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="link" onClick={() => setConfirming(true)}>
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}

export function Thread({ thread, viewer, names, members, where, level = 4, unread }: Props) {
  const t = useT()
  const [known, setKnown] = useState(thread.comments)
  const [seen, setSeen] = useState(thread.comments)
  // New props (after a reply, an edit, a resolve): keep what was loaded, take what changed.
  if (seen !== thread.comments) {
    setSeen(thread.comments)
    setKnown(merge(known, thread.comments))
  }
  const [open, setOpen] = useState(!thread.resolved)
  const [replying, setReplying] = useState(false)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const hasEarlier = thread.commentCount > known.length
  const Heading = `h${level}` as const
  const headingId = `thread-${thread.id}-title`

  const loadEarlier = async () => {
    setLoading(true)
    const res = await loadEarlierCommentsAction({ threadId: thread.id, before: known[0]?.id })
    setLoading(false)
    if (res.ok) setKnown((k) => merge(k, res.data.comments))
    else setError(res.message)
  }

  const toggleResolved = async () => setError(failure(await resolveThreadAction({ threadId: thread.id, resolved: !thread.resolved })))

  return (
    <article id={`thread-${thread.id}`} className={`${styles.thread} ${thread.resolved ? styles.resolved : ''}`} aria-labelledby={headingId} data-testid="thread">
      <header className={styles.threadHead}>
        <Heading id={headingId} className={styles.where}>
          {thread.itemRemoved ? (
            <>
              <span className={styles.removed}>{t('comments.itemRemoved')}</span> {thread.itemTitle}
            </>
          ) : (
            where
          )}
        </Heading>
        <span className={`${styles.state} ${thread.resolved ? styles.done : styles.open}`}>
          {thread.resolved ? t('comments.resolvedBy', { name: thread.resolvedByName ?? '—' }) : t('comments.open')}
        </span>
        <span className="muted">{t('comments.count', { count: thread.commentCount })}</span>
        {unread}
      </header>
      {thread.resolved && (
        <button
          type="button"
          className="link"
          aria-expanded={open}
          onClick={() => {
            // A resolved thread comes without its comments: they load when it is opened.
            if (!open && known.length === 0 && thread.commentCount > 0) void loadEarlier()
            setOpen(!open)
          }}
        >
          {open ? t('comments.hideThread') : t('comments.showThread')}
        </button>
      )}
      {open && (
        <>
          {hasEarlier && known.length > 0 && (
            <button type="button" className="link" onClick={loadEarlier} disabled={loading}>
              {t('comments.showEarlier', { count: thread.commentCount - known.length })}
            </button>
          )}
          <ol className={styles.comments} aria-label={t('comments.commentsOf', { where })}>
            {known.map((c) => (
              <CommentItem key={c.id} comment={c} viewer={viewer} names={names} members={members} />
            ))}
          </ol>
          {replying && (
            <Composer
              label={t('comments.replyLabel')}
              submitLabel={t('comments.sendReply')}
              members={members}
              autoFocus
              onCancel={() => setReplying(false)}
              onSubmit={async (body) => {
                const failed = failure(await replyAction({ threadId: thread.id, body }))
                if (!failed) setReplying(false)
                return failed
              }}
            />
          )}
        </>
      )}
      <div className={styles.actions}>
        {open && viewer.canComment && !replying && (
          <button type="button" className="secondary" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </button>
        )}
        {viewer.canResolve && (
          <button type="button" className="secondary" onClick={toggleResolved}>
            {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  )
}
