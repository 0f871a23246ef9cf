'use client'
// Starts a thread on the whole programme or on one item.
import { useState } from 'react'
import { startThreadAction } from '@/lib/comments/actions'
import { useT } from '@/components/i18n'
import { Composer, type Mentionable } from './composer'

type Props = { programmeId: string; itemId: string | null; members: readonly Mentionable[]; openLabel: string; label: string; small?: boolean }

export function NewThread({ programmeId, itemId, members, openLabel, label, small }: Props) {
  const t = useT()
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <button type="button" className={small ? 'secondary small' : 'secondary'} onClick={() => setOpen(true)} aria-expanded={false}>
        {openLabel}
      </button>
    )
  }
  return (
    <Composer
      label={label}
      submitLabel={t('comments.startThread')}
      members={members}
      autoFocus
      onCancel={() => setOpen(false)}
      onSubmit={async (body) => {
        const res = await startThreadAction({ programmeId, itemId, body })
        if (res.ok) setOpen(false)
        return res.ok ? null : res.message
      }}
    />
  )
}
