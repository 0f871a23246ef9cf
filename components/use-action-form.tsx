'use client'
// The state of a small form: pending, the sentence of the last answer, and
// field messages (catalogue keys, said in the reader's language).
import { useState, useTransition } from 'react'
import { useT } from '@/components/i18n'
import { say } from '@/components/form-messages'
import type { ActionResult } from '@/lib/actions'

export type Said = { ok: boolean; text: string } | null

export function useActionForm() {
  const t = useT()
  const [pending, startTransition] = useTransition()
  const [said, setSaid] = useState<Said>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  /** Runs the action; on success says `success(data)` (or nothing when it returns null). */
  function submit<T>(run: () => Promise<ActionResult<T>>, success: (data: T) => string | null) {
    startTransition(async () => {
      const res = await run()
      if (res.ok) {
        setFields({})
        const text = success(res.data)
        setSaid(text ? { ok: true, text } : null)
        return
      }
      setFields(Object.fromEntries(Object.entries(res.fieldErrors ?? {}).map(([field, messages]) => [field, say(t, messages[0])])))
      setSaid({ ok: false, text: res.message })
    })
  }
  return { t, pending, said, fields, submit }
}

export function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <span id={id} className="field-error">
      {text}
    </span>
  ) : null
}

export function Said({ said }: { said: Said }) {
  if (!said) return null
  return (
    <p role={said.ok ? 'status' : 'alert'} className={said.ok ? 'muted' : 'field-error'} data-testid="form-answer">
      {said.text}
    </p>
  )
}
