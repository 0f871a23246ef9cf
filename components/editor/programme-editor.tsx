'use client'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition } from 'react'
import { deleteItemAction, moveItemAction, placeItemAction } from '@/lib/meetings/actions'
import type { ThreadCount } from '@/components/comments/item-comments-link'
import { useT } from '@/components/i18n'
import { documentOf, itemExtrasOf, targetOfPath, type EditorDay, type EditorItem, type EditorProgramme } from '@/lib/meetings/editor-model'
import { speakersOf, type ItemFields, type SettingsFields } from '@/lib/meetings/schema'
import { inTimeOrder } from '@/lib/meetings/timing'
import { nextFreeSlot } from '@/lib/meetings/placing'
import { countMeetingTime, formatDate, formatTime, isIsoDate, parseTime, type MeetingTime } from '@/lib/programme'
import { actionsFromFields, invitedFromFields, speakersFromFields, translationsFromFields } from '@/lib/meetings/item-fields'

const isStateCode = (code: unknown): code is string => typeof code === 'string' && /^[A-Z]{3}$/.test(code)
import { checkProgrammeReport } from '@/lib/rules'
import { DayList, type MoveRequest } from './day-list'
import { FindingsPanel } from './findings-panel'
import { FormatPanel } from './format-panel'
import { PresidencyPanel, type PresidencyProps } from './presidency-panel'
import { InvitationsPanel } from './invitations-panel'
import type { StateFacts } from '@/lib/states/list'
import { TimeSummary } from '@/components/meeting-time/time-summary'
import { ItemForm } from './item-form'
import { SettingsForm } from './settings-form'
import { SettingsSummary } from './settings-summary'
import { TimeGrid, type Placement } from './time-grid'
import { useUnsavedChanges } from './use-unsaved-changes'

type Editing = { day: EditorDay; item: EditorItem | null; times?: { start: string; end: string } }
type ItemDraft = { dayId: string; itemId: string | null; fields: ItemFields }

type View = 'grid' | 'list' | 'settings'
type Optimistic = { itemId: string; dayId: string; start: string; end: string }

/** The programme as it will be once a drop is saved: shown at once, dropped again if the save fails. */
function placed(p: EditorProgramme, o: Optimistic): EditorProgramme {
  const item = p.days.flatMap((d) => d.items).find((i) => i.id === o.itemId)
  if (!item) return p
  const moved = { ...item, start: o.start, end: o.end }
  return { ...p, days: p.days.map((d) => ({ ...d, items: inTimeOrder([...d.items.filter((i) => i.id !== o.itemId), ...(d.id === o.dayId ? [moved] : [])]) })) }
}

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
    // What the form does not send stays as it was.
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
      // As the server will save it: the speakers' kinds, the invitation, the actions and the texts typed.
      speakers: speakersFromFields(speakersOf(f.speakers ?? ''), f.speakerKinds?.filter(Boolean), previous?.speakers),
      invited: invitedFromFields(f.invited && { states: (f.invited.states ?? []).filter(isStateCode), basis: f.invited.basis ?? '' }, previous?.invited ?? null),
      actions: actionsFromFields(f.actions?.filter((n) => typeof n === 'number'), previous?.actions ?? null),
      ...(f.subItems ? { subItems: f.subItems.filter((s) => s?.title).map((s) => ({ title: s.title ?? '', ...(s.description ? { description: s.description } : {}) })) } : {}),
    }
    drafted.translations = f.translations ? translationsFromFields(f.translations, previous?.translations, drafted.subItems ?? []) : (previous?.translations ?? null)
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

export function ProgrammeEditor({ programme: saved, canEdit, canDecide, canPropose, closedRounds, today, commentCounts, previousTime = null, presidency, canEditPresidency = false, stateFacts, children }: Props) {
  const t = useT()
  const router = useRouter()
  const [programme, addPlacement] = useOptimistic(saved, placed)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [itemDraft, setItemDraft] = useState<ItemDraft | null>(null)
  const [settingsDraft, setSettingsDraft] = useState<SettingsFields | null>(null)
  const [itemDirty, setItemDirty] = useState(false)
  const [settingsDirty, setSettingsDirty] = useState(false)
  const [view, setView] = useState<View>('grid')
  const [highlighted, setHighlighted] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [formatMessage, setFormatMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const [focusAfter, setFocusAfter] = useState<string | null>(null)
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set())
  const [busy, startTransition] = useTransition()
  // The newest version of each item this page saved: quick successive moves of one item chain their saves.
  const versions = useRef(new Map<string, number>())
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  useUnsavedChanges(itemDirty || settingsDirty, t('editor.unsaved'))

  const draft = useMemo(() => withDrafts(programme, settingsDirty ? settingsDraft : null, editing ? itemDraft : null), [programme, settingsDraft, settingsDirty, itemDraft, editing])
  const draftDocument = useMemo(() => documentOf(draft), [draft])
  const report = useMemo(() => checkProgrammeReport(draftDocument), [draftDocument])
  const findings = report.findings
  const time = useMemo(() => countMeetingTime(draftDocument), [draftDocument])
  const labels = useMemo(() => Object.fromEntries(programme.days.map((d) => [d.id, formatDate(d.date)])), [programme.days])

  // After a move the view is re-rendered from the server: keep the keyboard on the moved item.
  useEffect(() => {
    if (!focusAfter) return
    document.getElementById(`${view === 'grid' ? 'grid-item-' : 'item-'}${focusAfter}`)?.querySelector<HTMLElement>('button')?.focus()
    if (view !== 'grid') document.getElementById(`item-${focusAfter}`)?.focus()
  }, [programme, focusAfter, view])

  const onItemValues = useCallback((fields: ItemFields) => setItemDraft((d) => (d ? { ...d, fields } : d)), [])
  const onSettingsValues = useCallback((values: SettingsFields) => setSettingsDraft(values), [])

  const open = (day: EditorDay, item: EditorItem | null, times?: { start: string; end: string }) => {
    if (!canEdit) return
    setEditing({ day, item, times })
    setItemDraft({ dayId: day.id, itemId: item?.id ?? null, fields: {} as ItemFields })
  }
  const close = () => {
    const returnTo = editing?.item?.id
    setEditing(null)
    setItemDraft(null)
    setItemDirty(false)
    if (returnTo) setFocusAfter(returnTo)
    router.refresh()
  }
  const show = (path: string) => {
    const target = targetOfPath(draft, path)
    if (!target.itemId && !target.dayId) {
      setView('settings')
      const id = target.field === 'format' || target.field === 'formatDecision' ? 'format-title' : 'settings-title'
      requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'center' }))
      return
    }
    const inGrid = view === 'grid' && !!target.itemId
    if (!inGrid) setView('list')
    setHighlighted(target.itemId ?? target.dayId ?? null)
    requestAnimationFrame(() => {
      const el = inGrid ? document.querySelector<HTMLElement>(`#grid-item-${target.itemId} button`) : document.getElementById(target.itemId ? `item-${target.itemId}` : `day-${target.dayId}`)
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
  /** A drop or a key on the timetable: drawn at once, saved in order, undone when the server says no. */
  const place = ({ item, dayId, mode, minutes }: Placement) => {
    const length = (parseTime(item.end) ?? 0) - (parseTime(item.start) ?? 0)
    const start = mode === 'move' ? minutes : (parseTime(item.start) ?? 0)
    const end = mode === 'move' ? minutes + (length > 0 ? length : 60) : minutes
    setNotice(null)
    setFocusAfter(item.id)
    setSaving((s) => new Set(s).add(item.id))
    startTransition(async () => {
      addPlacement({ itemId: item.id, dayId, start: formatTime(start), end: formatTime(end) })
      const previous = queue.current
      let release = () => {}
      queue.current = new Promise<void>((r) => (release = r))
      await previous
      try {
        const version = Math.max(versions.current.get(item.id) ?? 0, saved.days.flatMap((d) => d.items).find((i) => i.id === item.id)?.version ?? item.version)
        const res = await placeItemAction({ itemId: item.id, version, dayId, mode, time: formatTime(minutes) })
        if (res.ok) versions.current.set(item.id, res.data.version)
        else {
          setNotice(res.error === 'conflict' ? t('timetable.conflict', { title: item.title }) : res.message)
          setAnnouncement(t('timetable.announce.undone', { title: item.title }))
          router.refresh()
        }
      } finally {
        release()
        setSaving((s) => {
          const next = new Set(s)
          next.delete(item.id)
          return next
        })
      }
    })
  }
  const remove = (item: EditorItem) => {
    if (!window.confirm(t('editor.item.deleteConfirm', { title: item.title }))) return
    startTransition(async () => {
      const res = await deleteItemAction({ itemId: item.id, version: versions.current.get(item.id) ?? item.version })
      if (!res.ok) setNotice(res.message)
      else setAnnouncement(t('timetable.announce.deleted', { title: item.title }))
      router.refresh()
    })
  }
  const counts = report.counts
  const ownFindings = editing ? findings.filter((f) => targetOfPath(draft, f.path).itemId === (editing.item?.id ?? 'new-item')) : []
  const views: View[] = ['grid', 'list', 'settings']

  return (
    <div className="editor" data-programme-id={programme.id}>
      <div className="editor-header">
        <p className="counts" data-testid="finding-counts">
          <span className={counts.error ? 'count error' : 'count'}>{t('editor.errorCount', { count: counts.error })}</span>
          <span className={counts.warning ? 'count warning' : 'count'}>{t('editor.warningCount', { count: counts.warning })}</span>
          <span className="count">{t('editor.noteCount', { count: counts.info })}</span>
        </p>
        {children}
      </div>
      {!canEdit && <p className="alert ok">{t('editor.readOnly')}</p>}
      {notice && (
        <p className="alert" role="alert">
          {notice}
        </p>
      )}
      <p className="sr-only" aria-live="assertive" data-testid="timetable-announcer">
        {announcement}
      </p>
      <div className="view-switch" role="group" aria-label={t('timetable.views.label')}>
        {views.map((v) => (
          <button key={v} type="button" className={view === v ? '' : 'secondary'} aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`timetable.views.${v}`)}
          </button>
        ))}
      </div>
      <div className="editor-columns">
        <div className="editor-main">
          <div hidden={view !== 'settings'}>
            {canEdit ? <SettingsForm programme={saved} canEdit={canEdit} onValues={onSettingsValues} onDirty={setSettingsDirty} /> : <SettingsSummary programme={saved} labels={labels} />}
            {presidency && <PresidencyPanel {...presidency} draft={draftDocument} canEdit={canEditPresidency} onShow={show} />}
            <FormatPanel
              key={saved.version}
              programme={saved}
              canDecide={canDecide}
              canPropose={canPropose}
              closedRounds={closedRounds}
              today={today}
              message={formatMessage}
              onMessage={setFormatMessage}
            />
          </div>
          {view === 'grid' && (
            <TimeGrid
              days={programme.days}
              labels={labels}
              highlighted={highlighted}
              canEdit={canEdit}
              year={programme.year}
              saving={saving}
              commentCounts={commentCounts}
              onOpen={(item, day) => open(day, item)}
              onCreate={(day, times) => open(day, null, times)}
              onPlace={place}
              onDelete={remove}
              onAnnounce={setAnnouncement}
            />
          )}
          {view === 'list' &&
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
            ))}
          {stateFacts && <InvitationsPanel year={programme.year} days={programme.days} facts={stateFacts} canEdit={canEdit} />}
        </div>
        <aside className="editor-side">
          <FindingsPanel findings={findings} omitted={report.omitted} onShow={show} />
          <TimeSummary current={time} previous={previousTime} />
        </aside>
      </div>
      {editing && (
        <ItemForm
          key={editing.item?.id ?? `new-${editing.day.id}`}
          programmeId={programme.id}
          year={programme.year}
          dayId={editing.day.id}
          dayLabel={labels[editing.day.id] ?? editing.day.date}
          item={editing.item}
          defaultTimes={editing.times ?? nextFreeSlot(editing.day.items)}
          findings={ownFindings}
          onValues={onItemValues}
          onDirty={setItemDirty}
          onClose={close}
        />
      )}
    </div>
  )
}
