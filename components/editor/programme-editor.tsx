'use client'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useState, useTransition } from 'react'
import { deleteItemAction, moveItemAction } from '@/lib/meetings/actions'
import type { ThreadCount } from '@/components/comments/item-comments-link'
import { useT } from '@/components/i18n'
import { documentOf, itemExtrasOf, targetOfPath, type EditorDay, type EditorItem, type EditorProgramme } from '@/lib/meetings/editor-model'
import { speakersOf, type ItemFields, type SettingsFields } from '@/lib/meetings/schema'
import { inTimeOrder } from '@/lib/meetings/timing'
import { countMeetingTime, formatDate, formatTime, isIsoDate, parseTime, speakersFromNames, type MeetingTime } from '@/lib/programme'
import { checkProgramme } from '@/lib/rules'
import { DayList, type MoveRequest } from './day-list'
import { FindingsPanel } from './findings-panel'
import { FormatPanel } from './format-panel'
import { PresidencyPanel, type PresidencyProps } from './presidency-panel'
import { InvitationsPanel } from './invitations-panel'
import type { StateFacts } from '@/lib/states/list'
import { TimeSummary } from '@/components/meeting-time/time-summary'
import { ItemForm } from './item-form'
import { SettingsForm } from './settings-form'
import { TimeGrid } from './time-grid'
import { useUnsavedChanges } from './use-unsaved-changes'

type Editing = { day: EditorDay; item: EditorItem | null }
type ItemDraft = { dayId: string; itemId: string | null; fields: ItemFields }

/** The programme with what is being typed, so that the findings follow the user's hands. */
function withDrafts(p: EditorProgramme, settings: SettingsFields | null, item: ItemDraft | null): EditorProgramme {
  let days = p.days
  if (settings) {
    days = (settings.days ?? [])
      .filter((d) => d && isIsoDate(d.date))
      .map((d, i) => ({ ...(p.days.find((x) => x.id === d.id) ?? { id: `new-${i}`, chair: null, room: null, items: [] }), date: d.date, thematic: !!d.thematic }))
  }
  if (item) {
    const f = item.fields
    // What the form does not edit (speakers' kinds, invitations, actions, sub-items, translations) stays as it was.
    const previous = p.days.find((d) => d.id === item.dayId)?.items.find((i) => i.id === item.itemId)
    const drafted: EditorItem = {
      ...itemExtrasOf(previous),
      id: item.itemId ?? 'new-item',
      version: 0,
      start: f.start ?? '',
      end: f.end ?? '',
      title: f.title ?? '',
      description: f.description || null,
      segment: f.segment ?? 'general',
      committee: f.committee || null,
      objectives: f.objectives ?? [],
      speakers: speakersFromNames(speakersOf(f.speakers ?? ''), previous?.speakers),
    }
    days = days.map((d) => (d.id === item.dayId ? { ...d, items: [...d.items.filter((i) => i.id !== drafted.id), drafted] } : d))
  }
  return {
    ...p,
    ...(settings ? { title: settings.title ?? '', venue: settings.venue ?? '' } : {}),
    days: [...days].sort((a, b) => a.date.localeCompare(b.date)).map((d) => ({ ...d, items: inTimeOrder(d.items) })),
  }
}

type Props = {
  programme: EditorProgramme
  canEdit: boolean
  canDecide: boolean
  canPropose: boolean
  closedRounds: { id: string; label: string }[]
  today: string
  commentCounts?: Record<string, ThreadCount>
  /** Time, counted, of the programme of the year before, to compare with. */
  previousTime?: MeetingTime | null
  /** The year's Presidency and its President, and whether this person may enter the President. */
  presidency?: PresidencyProps
  canEditPresidency?: boolean
  /** The States Parties and their obligations, for the invitations' suggestions. */
  stateFacts?: StateFacts[]
  children?: React.ReactNode
}

export function ProgrammeEditor({ programme, canEdit, canDecide, canPropose, closedRounds, today, commentCounts, previousTime = null, presidency, canEditPresidency = false, stateFacts, children }: Props) {
  const t = useT()
  const router = useRouter()
  const [editing, setEditing] = useState<Editing | null>(null)
  const [itemDraft, setItemDraft] = useState<ItemDraft | null>(null)
  const [settingsDraft, setSettingsDraft] = useState<SettingsFields | null>(null)
  const [itemDirty, setItemDirty] = useState(false)
  const [settingsDirty, setSettingsDirty] = useState(false)
  const [view, setView] = useState<'list' | 'grid'>('list')
  const [highlighted, setHighlighted] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [formatMessage, setFormatMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [focusAfter, setFocusAfter] = useState<string | null>(null)
  const [busy, startTransition] = useTransition()
  useUnsavedChanges(itemDirty || settingsDirty, t('editor.unsaved'))

  const draft = useMemo(() => withDrafts(programme, settingsDirty ? settingsDraft : null, editing ? itemDraft : null), [programme, settingsDraft, settingsDirty, itemDraft, editing])
  const draftDocument = useMemo(() => documentOf(draft), [draft])
  const findings = useMemo(() => checkProgramme(draftDocument), [draftDocument])
  const time = useMemo(() => countMeetingTime(draftDocument), [draftDocument])
  const labels = useMemo(() => Object.fromEntries(programme.days.map((d) => [d.id, formatDate(d.date)])), [programme.days])

  // After a move the list is re-rendered from the server: keep the keyboard on the moved item.
  useEffect(() => {
    if (!focusAfter) return
    document.getElementById(`item-${focusAfter}`)?.focus()
  }, [programme, focusAfter])

  const onItemValues = useCallback((fields: ItemFields) => setItemDraft((d) => (d ? { ...d, fields } : d)), [])
  const onSettingsValues = useCallback((values: SettingsFields) => setSettingsDraft(values), [])

  const open = (day: EditorDay, item: EditorItem | null) => {
    setEditing({ day, item })
    setItemDraft({ dayId: day.id, itemId: item?.id ?? null, fields: {} as ItemFields })
  }
  const close = () => {
    setEditing(null)
    setItemDraft(null)
    setItemDirty(false)
    router.refresh()
  }
  const show = (path: string) => {
    const target = targetOfPath(draft, path)
    const id = target.itemId ? `item-${target.itemId}` : target.dayId ? `day-${target.dayId}` : target.field === 'format' || target.field === 'formatDecision' ? 'format-title' : 'settings-title'
    setView('list')
    setHighlighted(target.itemId ?? target.dayId ?? null)
    requestAnimationFrame(() => {
      const el = document.getElementById(id)
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' })
      el?.focus({ preventScroll: true })
    })
  }
  const move = (request: MoveRequest) =>
    startTransition(async () => {
      setNotice(null)
      const base = { itemId: request.item.id, version: request.item.version }
      const res = await moveItemAction('direction' in request ? { ...base, direction: request.direction } : { ...base, toDayId: request.toDayId, toIndex: request.toIndex })
      if (!res.ok) setNotice(res.error === 'conflict' ? t('errors.conflict') : res.message)
      setFocusAfter(request.item.id)
      router.refresh()
    })
  const remove = (item: EditorItem) => {
    if (!window.confirm(t('editor.item.deleteConfirm', { title: item.title }))) return
    startTransition(async () => {
      const res = await deleteItemAction({ itemId: item.id, version: item.version })
      if (!res.ok) setNotice(res.message)
      router.refresh()
    })
  }
  const nextSlot = (day: EditorDay) => {
    const last = day.items.filter((i) => i.segment !== 'side-event' && i.segment !== 'break').map((i) => parseTime(i.end) ?? 0)
    const start = last.length ? Math.max(...last) : 10 * 60
    return { start: formatTime(Math.min(start, 22 * 60)), end: formatTime(Math.min(start + 60, 23 * 60)) }
  }
  const counts = (level: string) => findings.filter((f) => f.level === level).length

  return (
    <div className="editor" data-programme-id={programme.id}>
      <div className="editor-header">
        <p className="counts" data-testid="finding-counts">
          <span className={counts('error') ? 'count error' : 'count'}>{t('editor.errorCount', { count: counts('error') })}</span>
          <span className={counts('warning') ? 'count warning' : 'count'}>{t('editor.warningCount', { count: counts('warning') })}</span>
          <span className="count">{t('editor.noteCount', { count: counts('info') })}</span>
        </p>
        {children}
      </div>
      {!canEdit && <p className="alert ok">{t('editor.readOnly')}</p>}
      {notice && (
        <p className="alert" role="alert">
          {notice}
        </p>
      )}
      <div className="editor-columns">
        <div className="editor-main">
          <SettingsForm programme={programme} canEdit={canEdit} onValues={onSettingsValues} onDirty={setSettingsDirty} />
          {presidency && <PresidencyPanel {...presidency} draft={draftDocument} canEdit={canEditPresidency} onShow={show} />}
          <FormatPanel
            key={programme.version}
            programme={programme}
            canDecide={canDecide}
            canPropose={canPropose}
            closedRounds={closedRounds}
            today={today}
            message={formatMessage}
            onMessage={setFormatMessage}
          />
          <div className="view-switch" role="group" aria-label={t('editor.views.label')}>
            <button type="button" className={view === 'list' ? '' : 'secondary'} aria-pressed={view === 'list'} onClick={() => setView('list')}>
              {t('editor.views.list')}
            </button>
            <button type="button" className={view === 'grid' ? '' : 'secondary'} aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
              {t('editor.views.grid')}
            </button>
            {canEdit && <span className="muted small">{t('editor.item.dragHint')}</span>}
          </div>
          {view === 'grid' ? (
            <TimeGrid days={programme.days} labels={labels} highlighted={highlighted} onOpen={(item, day) => canEdit && open(day, item)} />
          ) : (
            programme.days.map((day) => (
              <DayList
                key={day.id}
                day={day}
                dayLabel={labels[day.id] ?? day.date}
                days={programme.days.map((d) => ({ id: d.id, label: labels[d.id] ?? d.date }))}
                canEdit={canEdit}
                highlighted={highlighted}
                busy={busy}
                year={programme.year}
                commentCounts={commentCounts}
                onEdit={(item) => open(day, item)}
                onAdd={() => open(day, null)}
                onDelete={remove}
                onMove={move}
              />
            ))
          )}
          {stateFacts && <InvitationsPanel year={programme.year} days={programme.days} facts={stateFacts} canEdit={canEdit} />}
        </div>
        <aside className="editor-side">
          <FindingsPanel findings={findings} onShow={show} />
          <TimeSummary current={time} previous={previousTime} />
        </aside>
      </div>
      {editing && (
        <ItemForm
          key={editing.item?.id ?? `new-${editing.day.id}`}
          programmeId={programme.id}
          dayId={editing.day.id}
          dayLabel={labels[editing.day.id] ?? editing.day.date}
          item={editing.item}
          defaultTimes={nextSlot(editing.day)}
          onValues={onItemValues}
          onDirty={setItemDirty}
          onClose={close}
        />
      )}
    </div>
  )
}
