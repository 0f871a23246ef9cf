'use client'
// The sections of one year's programme, drawn once by its layout; the section open now is marked.
import Link from 'next/link'
import { useSelectedLayoutSegment } from 'next/navigation'
import { useT } from '@/components/i18n'

const TABS = [
  { key: 'programme', href: '' },
  { key: 'calendar', href: '/calendar' },
  { key: 'consultation', href: '/consultation' },
  { key: 'history', href: '/history' },
  { key: 'revisions', href: '/revisions' },
] as const

/** The tab of a URL segment under /meetings/[year] (the approval belongs to the programme). */
const tabOf = (segment: string | null) => TABS.find((tab) => tab.href === `/${segment}`)?.key ?? 'programme'

export function ProgrammeTabs({ year }: { year: number }) {
  const t = useT()
  const current = tabOf(useSelectedLayoutSegment())
  return (
    <nav className="tabs" aria-label={t('editor.tabs.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={`/meetings/${year}${tab.href}`} aria-current={tab.key === current ? 'page' : undefined}>
              {t(`editor.tabs.${tab.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
