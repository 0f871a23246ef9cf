'use client'
// A comment box: plain text with a little formatting, `@` to mention a member (suggestions as you type).
import { useId, useRef, useState } from 'react'
import { say } from '@/components/form-messages'
import { useT } from '@/components/i18n'
import { CommentTextSchema } from '@/lib/comments/schema'
import styles from './comments.module.css'

export type Mentionable = { handle: string; name: string }

type Props = {
  label: string
  submitLabel: string
  members: readonly Mentionable[]
  initial?: string
  /** Returns an error message to show, or null when it was saved (the box then empties). */
  onSubmit: (body: string) => Promise<string | null>
  onCancel?: () => void
  autoFocus?: boolean
  testId?: string
}

/** The word being typed at the caret, when it starts with @. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|[\s(])@([\p{L}\p{N}._-]*)$/u.exec(text.slice(0, caret))
  return m ? { start: caret - m[2]!.length - 1, query: m[2]!.toLowerCase() } : null
}

export function Composer({ label, submitLabel, members, initial = '', onSubmit, onCancel, autoFocus, testId }: Props) {
  const t = useT()
  const id = useId()
  const box = useRef<HTMLTextAreaElement>(null)
  const [body, setBody] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null)

  const suggestions = mention ? members.filter((m) => m.handle.startsWith(mention.query) || m.name.toLowerCase().includes(mention.query)).slice(0, 6) : []

  const track = (text: string, caret: number) => setMention(mentionAt(text, caret))

  const pick = (member: Mentionable) => {
    if (!mention || !box.current) return
    const caret = box.current.selectionStart
    const next = `${body.slice(0, mention.start)}@${member.handle} ${body.slice(caret)}`
    setBody(next)
    setMention(null)
    const at = mention.start + member.handle.length + 2
    requestAnimationFrame(() => {
      box.current?.focus()
      box.current?.setSelectionRange(at, at)
    })
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const checked = CommentTextSchema.safeParse(body)
    if (!checked.success) {
      setError(say(t, checked.error.issues[0]?.message) || t('errors.validation'))
      box.current?.focus()
      return
    }
    setPending(true)
    const failed = await onSubmit(checked.data)
    setPending(false)
    setError(failed)
    if (!failed && !initial) setBody('')
  }

  return (
    <form className={styles.composer} onSubmit={submit} data-testid={testId} noValidate>
      <label htmlFor={`${id}-body`}>{label}</label>
      <textarea
        id={`${id}-body`}
        ref={box}
        value={body}
        autoFocus={autoFocus}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setBody(e.target.value)
          track(e.target.value, e.target.selectionStart)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && mention) {
            e.preventDefault()
            setMention(null)
          }
        }}
        onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
      />
      {suggestions.length > 0 && (
        <ul className={styles.suggestions} aria-label={t('comments.mentionSuggestions')}>
          {suggestions.map((m) => (
            <li key={m.handle}>
              <button type="button" onClick={() => pick(m)}>
                {m.name} <span className="muted">@{m.handle}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className={styles.hint}>
        {t('comments.formattingHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
