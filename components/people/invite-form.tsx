'use client'
// An administrator invites a person by e-mail, with a role for a year or a standing role.
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { useLocale } from '@/components/i18n'
import { ROLES, type Role } from '@/lib/auth/permissions'
import { LANGUAGES, LOCALES, LOCALE_TAGS, type Locale } from '@/lib/i18n/languages'
import { unArabicMonths } from '@/lib/programme/arabic-months'
import { inviteAction } from '@/lib/people/actions'
import { FieldError, Said, useActionForm } from '@/components/use-action-form'

export function InviteForm({ years, defaultYear }: { years: number[]; defaultYear: number }) {
  const { t, pending, said, fields, submit } = useActionForm()
  const router = useRouter()
  const locale = useLocale()
  const [form, setForm] = useState({ email: '', name: '', role: 'committee' as Role, year: String(defaultYear), admin: false, language: locale })
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }))
  const send = () =>
    submit(
      () => inviteAction({ ...form, year: form.year === '' ? null : Number(form.year) }),
      (data) => {
        const email = form.email
        setForm((f) => ({ ...f, email: '', name: '' }))
        router.refresh()
        return t('people.invite.sent', { email, date: unArabicMonths(new Date(data.expiresAt).toLocaleString(LOCALE_TAGS[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Zurich' })) })
      },
    )
  return (
    <form action={send} className="card" aria-labelledby="invite-title" data-testid="invite-form">
      <h2 id="invite-title">{t('people.invite.title')}</h2>
      <p className="muted">{t('people.invite.intro')}</p>
      <label htmlFor="invite-email">{t('people.invite.email')}</label>
      <input id="invite-email" type="email" value={form.email} onChange={(e) => set({ email: e.target.value })} aria-invalid={!!fields.email} aria-describedby="invite-email-error" required />
      <FieldError id="invite-email-error" text={fields.email} />
      <label htmlFor="invite-name">{t('people.invite.name')}</label>
      <input id="invite-name" value={form.name} onChange={(e) => set({ name: e.target.value })} aria-invalid={!!fields.name} aria-describedby="invite-name-error" required />
      <FieldError id="invite-name-error" text={fields.name} />
      <label htmlFor="invite-role">{t('people.invite.role')}</label>
      <select id="invite-role" value={form.role} onChange={(e) => set({ role: e.target.value as Role })}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor="invite-year">{t('people.invite.year')}</label>
      <select id="invite-year" value={form.year} onChange={(e) => set({ year: e.target.value })}>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
        <option value="">{t('people.roleStanding')}</option>
      </select>
      <label htmlFor="invite-language">{t('people.invite.language')}</label>
      <select id="invite-language" value={form.language} onChange={(e) => set({ language: e.target.value as Locale })}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGES[l].name}
          </option>
        ))}
      </select>
      <label style={{ fontWeight: 400 }}>
        <input type="checkbox" checked={form.admin} onChange={(e) => set({ admin: e.target.checked })} /> {t('people.invite.admin')}
      </label>
      <div>
        <button type="submit" disabled={pending}>
          {t('people.invite.submit')}
        </button>
      </div>
      <Said said={said} />
    </form>
  )
}
