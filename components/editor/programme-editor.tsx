'use client'
import dynamic from 'next/dynamic'
import { useRouter } from 'next/navigation'
import { memo, startTransition as later, useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition } from 'react'
import { deleteItemAction, moveItemAction, placeItemAction } from '@/lib/meetings/actions'
import type { ThreadCount } from '@/components/comments/item-comments-link'
import { useLocale, useT } from '@/components/i18n'
import { formatWeekdayDate } from '@/lib/i18n/dates'
import { documentOf, itemExtrasOf, targetOfPath, type EditorDay, type EditorItem, type EditorProgramme } from '@/lib/meetings/editor-model'
import type { ItemFields, SettingsFields } from '@/lib/meetings/schema'
import { inTimeOrder } from '@/lib/meetings/timing'
import { nextFreeSlot } from '@/lib/meetings/placing'
import { countMeetingTime, type MeetingTime } from '@/lib/programme/meeting-time'
import { isIsoDate } from '@/lib/programme/dates'
import { formatTime, parseTime } from '@/lib/programme/time'
import { actionsFromFields, invitedFromFields, speakersFromFields, translationsFromFields } from '@/lib/meetings/item-fields'
import { speakersOf } from '@/lib/meetings/speaker-lines'

const isStateCode = (code: unknown): code is string => typeof code === 'string' && /^[A-Z]{3}$/.test(code)
import { checkDocumentReport, checkParsedProgrammeReport, type FindingsReport, type Parse } from '@/lib/rules/report'
import { LIMITS } from '@/lib/programme/limits'
import type { MoveRequest } from './day-list'
import { markDrop } from './drop-timing'
import { FindingsPanel } from './findings-panel'
import type { PresidencyProps } from './presidency-panel'
import type { StateFacts } from '@/lib/states/list'
import { TimeSummary } from '@/components/meeting-time/time-summary'
import { changedItemIds } from '@/lib/presence/changes'
import { PresenceList } from './presence-list'
import { TimeGrid, type Placement } from './time-grid'
import { useProgrammePulse } from './use-programme-pulse'
import { useLatest } from './use-latest'
import { useUnsavedChanges } from './use-unsaved-changes'

// The timetable is the first view: what it does not draw at first (the item dialog, the list, the
// settings and format views, the invitations) loads when it is opened, keeping the first load small.
const ItemForm = dynamic(() => import('./item-form').then((m) => m.ItemForm))
const DayList = dynamic(() => import('./day-list').then((m) => m.DayList))
const SettingsForm = dynamic(() => import('./settings-form').then((m) => m.SettingsForm))
const SettingsSummary = dynamic(() => import('./settings-summary').then((m) => m.SettingsSummary))
const PresidencyPanel = dynamic(() => import('./presidency-panel').then((m) => m.PresidencyPanel))
const FormatPanel = dynamic(() => import('./format-panel').then((m) => m.FormatPanel))
const InvitationsPanel = memo(dynamic(() => import('./invitations-panel').then((m) => m.InvitationsPanel), { ssr: false }))
// A drop draws again only what changed: the findings and the time when they changed, not on every keystroke of state.
const Findings = memo(FindingsPanel)
// The time changes only when an item's length or kind does, not when it moves.
const Summary = memo(TimeSummary, (a, b) => a.previous === b.previous && JSON.stringify(a.current) === JSON.stringify(b.current))
/** The interchange schema's parse (zod), loaded with the forms rather than with the timetable. */
const loadParse = (): Promise<Parse> => import('@/lib/programme/parse').then((m) => m.parseProgramme)
const NO_NAMES: Record<string, string> = {}
/** How long after a drop the invitations below the timetable are drawn again. */
const INVITATIONS_AFTER_MS = 200

/** Runs `then` once the element is on the page (a view that loads when opened draws it a moment later). */
function whenDrawn(id: string, then: (el: HTMLElement) => void, frames = 120) {
  const el = document.getElementById(id)
  if (el) then(el)
  else if (frames > 0) requestAnimationFrame(() => whenDrawn(id, then, frames - 1))
}

/** How long an item someone else changed stays marked. */
const MARKED_MS = 4_000

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
  /** The stamp of the programme's last save when the page was drawn (lib/presence/people.ts stampOf). */
  stamp?: string
  canEdit: boolean
  canDecide: boolean
  canPropose: boolean
  /** The closed rounds the format decision may name, each in the reader's words. */
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
  /** The names of those States and of the States items invite, in the page's language, by code. */
  stateNames?: Record<string, string>
  /**
   * The saved programme's report when it fails the interchange schema (the server read it with zod);
   * null, the usual case, when it passes: then the programme and a move on the timetable, which
   * changes only times and days, are checked without the schema's parse, loaded with the forms.
   */
  schemaReport?: FindingsReport | null
  children?: React.ReactNode
}

export function ProgrammeEditor({ programme: saved, stamp = '', canEdit, canDecide, canPropose, closedRounds, today, commentCounts, previousTime = null, presidency, canEditPresidency = false, stateFacts, stateNames = NO_NAMES, schemaReport = null, children }: Props) {
  const t = useT()
  const locale = useLocale()
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
  const [visited, setVisited] = useState<ReadonlySet<View>>(new Set(['grid']))
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set())
  const [news, setNews] = useState('')
  const [held, setHeld] = useState(false)
  // The programme as it was when a live refresh was asked for: what changed is marked against it.
  const liveBase = useRef<{ programme: EditorProgramme; at: number } | null>(null)
  const [busy, startTransition] = useTransition()
  // The newest version of each item this page saved: quick successive moves of one item chain their saves.
  const versions = useRef(new Map<string, number>())
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  useUnsavedChanges(itemDirty || settingsDirty, t('editor.unsaved'))

  // Someone else saved: draw their change without a reload. An open item dialog keeps what it was
  // opened with (its save merges by field); unsaved settings hold the refresh until saved or discarded
  // (the next poll, which still sees the new stamp, refreshes then).
  const refreshLive = () => {
    if (liveBase.current && Date.now() - liveBase.current.at < 10_000) return
    if (saving.size || busy) return
    if (settingsDirty) return setHeld(true)
    setHeld(false)
    liveBase.current = { programme: saved, at: Date.now() }
    router.refresh()
  }
  const people = useProgrammePulse(saved.year, stamp, refreshLive)
  useEffect(() => {
    const base = liveBase.current
    if (!base || base.programme === saved) return
    liveBase.current = null
    const ids = changedItemIds(base.programme, saved, versions.current)
    if (!ids.length) return
    const titles = saved.days.flatMap((d) => d.items).filter((i) => ids.includes(i.id))
    setChanged(new Set(ids))
    setNews(titles.length === 1 ? t('presence.changed', { title: titles[0]!.title }) : t('presence.changedMany', { count: titles.length }))
    const timer = window.setTimeout(() => setChanged(new Set()), MARKED_MS)
    return () => window.clearTimeout(timer)
  }, [saved, t])

  const drafting = (settingsDirty && !!settingsDraft) || (!!editing && !!itemDraft)
  const draft = useMemo(() => withDrafts(programme, settingsDirty ? settingsDraft : null, editing ? itemDraft : null), [programme, settingsDraft, settingsDirty, itemDraft, editing])
  const draftDocument = useMemo(() => documentOf(draft), [draft])
  // A move keeps a valid programme valid unless a day then holds more items than the schema allows.
  const withinLimits = programme.days.every((d) => d.items.length <= LIMITS.itemsPerDay)
  const [parse, setParse] = useState<Parse | null>(null)
  const needsParse = !!schemaReport || !withinLimits || !!editing || settingsDirty
  useEffect(() => {
    if (!needsParse || parse) return
    let live = true
    loadParse().then((p) => live && setParse(() => p))
    return () => {
      live = false
    }
  }, [needsParse, parse])
  const report = useMemo(() => {
    if (!schemaReport && withinLimits && !drafting) return checkParsedProgrammeReport(draftDocument)
    if (parse) return checkDocumentReport(parse, draftDocument)
    // The parse is on its way (a form just opened): the findings of the programme as saved until then.
    return schemaReport ?? checkParsedProgrammeReport(documentOf(withDrafts(programme, null, null)))
  }, [schemaReport, withinLimits, drafting, draftDocument, parse, programme])
  const findings = report.findings
  const time = useMemo(() => countMeetingTime(draftDocument), [draftDocument])
  // The days in the reader's language ("الثلاثاء 16 حزيران/يونيه 2026" in Arabic, as the PDF writes them).
  const labels = useMemo(() => Object.fromEntries(programme.days.map((d) => [d.id, formatWeekdayDate(d.date, locale)])), [programme.days, locale])

  // After a move the view is re-rendered from the server: keep the keyboard on the moved item, unless
  // the reader has put it elsewhere meanwhile (the server's answer can come after their next step).
  useEffect(() => {
    if (!focusAfter) return
    const active = document.activeElement
    const moved = document.getElementById(`${view === 'grid' ? 'grid-item-' : 'item-'}${focusAfter}`)
    if (active && active !== document.body && !moved?.contains(active)) return
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
  const switchTo = (v: View) => {
    setView(v)
    setVisited((seen) => (seen.has(v) ? seen : new Set(seen).add(v)))
  }
  const show = (path: string) => {
    const target = targetOfPath(draft, path)
    if (!target.itemId && !target.dayId) {
      switchTo('settings')
      const id = target.field === 'format' || target.field === 'formatDecision' ? 'format-title' : 'settings-title'
      whenDrawn(id, (el) => el.scrollIntoView({ behavior: 'smooth', block: 'center' }))
      return
    }
    const inGrid = view === 'grid' && !!target.itemId
    if (!inGrid) switchTo('list')
    setHighlighted(target.itemId ?? target.dayId ?? null)
    requestAnimationFrame(() => {
      if (inGrid) {
        const el = document.querySelector<HTMLElement>(`#grid-item-${target.itemId} button`)
        el?.scrollIntoView({ behavior: 'smooth', block: 'center' })
        el?.focus({ preventScroll: true })
        return
      }
      whenDrawn(target.itemId ? `item-${target.itemId}` : `day-${target.dayId}`, (el) => {
        el.scrollIntoView({ behavior: 'smooth', block: 'center' })
        el.focus({ preventScroll: true })
      })
    })
  }
  const showFinding = useLatest(show)
  // The invitations sit below the timetable: after a drop they are drawn again once the findings are
  // painted, in an interruptible render.
  const [laterDays, setLaterDays] = useState(programme.days)
  useEffect(() => {
    const timer = window.setTimeout(() => later(() => setLaterDays(programme.days)), INVITATIONS_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [programme.days])
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
    markDrop()
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
        <PresenceList people={people} />
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
      <p className="sr-only" aria-live="polite" data-testid="presence-announcer">
        {news}
      </p>
      {held && <p className="alert ok">{t('presence.held')}</p>}
      <div className="view-switch" role="group" aria-label={t('timetable.views.label')}>
        {views.map((v) => (
          <button key={v} type="button" className={view === v ? '' : 'secondary'} aria-pressed={view === v} onClick={() => switchTo(v)}>
            {t(`timetable.views.${v}`)}
          </button>
        ))}
      </div>
      <div className="editor-columns">
        <div className="editor-main">
          {/* Drawn once opened, then kept (hidden) so that what was typed there stays. */}
          {visited.has('settings') && (
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
          )}
          {view === 'grid' && (
            <TimeGrid
              days={programme.days}
              labels={labels}
              highlighted={highlighted}
              changed={changed}
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
          {stateFacts && <InvitationsPanel year={programme.year} days={laterDays} facts={stateFacts} stateNames={stateNames} canEdit={canEdit} />}
        </div>
        <aside className="editor-side">
          <Findings findings={findings} omitted={report.omitted} onShow={showFinding} />
          <Summary current={time} previous={previousTime} />
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
