'use client'
import { useMemo } from 'react'
import { findingInWords, type Say } from '@/lib/rules/in-words'
import type { Finding } from '@/lib/rules/finding'
import { useLocale, useT } from './i18n'

/** A finding of the rulebook in the page's language (lib/rules/in-words). */
export function useFindingWords(): (finding: Pick<Finding, 'rule' | 'params' | 'path'>) => string {
  const t = useT()
  const locale = useLocale()
  return useMemo(() => (finding) => findingInWords(finding, t as Say, locale), [t, locale])
}
