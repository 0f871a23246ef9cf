'use client'
// The States Parties and signatories with their obligations; the ISU corrects one at a time in the
// form below the table (a State's status, its Article 5 deadline and extension request, Article 4,
// survivors). A change names the version it started from.
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { useLocale, useT } from '@/components/i18n'
import { saveStateAction } from '@/lib/states/actions'
import type { StateFacts, StateStatus } from '@/lib/states/list'
import { stateName } from '@/lib/states/names'

type Props = { facts: StateFacts[]; canEdit: boolean }

export function StatesTable({ facts, canEdit }: Props) {
  const t = useT()
  const locale = useLocale()
  const router = useRouter()
  const [editing, setEditing] = useState<StateFacts | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, startTransition] = useTransition()
  const yesNo = (value: boolean) => (value ? t('states.page.yes') : t('states.page.no'))
  const rows = facts.map((f) => ({ ...f, name: stateName(f.iso, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))

  const save = (form: FormData) => {
    if (!editing) return
    const status = String(form.get('status') ?? '')
    startTransition(async () => {
      const res = await saveStateAction({
        iso: editing.iso,
        status: status === '' ? null : (status as StateStatus),
        article5Deadline: String(form.get('article5Deadline') ?? ''),
        extensionPending: form.get('extensionPending') === 'on',
        article4UnderWay: form.get('article4UnderWay') === 'on',
        significantSurvivors: form.get('significantSurvivors') === 'on',
        version: editing.version,
      })
      if (res.ok) {
        setNotice({ ok: true, text: t('states.page.saved', { state: stateName(editing.iso, locale) }) })
        setEditing(null)
        router.refresh()
      } else setNotice({ ok: false, text: res.error === 'conflict' ? t('errors.conflict') : res.message })
    })
  }

  return (
    <>
      {notice && (
        <p className={notice.ok ? 'alert ok' : 'alert'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {editing && (
        <form
          className="card"
          aria-labelledby="state-form-title"
          onSubmit={(event) => {
            event.preventDefault()
            save(new FormData(event.currentTarget))
          }}
        >
          <h2 id="state-form-title">{stateName(editing.iso, locale)}</h2>
          <label>
            {t('states.page.status')}
            <select name="status" defaultValue={editing.version === null ? '' : editing.status}>
              <option value="">{t('states.page.asShipped')}</option>
              {(['state-party', 'signatory', 'not-party'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`states.page.statuses.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('states.page.article5')}
            <input name="article5Deadline" type="date" defaultValue={editing.article5Deadline ?? ''} />
          </label>
          <label>
            <input name="extensionPending" type="checkbox" defaultChecked={editing.extensionPending} /> {t('states.page.extension')}
          </label>
          <label>
            <input name="article4UnderWay" type="checkbox" defaultChecked={editing.article4UnderWay} /> {t('states.page.article4')}
          </label>
          <label>
            <input name="significantSurvivors" type="checkbox" defaultChecked={editing.significantSurvivors} /> {t('states.page.survivors')}
          </label>
          <div className="button-row">
            <button type="submit" disabled={busy}>
              {t('states.page.save')}
            </button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              {t('states.page.cancel')}
            </button>
          </div>
        </form>
      )}
      <div className="table-scroll">
        <table data-testid="states-table">
          <caption className="sr-only">{t('states.page.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('states.page.state')}</th>
              <th scope="col">{t('states.page.code')}</th>
              <th scope="col">{t('states.page.status')}</th>
              <th scope="col">{t('states.page.article5')}</th>
              <th scope="col">{t('states.page.extension')}</th>
              <th scope="col">{t('states.page.article4')}</th>
              <th scope="col">{t('states.page.survivors')}</th>
              {canEdit && <td />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.iso} data-iso={row.iso}>
                <th scope="row">{row.name}</th>
                <td>{row.iso}</td>
                <td>{t(`states.page.statuses.${row.status}`)}</td>
                <td>{row.article5Deadline ?? '–'}</td>
                <td>{yesNo(row.extensionPending)}</td>
                <td>{yesNo(row.article4UnderWay)}</td>
                <td>{yesNo(row.significantSurvivors)}</td>
                {canEdit && (
                  <td>
                    <button type="button" className="link" onClick={() => setEditing(row)} aria-label={`${t('states.page.edit')}: ${row.name}`}>
                      {t('states.page.edit')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
