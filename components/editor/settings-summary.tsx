'use client'
import { useT } from '@/components/i18n'
import type { EditorProgramme } from '@/lib/meetings/editor-model'

/** What a member who may not edit reads instead of the settings form: the programme's title, venue and days. */
export function SettingsSummary({ programme, labels }: { programme: EditorProgramme; labels: Record<string, string> }) {
  const t = useT()
  return (
    <section className="card settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('editor.settings.title')}</h2>
      <dl className="facts">
        <dt>{t('editor.settings.name')}</dt>
        <dd>{programme.title}</dd>
        <dt>{t('editor.settings.venue')}</dt>
        <dd>{programme.venue}</dd>
        <dt>{t('timetable.days')}</dt>
        <dd>
          <ul>
            {programme.days.map((d) => (
              <li key={d.id}>
                {labels[d.id] ?? d.date}
                {d.thematic && ` · ${t('editor.days.thematicDay')}`}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  )
}
