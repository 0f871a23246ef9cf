import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'
import { listUsers } from '@/lib/users'
import { RoleForm } from '@/components/users/role-form'

export const metadata: Metadata = { title: 'Users' }

export default async function UsersPage() {
  const user = await requireUser('/admin/users')
  if (!can(user, 'users.manage')) forbidden()
  const t = await getT()
  const users = await listUsers(db())
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <p className="muted">{t('admin.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.name')}</th>
            <th scope="col">{t('admin.email')}</th>
            <th scope="col">{t('admin.role')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <RoleForm user={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('admin.createHint')}</p>
    </>
  )
}
