import type { Metadata } from 'next'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { forbidden } from 'next/navigation'
import { ActionButton } from '@/components/workflow/action-button'
import { CommitteeEditor } from '@/components/people/committee-editor'
import { InviteForm } from '@/components/people/invite-form'
import { RoleForm } from '@/components/users/role-form'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import type { Translate } from '@/lib/i18n'
import { getLocale, getT } from '@/lib/i18n/server'
import { resendInvitationAction, revokeInvitationAction, setActiveAction } from '@/lib/people/actions'
import { committeeOf, listPeople, pendingInvitations, rightsHistory, type RightsEvent } from '@/lib/people/queries'
import { ClientMessages } from '@/components/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.users') }
}

type RightsWord = RightsEvent['action'] extends `${string}.${infer W}` ? W : never

const ROLE_IDS = ['president', 'isu', 'committee', 'observer'] as const

/** The sentence of a change of rights, in the reader's language. */
function describe(t: Translate, e: RightsEvent): string {
  const d = e.detail
  const role = typeof d.role === 'string' && (ROLE_IDS as readonly string[]).includes(d.role) ? t(`roles.${d.role as (typeof ROLE_IDS)[number]}`) : ''
  const params: Record<string, string | number> = {
    email: String(d.email ?? ''),
    name: String(d.name ?? d.email ?? ''),
    role,
    year: typeof d.year === 'number' ? d.year : t('people.audit.everyYear'),
    from: typeof d.from === 'number' ? d.from : '',
    copied: typeof d.copied === 'number' ? d.copied : 0,
    admin: d.admin === true ? t('people.audit.adminSuffix') : '',
  }
  return t(`people.audit.${e.action.split('.')[1] as RightsWord}`, params)
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const user = await requireUser('/admin/users')
  if (!can(user, 'users.manage')) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const thisYear = new Date().getFullYear()
  const asked = Number((await searchParams).year)
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear
  const [people, invitations, committee, history] = await Promise.all([listPeople(db()), pendingInvitations(db()), committeeOf(db(), year), rightsHistory(db())])
  const when = (iso: string) => formatGenevaMoment(new Date(iso), locale, t)
  const mayInvite = can(user, 'people.invite')
  const mayManage = can(user, 'people.manage')
  return (
    <ClientMessages namespaces={['admin', 'comments', 'consultation', 'errors', 'people', 'roles', 'workflow']}>
      <h1>{t('admin.title')}</h1>
      <p className="muted">{t('admin.intro')}</p>
      <div className="table-scroll">
        <table data-testid="people" className="people-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('people.list.standingRole')}</th>
              <th scope="col">{t('people.list.yearRoles')}</th>
              <th scope="col">{t('people.list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} data-person={p.email}>
                <td>{p.name}</td>
                <td>{p.email}</td>
                <td>
                  <RoleForm user={{ id: p.id, email: p.email, name: p.name, role: p.role, admin: p.admin }} />
                </td>
                <td className="small">{p.years.map((y) => `${y.year}: ${t(`roles.${y.role}`)}`).join(' · ')}</td>
                <td>
                  {p.active ? t('people.list.active') : <strong>{t('people.list.deactivated')}</strong>}{' '}
                  {mayManage && p.id !== user.id && (
                    <ActionButton
                      action={setActiveAction}
                      input={{ userId: p.id, active: !p.active }}
                      label={p.active ? t('people.list.deactivate') : t('people.list.reactivate')}
                      confirm={p.active ? t('people.list.deactivateConfirm', { name: p.name }) : undefined}
                      secondary
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {mayManage && (
        <section aria-labelledby="committee-title">
          <h2 id="committee-title">{t('people.committee.title', { year })}</h2>
          <p className="muted">{t('people.committee.intro')}</p>
          <form method="get" style={{ display: 'flex', gap: '.5rem', alignItems: 'center' }}>
            <label htmlFor="committee-year">{t('people.committee.year')}</label>
            <input id="committee-year" name="year" type="number" min={2000} max={2100} defaultValue={year} style={{ width: '7rem' }} />
            <button type="submit" className="secondary">
              {t('people.committee.show')}
            </button>
          </form>
          <CommitteeEditor year={year} members={committee} people={people.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name }))} />
        </section>
      )}

      {mayInvite && (
        <>
          <InviteForm years={[...new Set([year, thisYear - 1, thisYear, thisYear + 1, thisYear + 2])].sort()} defaultYear={year} />
          <section aria-labelledby="pending-title">
            <h2 id="pending-title">{t('people.pending.title')}</h2>
            {invitations.length ? (
              <div className="table-scroll">
                <table data-testid="pending-invitations">
                  <thead>
                    <tr>
                      <th scope="col">{t('people.pending.person')}</th>
                      <th scope="col">{t('people.pending.role')}</th>
                      <th scope="col">{t('people.pending.expires')}</th>
                      <th scope="col">{t('people.pending.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {invitations.map((i) => (
                      <tr key={i.id} data-invitation={i.email}>
                        <td>
                          {i.name}
                          <div className="muted small">{i.email}</div>
                        </td>
                        <td>
                          {t(`roles.${i.role}`)} ({i.year ?? t('people.roleStanding')})
                        </td>
                        <td>{i.expired ? <strong>{t('people.pending.expired')}</strong> : when(i.expiresAt)}</td>
                        <td>
                          <ActionButton action={resendInvitationAction} input={{ invitationId: i.id }} label={t('people.pending.resend')} secondary />{' '}
                          <ActionButton action={revokeInvitationAction} input={{ invitationId: i.id }} label={t('people.pending.revoke')} confirm={t('people.pending.revokeConfirm', { email: i.email })} secondary />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="muted">{t('people.pending.empty')}</p>
            )}
          </section>
        </>
      )}

      <section aria-labelledby="rights-title">
        <h2 id="rights-title">{t('people.audit.title')}</h2>
        {history.length ? (
          <div className="table-scroll">
            <table data-testid="rights-history">
              <thead>
                <tr>
                  <th scope="col">{t('people.audit.when')}</th>
                  <th scope="col">{t('people.audit.who')}</th>
                  <th scope="col">{t('people.audit.what')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((e) => (
                  <tr key={e.id}>
                    <td>{when(e.at)}</td>
                    <td>{e.by ?? t('people.audit.system')}</td>
                    <td>{describe(t, e)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">{t('people.audit.empty')}</p>
        )}
      </section>
    </ClientMessages>
  )
}
