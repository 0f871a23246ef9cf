'use client'
// The timetable, the editor's main view: days as columns, time running down. Items are dragged to
// move them (within or across days), their lower edge to change their length, and empty time is
// clicked or dragged to create an item. Dragging is dnd-kit's pointer sensor; the keyboard has its
// own map on a focused item (arrows move by 5 minutes, Shift+arrows change the length, ←/→ change
// the day, Enter edits, Delete asks), each change announced in a live region. Right to left (Arabic)
// the days run from right to left, so ← goes to the next day and → to the day before: the arrow
// points where the item goes on the screen.
import { DndContext, MouseSensor, pointerWithin, TouchSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent, type Modifier } from '@dnd-kit/core'
import { Plus } from 'lucide-react'
import Link from 'next/link'
import { createContext, memo, useContext, useMemo, useRef, useState } from 'react'
import type { ThreadCount } from '@/components/comments/item-comments-link'
import { useLocale, useT } from '@/components/i18n'
import { localeDirection } from '@/lib/i18n/languages'
import type { EditorDay, EditorItem } from '@/lib/meetings/editor-model'
import { isFormal, placeMove, placeResize, snap, SNAP_MINUTES, type Adjustment, type Placed } from '@/lib/meetings/placing'
import { formatTime, parseTime } from '@/lib/programme/time'
import marks from './presence.module.css'
import styles from './timetable.module.css'
import { useLatest } from './use-latest'

export const PX_PER_MINUTE = 1.6
const STEP = SNAP_MINUTES * PX_PER_MINUTE

/** What the grid asks the editor to do. */
export type Placement = { item: EditorItem; fromDayId: string; dayId: string; mode: 'move' | 'resize'; minutes: number }
type Preview = { itemId: string | null; dayId: string; placed: Placed }

type Props = {
  days: EditorDay[]
  labels: Record<string, string>
  highlighted: string | null
  /** Items someone else just changed (marked for a few seconds). */
  changed?: ReadonlySet<string>
  canEdit: boolean
  year: number
  /** Items whose save is on its way (drawn as pending). */
  saving: ReadonlySet<string>
  commentCounts?: Record<string, ThreadCount>
  onOpen: (item: EditorItem, day: EditorDay) => void
  onCreate: (day: EditorDay, times?: { start: string; end: string }) => void
  onPlace: (placement: Placement) => void
  onDelete: (item: EditorItem) => void
  /** Said to screen readers (a live region the editor owns). */
  onAnnounce: (text: string) => void
}

const minutesOf = (t: string) => parseTime(t)
const drawable = (i: EditorItem) => {
  const s = minutesOf(i.start)
  const e = minutesOf(i.end)
  return s !== null && e !== null && e > s
}
/** Where the pointer or the finger went down. */
const pointerYOf = (e: Event) => ('touches' in e ? ((e as TouchEvent).touches[0]?.clientY ?? 0) : ((e as MouseEvent).clientY ?? 0))
const snapToGrid: Modifier = ({ transform }) => ({ ...transform, y: Math.round(transform.y / STEP) * STEP })
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0, y: Math.round(transform.y / STEP) * STEP })
// Made once: new options on every render would give dnd-kit new sensors, and every item a new render.
const MOUSE = { activationConstraint: { distance: 4 } }
const TOUCH = { activationConstraint: { delay: 250, tolerance: 8 } }
const MOVING = [snapToGrid]
const SIZING = [verticalOnly]
// A drop draws the timetable again, not dnd-kit's context: given the same props, DndContext skips its
// render (it would otherwise hand a new transform to its context, which React then looks for in the
// 200 items). The timetable reaches it through this context, read by the one child DndContext keeps.
const GridContent = createContext<React.ReactNode>(null)
function GridSlot() {
  return useContext(GridContent)
}
const GRID_SLOT = <GridSlot />

export function TimeGrid({ days, labels, highlighted, changed, canEdit, year, saving, commentCounts, onOpen, onCreate, onPlace, onDelete, onAnnounce }: Props) {
  const t = useT()
  const nextDayKey = localeDirection(useLocale()) === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  // A mouse drags after 4 px; a finger after a short press, so that a swipe still scrolls the page on a phone.
  const sensors = useSensors(useSensor(MouseSensor, MOUSE), useSensor(TouchSensor, TOUCH))
  const [preview, setPreview] = useState<Preview | null>(null)
  const [dragKind, setDragKind] = useState<'move' | 'resize' | 'create' | null>(null)
  const createFrom = useRef<{ dayId: string; minutes: number } | null>(null)
  const justDragged = useRef(0)

  const times = days.flatMap((d) => d.items.filter(drawable).flatMap((i) => [minutesOf(i.start)!, minutesOf(i.end)!]))
  const from = Math.min(9 * 60, ...times.map((m) => Math.floor(m / 60) * 60))
  const to = Math.max(19 * 60, ...times.map((m) => Math.ceil(m / 60) * 60))
  const hours = Array.from({ length: (to - from) / 60 + 1 }, (_, i) => from + i * 60)
  const height = (to - from) * PX_PER_MINUTE
  const unscheduled = days.flatMap((d) => d.items.filter((i) => !drawable(i)).map((item) => ({ item, day: d })))
  const byId = useMemo(() => new Map(days.flatMap((d) => d.items.map((i) => [i.id, { item: i, day: d }] as const))), [days])

  const dayOf = (id: string | undefined) => days.find((d) => `day:${d.id}` === id)
  const dateOf = (dayId: string) => labels[dayId] ?? dayId
  const adjustmentText = (a: Adjustment | null) => (a ? ` ${t(`timetable.announce.${a}`)}` : '')
  const say = (item: EditorItem, dayId: string, placed: Placed) =>
    placed.ok
      ? t('timetable.announce.placed', { title: item.title, start: placed.start, end: placed.end, date: dateOf(dayId) }) + adjustmentText(placed.adjusted)
      : t('timetable.announce.noRoom', { title: item.title })

  /** Where the dragged thing would land now: the same fitting as the server's. */
  function landing(e: DragMoveEvent | DragEndEvent): Preview | null {
    const id = String(e.active.id)
    const dy = e.delta.y / PX_PER_MINUTE
    if (id.startsWith('create:')) {
      const origin = createFrom.current
      if (!origin) return null
      const a = snap(origin.minutes)
      const b = snap(origin.minutes + dy)
      const start = Math.max(0, Math.min(a, b))
      const end = Math.max(start + 15, Math.max(a, b))
      return { itemId: null, dayId: origin.dayId, placed: { ok: true, start: formatTime(start), end: formatTime(Math.min(end, 23 * 60 + 55)), adjusted: null } }
    }
    const [kind, itemId] = id.split(':') as ['item' | 'resize', string]
    const found = byId.get(itemId)
    if (!found) return null
    const { item, day } = found
    if (kind === 'resize') return { itemId, dayId: day.id, placed: placeResize(day.items, item, (minutesOf(item.end) ?? 0) + dy) }
    const target = dayOf(e.over ? String(e.over.id) : undefined) ?? day
    if (!drawable(item) && !e.over) return null
    // From the tray: where the pointer is in the column it is over, for an hour.
    const pointerY = pointerYOf(e.activatorEvent) + e.delta.y
    const start = drawable(item) ? (minutesOf(item.start) ?? 0) + dy : from + (pointerY - (e.over?.rect.top ?? 0)) / PX_PER_MINUTE
    const lengthened = drawable(item) ? item : { ...item, start: '10:00', end: '11:00' }
    return { itemId, dayId: target.id, placed: placeMove(target.items, lengthened, start) }
  }

  const onDragStart = (e: DragStartEvent) => {
    const id = String(e.active.id)
    const kind = id.startsWith('create:') ? 'create' : id.startsWith('resize:') ? 'resize' : 'move'
    setDragKind(kind)
    if (kind === 'create') {
      const dayId = id.slice('create:'.length)
      const rect = (e.activatorEvent.target as HTMLElement | null)?.closest('[data-grid-column]')?.getBoundingClientRect()
      createFrom.current = rect ? { dayId, minutes: from + (pointerYOf(e.activatorEvent) - rect.top) / PX_PER_MINUTE } : null
    } else createFrom.current = null
    const found = byId.get(id.split(':')[1] ?? '')
    if (found) onAnnounce(t('timetable.announce.picked', { title: found.item.title }))
  }
  const onDragMove = (e: DragMoveEvent) => setPreview(landing(e))
  const onDragEnd = (e: DragEndEvent) => {
    const land = landing(e)
    setPreview(null)
    setDragKind(null)
    justDragged.current = Date.now()
    if (!land) return
    const id = String(e.active.id)
    if (id.startsWith('create:')) {
      const day = days.find((d) => d.id === land.dayId)
      if (day && land.placed.ok) onCreate(day, { start: land.placed.start, end: land.placed.end })
      return
    }
    const found = byId.get(land.itemId ?? '')
    if (!found) return
    if (!land.placed.ok) return onAnnounce(say(found.item, land.dayId, land.placed))
    const unchanged = land.placed.start === found.item.start && land.placed.end === found.item.end && land.dayId === found.day.id
    if (unchanged) return onAnnounce(t('timetable.announce.unchanged', { title: found.item.title }))
    const mode = id.startsWith('resize:') ? 'resize' : 'move'
    onAnnounce(say(found.item, land.dayId, land.placed))
    onPlace({ item: found.item, fromDayId: found.day.id, dayId: land.dayId, mode, minutes: minutesOf(mode === 'move' ? land.placed.start : land.placed.end)! })
  }
  const onDragCancel = () => {
    setPreview(null)
    setDragKind(null)
  }
  const dragStart = useLatest(onDragStart)
  const dragMove = useLatest(onDragMove)
  const dragEnd = useLatest(onDragEnd)
  const dragCancel = useLatest(onDragCancel)
  const accessibility = useMemo(
    () => ({ screenReaderInstructions: { draggable: t('timetable.keys') }, announcements: { onDragStart: () => undefined, onDragMove: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => t('timetable.announce.cancelled') } }),
    [t],
  )

  /** The keyboard map of a focused item. */
  const onItemKey = useLatest((itemId: string, e: React.KeyboardEvent) => {
    const found = byId.get(itemId)
    if (!canEdit || !found) return
    const { item, day } = found
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault()
      return onDelete(item)
    }
    const index = days.findIndex((d) => d.id === day.id)
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey && !e.altKey) {
      const forward = e.key === nextDayKey
      const target = days[index + (forward ? 1 : -1)]
      e.preventDefault()
      if (!target) return onAnnounce(t(forward ? 'timetable.announce.lastDay' : 'timetable.announce.firstDay'))
      const placed = placeMove(target.items, item, minutesOf(item.start) ?? 10 * 60)
      onAnnounce(say(item, target.id, placed))
      if (placed.ok) onPlace({ item, fromDayId: day.id, dayId: target.id, mode: 'move', minutes: minutesOf(placed.start)! })
      return
    }
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return
    e.preventDefault()
    if (!drawable(item)) return
    const sign = e.key === 'ArrowUp' ? -1 : 1
    if (e.shiftKey) {
      const placed = placeResize(day.items, item, minutesOf(item.end)! + sign * SNAP_MINUTES)
      onAnnounce(say(item, day.id, placed))
      if (placed.ok && placed.end !== item.end) onPlace({ item, fromDayId: day.id, dayId: day.id, mode: 'resize', minutes: minutesOf(placed.end)! })
      return
    }
    let placed = placeMove(day.items, item, minutesOf(item.start)! + sign * SNAP_MINUTES)
    // Stopped at a break where it already was: the next press jumps past the break.
    if (placed.ok && placed.start === item.start) {
      const s = minutesOf(item.start)!
      const e2 = minutesOf(item.end)!
      const breaks = day.items.filter((i) => i.segment === 'break' && drawable(i))
      const next = sign > 0 ? breaks.filter((b) => minutesOf(b.start)! >= e2).sort((a, b) => minutesOf(a.start)! - minutesOf(b.start)!)[0] : breaks.filter((b) => minutesOf(b.end)! <= s).sort((a, b) => minutesOf(b.end)! - minutesOf(a.end)!)[0]
      if (next && isFormal(item.segment)) placed = placeMove(day.items, item, sign > 0 ? minutesOf(next.end)! : minutesOf(next.start)! - (e2 - s))
    }
    onAnnounce(say(item, day.id, placed))
    if (placed.ok && placed.start !== item.start) onPlace({ item, fromDayId: day.id, dayId: day.id, mode: 'move', minutes: minutesOf(placed.start)! })
  })
  /** A click on an item edits it, unless it ends a drag. The item is the latest of that id, not the one an unchanged drawing kept. */
  const openItem = useLatest((itemId: string) => {
    const found = byId.get(itemId)
    if (found && Date.now() - justDragged.current > 300) onOpen(found.item, found.day)
  })

  const onColumnClick = (day: EditorDay) => (e: React.MouseEvent<HTMLDivElement>) => {
    if (!canEdit || Date.now() - justDragged.current < 300 || e.target !== e.currentTarget) return
    const rect = e.currentTarget.getBoundingClientRect()
    const start = Math.floor((from + (e.clientY - rect.top) / PX_PER_MINUTE) / 15) * 15
    onCreate(day, { start: formatTime(start), end: formatTime(Math.min(start + 60, 23 * 60 + 55)) })
  }

  const grid = (
    <div className={styles.wrap}>
      <p className={`muted small ${styles.hint}`} id="timetable-keys">
        {canEdit ? t('timetable.keys') : t('timetable.readOnlyHint')}
      </p>
      <div className={styles.grid} role="group" aria-label={t('timetable.label')} style={{ gridTemplateColumns: `2.6rem repeat(${days.length}, minmax(0, 1fr))` }}>
        <div className={styles.axis} style={{ height }} aria-hidden="true">
          {hours.map((h) => (
            <span key={h} style={{ top: (h - from) * PX_PER_MINUTE }}>
              {formatTime(h)}
            </span>
          ))}
        </div>
        {days.map((day) => (
          <DayColumn key={day.id} day={day} label={dateOf(day.id)} canEdit={canEdit} height={height} onClick={onColumnClick(day)} onAdd={() => onCreate(day)}>
            {hours.map((h) => (
              <div key={h} className={styles.hourLine} style={{ top: (h - from) * PX_PER_MINUTE }} aria-hidden="true" />
            ))}
            {day.items.filter(drawable).map((item) => (
              <GridItem
                key={item.id}
                item={item}
                from={from}
                canEdit={canEdit}
                highlighted={highlighted === item.id}
                changed={!!changed?.has(item.id)}
                pending={saving.has(item.id)}
                hidden={!!preview && preview.itemId === item.id && dragKind !== 'resize'}
                comments={commentCounts?.[item.id]}
                year={year}
                onOpen={openItem}
                onKeyDown={onItemKey}
              />
            ))}
            {preview && preview.dayId === day.id && preview.placed.ok && (
              <div
                className={`${styles.ghost}${preview.placed.adjusted ? ` ${styles.adjusted}` : ''}`}
                style={{ top: (minutesOf(preview.placed.start)! - from) * PX_PER_MINUTE, height: (minutesOf(preview.placed.end)! - minutesOf(preview.placed.start)!) * PX_PER_MINUTE }}
                data-testid="grid-preview"
                aria-hidden="true"
              >
                <bdi dir="ltr">
                  {preview.placed.start}–{preview.placed.end}
                </bdi>
                {preview.placed.adjusted && <span className={styles.ghostNote}> {t(`timetable.short.${preview.placed.adjusted}`)}</span>}
              </div>
            )}
          </DayColumn>
        ))}
      </div>
      {unscheduled.length > 0 && (
        <section className={styles.tray} aria-labelledby="tray-title">
          <h3 id="tray-title">{t('timetable.unscheduled')}</h3>
          <p className="muted small">{t('timetable.unscheduledHint')}</p>
          <ul>
            {unscheduled.map(({ item, day }) => (
              <li key={item.id}>
                <TrayItem item={item} canEdit={canEdit} label={`${dateOf(day.id)} · ${item.title}`} onOpen={() => onOpen(item, day)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
  if (!canEdit) return grid
  return (
    <GridContent.Provider value={grid}>
      <DndContext
        sensors={sensors}
        collisionDetection={pointerWithin}
        modifiers={dragKind === 'move' ? MOVING : SIZING}
        onDragStart={dragStart}
        onDragMove={dragMove}
        onDragEnd={dragEnd}
        onDragCancel={dragCancel}
        accessibility={accessibility}
      >
        {GRID_SLOT}
      </DndContext>
    </GridContent.Provider>
  )
}

function DayColumn({ day, label, canEdit, height, onClick, onAdd, children }: { day: EditorDay; label: string; canEdit: boolean; height: number; onClick: (e: React.MouseEvent<HTMLDivElement>) => void; onAdd: () => void; children: React.ReactNode }) {
  const t = useT()
  const { setNodeRef } = useDroppable({ id: `day:${day.id}`, disabled: !canEdit })
  return (
    <div className={`${styles.day}${day.thematic ? ` ${styles.thematic}` : ''}`} data-testid="grid-day" data-day-id={day.id}>
      <h3 className={styles.dayTitle}>
        <span>{label}</span>
        {canEdit && (
          <button type="button" className={styles.add} onClick={onAdd} aria-label={t('timetable.addTo', { date: label })} title={t('timetable.addTo', { date: label })}>
            <Plus size={16} aria-hidden="true" />
          </button>
        )}
      </h3>
      <div ref={setNodeRef} className={styles.column} style={{ height }} data-grid-column>
        {canEdit ? <CreateLayer dayId={day.id} onClick={onClick} /> : null}
        {children}
      </div>
    </div>
  )
}

/** Empty time: a click makes an hour-long item there, a drag makes one as long as the drag. */
function CreateLayer({ dayId, onClick }: { dayId: string; onClick: (e: React.MouseEvent<HTMLDivElement>) => void }) {
  const { setNodeRef, listeners } = useDraggable({ id: `create:${dayId}` })
  // A pointer affordance only: the keyboard adds items with the day's "+" button.
  return <div ref={setNodeRef} className={styles.createLayer} {...listeners} onClick={onClick} aria-hidden="true" data-testid="grid-empty" />
}

type ItemProps = {
  item: EditorItem
  from: number
  canEdit: boolean
  highlighted: boolean
  changed: boolean
  pending: boolean
  hidden: boolean
  comments?: ThreadCount
  year: number
  onOpen: (itemId: string) => void
  onKeyDown: (itemId: string, e: React.KeyboardEvent) => void
}

/** Whether an item would be drawn as it is: then a drop elsewhere does not render it again. */
const drawnAlike = (a: ItemProps, b: ItemProps) =>
  a.item.id === b.item.id &&
  a.item.start === b.item.start &&
  a.item.end === b.item.end &&
  a.item.title === b.item.title &&
  a.item.segment === b.item.segment &&
  a.from === b.from &&
  a.canEdit === b.canEdit &&
  a.highlighted === b.highlighted &&
  a.changed === b.changed &&
  a.pending === b.pending &&
  a.hidden === b.hidden &&
  a.comments?.total === b.comments?.total &&
  a.comments?.open === b.comments?.open &&
  a.year === b.year &&
  a.onOpen === b.onOpen &&
  a.onKeyDown === b.onKeyDown

const GridItem = memo(function GridItem({ item, from, canEdit, highlighted, changed, pending, hidden, comments, year, onOpen, onKeyDown }: ItemProps) {
  const t = useT()
  const { setNodeRef: moveRef, listeners: moveListeners, transform: moveTransform, isDragging } = useDraggable({ id: `item:${item.id}`, disabled: !canEdit })
  const { setNodeRef: resizeRef, listeners: resizeListeners } = useDraggable({ id: `resize:${item.id}`, disabled: !canEdit })
  const start = minutesOf(item.start)!
  const end = minutesOf(item.end)!
  const lane = item.segment === 'break' ? styles.break : isFormal(item.segment) ? styles.formal : styles.informal
  const classes = [styles.item, lane, end - start <= 20 ? styles.short : '', styles[item.segment.replace('-', '')] ?? '', highlighted ? styles.highlighted : '', changed ? marks.changed : '', pending ? styles.pending : '', isDragging ? styles.dragging : '', hidden ? styles.faded : ''].filter(Boolean).join(' ')
  return (
    <div
      ref={moveRef}
      id={`grid-item-${item.id}`}
      className={classes}
      style={{
        top: (start - from) * PX_PER_MINUTE,
        // The new length shows as the preview: the handle stays put, so that dnd-kit measures the drag as the pointer's.
        height: Math.max(14, (end - start) * PX_PER_MINUTE - 2),
        transform: moveTransform ? `translate3d(${moveTransform.x}px, ${moveTransform.y}px, 0)` : undefined,
      }}
      data-item-id={item.id}
      data-changed={changed || undefined}
      data-testid="grid-item"
    >
      <button
        type="button"
        className={styles.itemButton}
        {...(canEdit ? moveListeners : {})}
        aria-describedby={canEdit ? 'timetable-keys' : undefined}
        onClick={() => onOpen(item.id)}
        onKeyDown={(e) => onKeyDown(item.id, e)}
        title={`${item.start}–${item.end} ${item.title}`}
      >
        <bdi className={styles.time} dir="ltr">
          {item.start}–{item.end}
        </bdi>{' '}
        <span className={styles.title}>{item.title}</span>
        {changed && <span className="sr-only">{t('presence.changedMark')}</span>}
      </button>
      {comments && comments.total > 0 && (
        <Link href={`/meetings/${year}/consultation#item-${item.id}`} className={styles.comments} aria-label={t('comments.itemThreads', { total: comments.total, open: comments.open })}>
          <span className={styles.commentIcon} aria-hidden="true" />
          {comments.open || comments.total}
        </Link>
      )}
      {canEdit && (
        <span
          ref={resizeRef}
          className={styles.resize}
          {...resizeListeners}
          onPointerDown={(e) => {
            e.stopPropagation()
            resizeListeners?.onPointerDown?.(e)
          }}
          aria-hidden="true"
          data-testid="grid-resize"
        >
          <span className={styles.gripIcon} />
        </span>
      )}
    </div>
  )
}, drawnAlike)

function TrayItem({ item, canEdit, label, onOpen }: { item: EditorItem; canEdit: boolean; label: string; onOpen: () => void }) {
  const { setNodeRef, listeners, transform } = useDraggable({ id: `item:${item.id}`, disabled: !canEdit })
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`secondary small ${styles.trayItem}`}
      {...(canEdit ? listeners : {})}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined }}
      onClick={onOpen}
    >
      {label}
    </button>
  )
}
