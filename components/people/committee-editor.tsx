'use client'
// The roles for the programme of one year: change or remove each, give one to a person, or copy
// the roles of the year before in one action.
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { useT } from '@/components/i18n'
import { ActionButton } from '@/components/workflow/action-button'
import { ROLES, type Role } from '@/lib/auth/permissions'
import { copyCommitteeAction, removeMembershipAction, setMembershipAction } from '@/lib/people/actions'
import type { CommitteeMember } from '@/lib/people/queries'
import { Said, useActionForm } from '@/components/use-action-form'

function RoleSelect({ id, value, onChange, label }: { id: string; value: Role; onChange: (r: Role) => void; label: string }) {
  const t = useT()
  return (
    <>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)} style={{ width: 'auto' }}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
    </>
  )
}

function MemberRow({ year, member }: { year: number; member: CommitteeMember }) {
  const { t, pending, said, submit } = useActionForm()
  const router = useRouter()
  const [role, setRole] = useState<Role>(member.role)
  return (
    <tr>
      <td>
        {member.name} {!member.active && <span className="muted">{t('people.committee.inactive')}</span>}
        <div className="muted small">{member.email}</div>
      </td>
      <td>
        <form action={() => submit(() => setMembershipAction({ userId: member.userId, year, role }), () => (router.refresh(), null))} style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap' }}>
          <RoleSelect id={`year-role-${member.userId}`} value={role} onChange={setRole} label={`${t('people.committee.role')} — ${member.name}`} />
          <button type="submit" disabled={pending}>
            {t('people.committee.save')}
          </button>
          <ActionButton action={removeMembershipAction} input={{ userId: member.userId, year }} label={t('people.committee.remove')} secondary />
        </form>
        <Said said={said} />
      </td>
    </tr>
  )
}

export function CommitteeEditor({ year, members, people }: { year: number; members: CommitteeMember[]; people: { id: string; name: string }[] }) {
  const { t, pending, said, submit } = useActionForm()
  const router = useRouter()
  const without = people.filter((p) => !members.some((m) => m.userId === p.id))
  const [userId, setUserId] = useState('')
  const [role, setRole] = useState<Role>('committee')
  return (
    <div data-testid="committee-editor">
      {members.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('people.committee.person')}</th>
              <th scope="col">{t('people.committee.role')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <MemberRow key={m.userId} year={year} member={m} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('people.committee.empty', { year })}</p>
      )}
      <form
        action={() => submit(() => setMembershipAction({ userId, year, role }), () => (setUserId(''), router.refresh(), null))}
        style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap', alignItems: 'center' }}
        aria-label={t('people.committee.add', { year })}
      >
        <label className="sr-only" htmlFor="add-member">
          {t('people.committee.person')}
        </label>
        <select id="add-member" value={userId} onChange={(e) => setUserId(e.target.value)} style={{ width: 'auto' }} required>
          <option value="">{t('people.committee.choose')}</option>
          {without.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <RoleSelect id="add-member-role" value={role} onChange={setRole} label={t('people.committee.role')} />
        <button type="submit" disabled={pending || !userId}>
          {t('people.committee.add', { year })}
        </button>
      </form>
      <Said said={said} />
      <p>
        <ActionButton action={copyCommitteeAction} input={{ year }} label={t('people.committee.copy', { year: year - 1 })} secondary testId="copy-committee" />
      </p>
    </div>
  )
}
