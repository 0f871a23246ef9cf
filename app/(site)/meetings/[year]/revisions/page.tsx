import type { Metadata } from 'next'
import { forbidden, notFound } from 'next/navigation'
import { ArabicDigitsForm } from '@/components/publication/arabic-digits-form'
import { DocumentSymbolForm } from '@/components/publication/document-symbol-form'
import { digitsFor } from '@/lib/i18n/digits'
import { RevisionDiffView } from '@/components/workflow/revision-diff'
import styles from '@/components/workflow/workflow.module.css'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { db } from '@/lib/db'
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import { getLocale, getT } from '@/lib/i18n/server'
import { storedFindingInWords, type Say } from '@/lib/rules'
import { visibleProgramme } from '@/lib/meetings/visible'
import { documentSymbol } from '@/lib/publication/symbol'
import { diffRevisions } from '@/lib/revisions/diff'
import { listRevisions, revisionSnapshot } from '@/lib/revisions/queries'
import { approvedConsultation } from '@/lib/workflow/approval'
import { ConsultationSummary } from '@/components/consultation/consultation-summary'
import { ClientMessages } from '@/components/client-messages'

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ from?: string; to?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.revisions', { year: (await params).year }) }
}

const which = (v: string | undefined): number | 'current' | null => (v === 'current' ? 'current' : v && /^\d{1,3}$/.test(v) ? Number(v) : null)

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { year } = await params
  const query = await searchParams
  const user = await requireUser(`/meetings/${year}/revisions`)
  const programme = await visibleProgramme(year, user)
  if (!programme) notFound()
  if (!can(user, 'programme.viewDraft', programme)) forbidden()
  const [t, locale] = await Promise.all([getT(), getLocale()])
  const revisions = await listRevisions(db(), programme.id)
  const consultations = await Promise.all(revisions.map((r) => approvedConsultation(db(), programme.id, r.number)))
  // The current state is worth comparing while it is not itself a kept snapshot (a draft, or in consultation).
  const currentIsSnapshot = revisions.some((r) => r.number === programme.revision) && (programme.status === 'approved' || programme.status === 'published')
  const options = [
    ...revisions.map((r) => ({ value: String(r.number), label: r.symbol || t('workflow.original') })),
    ...(currentIsSnapshot ? [] : [{ value: 'current', label: t('revisions.current', { symbol: documentSymbol(programme.symbol, programme.revision).fullSymbol || t('workflow.original') }) }]),
  ]
  const last = options.at(-1)?.value
  const fromDefault = options.length >= 2 ? options.at(-2)!.value : undefined
  const from = which(query.from) ?? which(fromDefault)
  const to = which(query.to) ?? which(last)
  const [a, b] = from !== null && to !== null ? await Promise.all([revisionSnapshot(db(), programme.id, from), revisionSnapshot(db(), programme.id, to)]) : [null, null]
  const label = (v: number | 'current' | null) => options.find((o) => o.value === String(v))?.label ?? ''

  return (
    <ClientMessages namespaces={['releases', 'errors', 'i20', 'workflow']}>
      <h1>
        {t('revisions.title')} — {programme.title} {programme.year}
      </h1>
      {can(user, 'programme.setSymbol', programme) ? <DocumentSymbolForm programmeId={programme.id} version={programme.version} symbol={programme.symbol ?? ''} /> : null}
      {can(user, 'programme.setDigits', programme) ? <ArabicDigitsForm programmeId={programme.id} version={programme.version} digits={digitsFor('ar', programme.arabicDigits)} /> : null}
      {revisions.length === 0 ? (
        <p>{t('revisions.none')}</p>
      ) : (
        <table data-testid="revisions">
          <thead>
            <tr>
              <th scope="col">{t('revisions.symbol')}</th>
              <th scope="col">{t('revisions.approved')}</th>
              <th scope="col">{t('revisions.published')}</th>
              <th scope="col">{t('revisions.acknowledged')}</th>
              <th scope="col">{t('consultationLoop.revisionColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr key={r.number}>
                <th scope="row">{r.symbol || t('workflow.original')}</th>
                <td>{t('revisions.approvedBy', { name: r.approvedByName, date: formatGenevaMoment(new Date(r.approvedAt), locale, t) })}</td>
                <td>{r.publishedAt ? formatGenevaMoment(new Date(r.publishedAt), locale, t) : '—'}</td>
                <td>
                  {r.acknowledged.length ? (
                    <ul>
                      {r.acknowledged.map((w, i) => (
                        <li key={i}>{storedFindingInWords(w, t as Say, locale)}</li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <ConsultationSummary t={t} record={consultations[i] ?? null} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {options.length >= 2 && (
        <form method="get" className={styles.compare} aria-label={t('revisions.compare')}>
          <RevisionSelect name="from" label={t('revisions.from')} options={options} value={String(from)} />
          <RevisionSelect name="to" label={t('revisions.to')} options={options} value={String(to)} />
          <button type="submit" className="secondary">
            {t('revisions.compare')}
          </button>
        </form>
      )}
      {a && b && <RevisionDiffView t={t} locale={locale} diff={diffRevisions(a.snapshot, b.snapshot)} from={label(from)} to={label(to)} />}
    </ClientMessages>
  )
}

function RevisionSelect({ name, label, options, value }: { name: string; label: string; options: { value: string; label: string }[]; value: string }) {
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
