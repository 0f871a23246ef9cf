'use client'
import { useState, useTransition } from 'react'
import { useT } from '@/components/i18n'
import { ROLES, type Role } from '@/lib/auth/permissions'
import type { SessionUser } from '@/lib/auth/user'
import { changeRoleAction } from '@/lib/users/actions'

export function RoleForm({ user }: { user: SessionUser }) {
  const t = useT()
  const [role, setRole] = useState<Role>(user.role)
  const [admin, setAdmin] = useState(user.admin)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const save = () =>
    startTransition(async () => {
      const res = await changeRoleAction({ userId: user.id, role, admin })
      setMessage(res.ok ? { ok: true, text: t('admin.saved', { name: user.name, role: t(`roles.${role}`) }) } : { ok: false, text: res.message })
    })
  return (
    <form action={save} className="role-form" style={{ display: 'flex', gap: '.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        {t('admin.role')} — {user.name}
      </label>
      <select id={`role-${user.id}`} value={role} onChange={(e) => setRole(e.target.value as Role)} style={{ width: 'auto' }}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <label style={{ margin: 0, fontWeight: 400 }}>
        <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} /> {t('admin.admin')}
      </label>
      <button type="submit" disabled={pending}>
        {t('admin.save')}
      </button>
      {message && (
        <span role="status" className={message.ok ? '' : 'field-error'}>
          {message.text}
        </span>
      )}
    </form>
  )
}
