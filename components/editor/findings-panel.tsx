'use client'
import { useEffect } from 'react'
import { useFindingWords } from '@/components/finding-words'
import { useLocale, useT } from '@/components/i18n'
import type { Locale, Translate } from '@/lib/i18n'
import { markFindingsDrawn } from './drop-timing'
import { RULE_BY_ID, type Level, type RuleId } from '@/lib/rules/catalogue'
import { ruleTitleInWords, sourceInWords, type Say } from '@/lib/rules/in-words'
import type { Finding } from '@/lib/rules/finding'

const LEVELS: Level[] = ['error', 'warning', 'info']

/** The findings of the programme; `omitted` counts, per rule, those the rulebook did not write (decision 0006). */
export function FindingsPanel({ findings, omitted = {}, onShow }: { findings: Finding[]; omitted?: Partial<Record<RuleId, number>>; onShow: (path: string) => void }) {
  const t = useT()
  const locale = useLocale()
  useEffect(() => markFindingsDrawn(), [findings])
  const say = useFindingWords()
  return (
    <section className="findings card" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('editor.findings.title')}</h2>
      <p className="muted small" aria-live="polite">
        {t('editor.findings.live')}
      </p>
      {findings.length === 0 && <p className="alert ok">{t('editor.findings.none')}</p>}
      {LEVELS.map((level) => {
        const of = findings.filter((f) => f.level === level)
        const more = (Object.entries(omitted) as [RuleId, number][]).filter(([rule, count]) => count > 0 && RULE_BY_ID[rule].level === level)
        if (!of.length && !more.length) return null
        return (
          <div key={level} className={`finding-group ${level}`}>
            <h3>{t(`editor.findings.${level}`)}</h3>
            <ul>
              {of.map((f, i) => {
                const rule = RULE_BY_ID[f.rule]
                const message = say(f)
                return (
                  <li key={`${f.rule}-${f.path}-${i}`} className={`finding ${level}`} data-rule={f.rule}>
                    <p>{message}</p>
                    <div className="finding-actions">
                      <button type="button" className="link" onClick={() => onShow(f.path)} aria-label={`${t('editor.findings.show')}: ${message}`}>
                        {t('editor.findings.show')}
                      </button>
                      <details>
                        <summary>
                          {t('editor.findings.source', { source: sourceInWords(f.rule, t as Say) })} · <code>{f.rule}</code>
                        </summary>
                        <p className="small">{t(`i11rules.descriptions.${f.rule}`)}</p>
                        {rule.sourceText && <SourceQuotation text={rule.sourceText} locale={locale} t={t} />}
                      </details>
                    </div>
                  </li>
                )
              })}
              {more.map(([rule, count]) => (
                <li key={`more-${rule}`} className={`finding ${level} more`} data-testid="findings-more" data-rule-more={rule}>
                  <p>{t('timetable.andMore', { count, rule: ruleTitleInWords(rule, t as Say) })}</p>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

/**
 * The words of the source a rule rests on, quoted verbatim in the language they were adopted in
 * (the Convention's documents quoted here exist in English only): marked as English, left to right
 * inside an Arabic page, never machine-translated, and said to be the English original in the
 * reader's language. Decision XXXX.
 */
function SourceQuotation({ text, locale, t }: { text: string; locale: Locale; t: Translate }) {
  return (
    <figure className="rule-source">
      <blockquote lang="en" dir="ltr" translate="no">
        {text}
      </blockquote>
      {locale !== 'en' && <figcaption className="muted small">{t('i11rules.englishOriginal')}</figcaption>}
    </figure>
  )
}
