'use client'
import { useState } from 'react'
import { ItemCommentsLink, type ThreadCount } from '@/components/comments/item-comments-link'
import { useT } from '@/components/i18n'
import type { EditorDay, EditorItem } from '@/lib/meetings/editor-model'
import { TextsMarker } from './texts-marker'
import { COMMITTEE_IDS, speakerNames, type CommitteeId } from '@/lib/programme'

export type MoveRequest = { item: EditorItem; direction: 'up' | 'down' } | { item: EditorItem; toDayId: string; toIndex: number }

type Props = {
  day: EditorDay
  dayLabel: string
  days: { id: string; label: string }[]
  canEdit: boolean
  highlighted: string | null
  busy: boolean
  year: number
  commentCounts?: Record<string, ThreadCount>
  onEdit: (item: EditorItem) => void
  onAdd: () => void
  onDelete: (item: EditorItem) => void
  onMove: (request: MoveRequest) => void
}

/** The items of one day as an ordered list: edit, delete, and reorder by keyboard or by dragging. */
export function DayList({ day, dayLabel, days, year, canEdit, highlighted, busy, commentCounts, onEdit, onAdd, onDelete, onMove }: Props) {
  const t = useT()
  const [dragOver, setDragOver] = useState<number | null>(null)
  const drop = (index: number) => (e: React.DragEvent) => {
    e.preventDefault()
    setDragOver(null)
    const data = e.dataTransfer.getData('application/x-planner-item')
    if (!data) return
    const { item } = JSON.parse(data) as { item: EditorItem }
    onMove({ item, toDayId: day.id, toIndex: index })
  }
  const laneIndex = (item: EditorItem) => {
    const informal = (i: EditorItem) => i.segment === 'break' || i.segment === 'side-event'
    return day.items.filter((i) => informal(i) === informal(item)).findIndex((i) => i.id === item.id)
  }

  return (
    <section id={`day-${day.id}`} className={`day card${highlighted === day.id ? ' highlighted' : ''}`} aria-labelledby={`day-title-${day.id}`}>
      <h2 id={`day-title-${day.id}`}>
        {dayLabel}
        {day.thematic && <span className="badge thematic">{t('editor.days.thematicDay')}</span>}
      </h2>
      {day.items.length === 0 && <p className="muted">{t('editor.days.empty')}</p>}
      <ol className="item-list" onDragOver={(e) => canEdit && e.preventDefault()} onDrop={canEdit ? drop(day.items.length) : undefined}>
        {day.items.map((item, index) => (
          <li
            key={item.id}
            id={`item-${item.id}`}
            className={`item-row ${item.segment}${highlighted === item.id ? ' highlighted' : ''}${dragOver === index ? ' drag-over' : ''}`}
            draggable={canEdit && !busy}
            onDragStart={(e) => {
              e.dataTransfer.setData('application/x-planner-item', JSON.stringify({ item }))
              e.dataTransfer.effectAllowed = 'move'
            }}
            onDragOver={(e) => {
              if (!canEdit) return
              e.preventDefault()
              setDragOver(index)
            }}
            onDragLeave={() => setDragOver(null)}
            onDrop={canEdit ? (e) => (e.stopPropagation(), drop(laneIndex(item))(e)) : undefined}
            tabIndex={-1}
            onKeyDown={(e) => {
              if (!canEdit || !e.altKey || busy) return
              if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                e.preventDefault()
                onMove({ item, direction: e.key === 'ArrowUp' ? 'up' : 'down' })
              }
            }}
          >
            <span className="item-time">
              {item.start}–{item.end}
            </span>
            <div className="item-body">
              <strong className="item-title">{item.title}</strong>
              <span className="item-meta">
                {t(`publication.segments.${item.segment}`)}
                {item.committee && ` · ${(COMMITTEE_IDS as readonly string[]).includes(item.committee) ? t(`meetingTime.rows.committee.${item.committee as CommitteeId}`) : item.committee}`}
                {item.speakers.length > 0 && ` · ${speakerNames(item.speakers).join(', ')}`} <TextsMarker item={item} />
              </span>
              {item.description && <span className="item-description">{item.description}</span>}
              {item.subItems && item.subItems.length > 0 && (
                <ol className="sub-items" type="a">
                  {item.subItems.map((s, i) => (
                    <li key={i}>{s.title}</li>
                  ))}
                </ol>
              )}
            </div>
            <div className="item-actions">
              <ItemCommentsLink year={year} itemId={item.id} count={commentCounts?.[item.id]} />
              {canEdit && (
                <>
                  <button type="button" className="secondary small" onClick={() => onEdit(item)} aria-label={t('editor.item.editLabel', { title: item.title })}>
                    {t('editor.item.edit')}
                  </button>
                  <button type="button" className="secondary small" disabled={busy} onClick={() => onMove({ item, direction: 'up' })} aria-label={t('editor.item.upLabel', { title: item.title })}>
                    ↑ {t('editor.item.up')}
                  </button>
                  <button type="button" className="secondary small" disabled={busy} onClick={() => onMove({ item, direction: 'down' })} aria-label={t('editor.item.downLabel', { title: item.title })}>
                    ↓ {t('editor.item.down')}
                  </button>
                  {days.length > 1 && (
                    <select
                      aria-label={t('editor.item.moveTo', { title: item.title })}
                      value=""
                      disabled={busy}
                      onChange={(e) => e.target.value && onMove({ item, toDayId: e.target.value, toIndex: 999 })}
                      className="small"
                    >
                      <option value="">{t('editor.item.moveToDay')}</option>
                      {days
                        .filter((d) => d.id !== day.id)
                        .map((d) => (
                          <option key={d.id} value={d.id}>
                            {d.label}
                          </option>
                        ))}
                    </select>
                  )}
                  <button type="button" className="danger small" disabled={busy} onClick={() => onDelete(item)} aria-label={`${t('editor.item.delete')} “${item.title}”`}>
                    {t('editor.item.delete')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
      {canEdit && (
        <button type="button" className="secondary" onClick={onAdd}>
          + {t('editor.days.add', { date: dayLabel })}
        </button>
      )}
    </section>
  )
}
