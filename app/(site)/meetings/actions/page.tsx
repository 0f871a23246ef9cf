import type { Metadata } from 'next'
import { forbidden } from 'next/navigation'
import { can } from '@/lib/auth/policy'
import { requireUser } from '@/lib/auth/session'
import { actionPlansView } from '@/lib/action-plan/queries'
import { db } from '@/lib/db'
import { getT } from '@/lib/i18n/server'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())('i11server.titles.actionPlan') }
}

// Which actions of the Action Plan each year's programme addresses, and which none has so far.
export default async function ActionPlanPage() {
  const user = await requireUser('/meetings/actions')
  if (!can(user, 'programme.viewDraft')) forbidden()
  const [t, views] = await Promise.all([getT(), actionPlansView(db())])
  return (
    <>
      <h1>{t('actionPlan.title')}</h1>
      <p className="muted">{t('actionPlan.intro')}</p>
      {views.map(({ plan, years, coverage }) => {
        const never = coverage.filter((c) => c.years.length === 0).map((c) => c.number)
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`} data-testid={`plan-${plan.id}`}>
            <h2 id={`plan-${plan.id}`}>{t('actionPlan.plan', { name: plan.name, from: plan.from, to: plan.to })}</h2>
            {years.length === 0 ? (
              <p className="muted">{t('actionPlan.noYears')}</p>
            ) : (
              <>
                <p data-testid="never-addressed">
                  {never.length ? t('actionPlan.never', { actions: never.join(', ') }) : t('actionPlan.allAddressed')}
                </p>
                <div className="table-scroll">
                  <table>
                    <caption className="sr-only">{t('actionPlan.caption', { name: plan.name })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('actionPlan.action')}</th>
                        <th scope="col">{t('actionPlan.section')}</th>
                        {years.map((year) => (
                          <th key={year} scope="col">
                            {year}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {coverage.map((c) => (
                        <tr key={c.number} data-action={c.number}>
                          <th scope="row">{t('actionPlan.number', { number: c.number })}</th>
                          <td>{c.section ?? '–'}</td>
                          {years.map((year) => (
                            <td key={year}>{c.years.includes(year) ? t('actionPlan.addressed') : '–'}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        )
      })}
      <p className="muted small">{t('actionPlan.sources')}</p>
    </>
  )
}
