// Deadlines are instants, written and read in Geneva time (where the Committee meets), whatever the
// server's or the browser's zone. Pure: Intl does the zone arithmetic. The words for an instant, in
// the reader's language, are lib/i18n/conventions.ts's (formatGenevaMoment, formatGenevaShort).
export const GENEVA = 'Europe/Zurich'

const parts = (instant: Date) => {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone: GENEVA, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]))
  return { y: +p.year!, mo: +p.month!, d: +p.day!, h: +p.hour!, mi: +p.minute!, s: +p.second! }
}

/** Geneva's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function genevaOffsetMinutes(instant: Date): number {
  const p = parts(instant)
  return Math.round((Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000)
}

/** `2026-11-30T18:00` in Geneva as an instant, or null when it is not such a date and time. */
export function genevaLocalToInstant(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null
  // Two passes settle the offset on either side of a change of clocks.
  let instant = asUtc - genevaOffsetMinutes(new Date(asUtc)) * 60_000
  instant = asUtc - genevaOffsetMinutes(new Date(instant)) * 60_000
  return new Date(instant)
}

/** The instant as a Geneva `YYYY-MM-DDTHH:MM`, the value of a datetime-local field. */
export function instantToGenevaLocal(instant: Date): string {
  const p = parts(instant)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${p.y}-${two(p.mo)}-${two(p.d)}T${two(p.h)}:${two(p.mi)}`
}
