import Link from 'next/link'
import type { Translate } from '@/lib/i18n'

const TABS = [
  { key: 'programme', href: '' },
  { key: 'calendar', href: '/calendar' },
  { key: 'consultation', href: '/consultation' },
  { key: 'history', href: '/history' },
  { key: 'revisions', href: '/revisions' },
] as const

export type ProgrammeTab = (typeof TABS)[number]['key']

/** The sections of one year's programme, on every page of it. */
export function ProgrammeTabs({ t, year, current }: { t: Translate; year: number; current: ProgrammeTab }) {
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
