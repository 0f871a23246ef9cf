'use client'
import type { EditorDay, EditorItem } from '@/lib/meetings/editor-model'
import { INFORMAL_SEGMENTS, parseTime } from '@/lib/programme'

const PX_PER_MINUTE = 1.1

/** Time down, one column per day; each item a block as long as it lasts; breaks and side events in a lane of their own. */
export function TimeGrid({ days, labels, highlighted, onOpen }: { days: EditorDay[]; labels: Record<string, string>; highlighted: string | null; onOpen: (item: EditorItem, day: EditorDay) => void }) {
  const times = days.flatMap((d) => d.items.flatMap((i) => [parseTime(i.start), parseTime(i.end)])).filter((m): m is number => m !== null)
  const from = Math.min(9 * 60, ...times.map((m) => Math.floor(m / 60) * 60))
  const to = Math.max(19 * 60, ...times.map((m) => Math.ceil(m / 60) * 60))
  const hours = Array.from({ length: (to - from) / 60 + 1 }, (_, i) => from + i * 60)
  const height = (to - from) * PX_PER_MINUTE
  return (
    <div className="time-grid" role="group" aria-label="Time grid">
      <div className="time-axis" style={{ height }} aria-hidden="true">
        {hours.map((h) => (
          <span key={h} style={{ top: (h - from) * PX_PER_MINUTE }}>
            {String(h / 60).padStart(2, '0')}:00
          </span>
        ))}
      </div>
      {days.map((day) => (
        <div key={day.id} className={`grid-day${day.thematic ? ' thematic' : ''}`}>
          <h3>{labels[day.id]}</h3>
          <div className="grid-column" style={{ height }}>
            {hours.map((h) => (
              <div key={h} className="hour-line" style={{ top: (h - from) * PX_PER_MINUTE }} aria-hidden="true" />
            ))}
            {day.items.map((item) => {
              const start = parseTime(item.start)
              const end = parseTime(item.end)
              if (start === null || end === null || end <= start) return null
              const informal = INFORMAL_SEGMENTS.has(item.segment)
              return (
                <button
                  type="button"
                  key={item.id}
                  className={`grid-item ${item.segment}${informal ? ' informal' : ''}${highlighted === item.id ? ' highlighted' : ''}`}
                  style={{ top: (start - from) * PX_PER_MINUTE, height: Math.max(18, (end - start) * PX_PER_MINUTE - 2) }}
                  onClick={() => onOpen(item, day)}
                  title={`${item.start}–${item.end} ${item.title}`}
                >
                  <span className="grid-time">
                    {item.start}–{item.end}
                  </span>{' '}
                  {item.title}
                </button>
              )
            })}
          </div>
        </div>
      ))}
    </div>
  )
}
