// The programme as an official conference document (A4), in the layout of a United Nations
// document: symbol and date of issue top right, the Convention's name centred, then the programme
// day by day with its items numbered across the days, side events apart at the end.
// Every text of the programme is given to <Text> as a string: react-pdf lays it out as glyphs, so
// nothing in it is ever interpreted (no HTML, no templates).
import { Document, Page, StyleSheet, Text, View, type PageLayoutProps } from '@react-pdf/renderer'
import type { Locale, Translate } from '@/lib/i18n'
import { speakerNames, type Item, type Programme } from '@/lib/programme'
import { formatDateRange, formatDayHeading, formatDayMonthYear } from '@/lib/i18n/dates'
import { isThematic, programmeOutline, type OutlineDay, type OutlineEntry, type OutlineSideEvent } from '@/lib/programme/outline'
import { FONT_STACK } from './fonts'

export type ProgrammePdfProps = {
  programme: Programme
  /** The symbol as printed, revision included: `APLC/ISM/2026/1/Rev.1`. */
  fullSymbol: string
  /** Not approved (draft, consultation): a diagonal mark on every page. */
  draft: boolean
  /** The day of issue, `YYYY-MM-DD`. */
  issuedOn: string
  locale: Locale
  t: Translate
}

const INK = '#111111'
const MUTED = '#5b6470'
const LIGHT = '#8a929c'
const RULE = '#c9ced6'
const ACCENT = '#0b4f8a'
/** A4 in points. */
const A4_WIDTH = 595.28
const A4_HEIGHT = 841.89
const TAG = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' } as const

const styles = StyleSheet.create({
  page: { fontFamily: [...FONT_STACK], fontSize: 10, color: INK, paddingTop: 46, paddingBottom: 64, paddingHorizontal: 62, lineHeight: 1.3 },
  watermark: { position: 'absolute', top: 0, left: 0, width: A4_WIDTH, height: A4_HEIGHT, alignItems: 'center', justifyContent: 'center' },
  watermarkText: { fontSize: 124, lineHeight: 1, fontWeight: 700, color: '#b4232a', opacity: 0.13, transform: 'rotate(-45deg)', letterSpacing: 8 },
  runningHead: { position: 'absolute', top: 24, right: 62, width: 300, textAlign: 'right', fontSize: 8.5, color: MUTED },
  // Placed from the top: absolute positions from the bottom are not reliable in react-pdf's page chrome.
  footer: { position: 'absolute', left: 62, right: 62, top: A4_HEIGHT - 46, flexDirection: 'row', justifyContent: 'space-between', borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 5, fontSize: 8, color: MUTED },
  // First page
  masthead: { flexDirection: 'row', justifyContent: 'flex-end', alignItems: 'flex-end', paddingBottom: 6, borderBottomWidth: 1.6, borderBottomColor: INK },
  symbolBlock: { alignItems: 'flex-end' },
  symbol: { fontSize: 14, fontWeight: 700, letterSpacing: 0.2, lineHeight: 1.2 },
  issued: { fontSize: 9, color: MUTED, marginTop: 2 },
  underline: { height: 0.6, backgroundColor: INK, marginTop: 1.8 },
  titleBlock: { alignItems: 'center', marginTop: 30, marginBottom: 8, paddingHorizontal: 24 },
  convention: { fontSize: 13.5, fontWeight: 700, textAlign: 'center', lineHeight: 1.35 },
  meetings: { fontSize: 12.5, fontWeight: 600, textAlign: 'center', marginTop: 16, lineHeight: 1.3 },
  when: { fontSize: 10.5, textAlign: 'center', marginTop: 3, lineHeight: 1.3 },
  where: { fontSize: 10.5, textAlign: 'center', color: MUTED, marginTop: 1, lineHeight: 1.3 },
  programme: { fontSize: 20, fontWeight: 700, textAlign: 'center', marginTop: 26, letterSpacing: 0.5, lineHeight: 1.2 },
  draftNotice: { fontSize: 9.5, fontStyle: 'italic', color: '#8f1c22', textAlign: 'center', marginTop: 6 },
  // Days
  day: { marginTop: 20 },
  dayHeading: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end', borderBottomWidth: 0.9, borderBottomColor: INK, paddingBottom: 3, marginBottom: 4 },
  dayDate: { fontSize: 12, fontWeight: 700, lineHeight: 1.3 },
  thematicDay: { fontSize: 8.5, fontWeight: 700, color: '#ffffff', backgroundColor: ACCENT, paddingHorizontal: 5, paddingVertical: 1.5, letterSpacing: 0.4, textTransform: 'uppercase' },
  entry: { flexDirection: 'row', paddingVertical: 5, borderBottomWidth: 0.4, borderBottomColor: RULE },
  thematicEntry: { borderLeftWidth: 2.2, borderLeftColor: ACCENT, paddingLeft: 5, marginLeft: -7.2 },
  // Time and number sit on the title's first line: same line height in points (10.5 × 1.3).
  time: { width: 70, fontSize: 9.5, lineHeight: 1.437 },
  number: { width: 22, fontSize: 10.5, fontWeight: 700, lineHeight: 1.3 },
  body: { flex: 1 },
  segmentHeading: { fontSize: 8, fontWeight: 700, color: ACCENT, letterSpacing: 0.6, textTransform: 'uppercase', marginTop: 8, paddingBottom: 2, borderBottomWidth: 0.6, borderBottomColor: ACCENT },
  title: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.3 },
  description: { marginTop: 2, fontSize: 9.5 },
  speakers: { marginTop: 2, fontSize: 9, fontStyle: 'italic', color: MUTED },
  breakEntry: { flexDirection: 'row', paddingVertical: 3, borderBottomWidth: 0.4, borderBottomColor: RULE, color: LIGHT },
  breakTime: { width: 92, fontSize: 8.5 },
  breakTitle: { flex: 1, fontSize: 8.5, fontStyle: 'italic' },
  // Side events
  sideEvents: { marginTop: 28 },
  sectionHeading: { fontSize: 13, fontWeight: 700, lineHeight: 1.3, borderBottomWidth: 0.9, borderBottomColor: INK, paddingBottom: 3 },
  intro: { fontSize: 9, color: MUTED, marginTop: 4, marginBottom: 6 },
  tableHead: { flexDirection: 'row', borderBottomWidth: 0.6, borderBottomColor: INK, paddingVertical: 3, fontSize: 8, fontWeight: 700, color: MUTED, textTransform: 'uppercase', letterSpacing: 0.3 },
  row: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.4, borderBottomColor: RULE, fontSize: 9 },
  colDate: { width: 82, paddingRight: 6 },
  colTime: { width: 66 },
  colEvent: { flex: 1, paddingRight: 8 },
  colHosts: { width: 140, color: MUTED },
  sideEventTitle: { fontWeight: 600 },
  sideEventDescription: { marginTop: 1.5, color: MUTED },
})

/** Long entries may break across pages; ordinary ones are kept whole. */
const keepWhole = (item: Item) => item.title.length + (item.description?.length ?? 0) + speakerNames(item.speakers).join('').length < 1200

export function ProgrammePdf({ programme, fullSymbol, draft, issuedOn, locale, t }: ProgrammePdfProps) {
  const outline = programmeOutline(programme)
  const dates = outline.firstDay && outline.lastDay ? formatDateRange(outline.firstDay, outline.lastDay, locale) : ''
  const title = `${fullSymbol} – ${t('publication.programme')}`
  // Page chrome, drawn around the content of every page: the DRAFT mark, the symbol on later pages,
  // and the footer. A layout template (react-pdf's newer pagination engine) measures the content
  // once instead of laying it out again at every page break: a third less CPU than render props
  // for a 60-item programme (scripts/bench-pdf.ts).
  const chrome = ({ pageNumber = 1, totalPages = 1, children }: PageLayoutProps) => (
    <>
      {draft ? (
        <View style={styles.watermark}>
          <Text style={styles.watermarkText}>{t('publication.draftMark')}</Text>
        </View>
      ) : null}
      {pageNumber > 1 ? <Text style={styles.runningHead}>{fullSymbol}</Text> : null}
      {children}
      <View style={styles.footer}>
        <Text>{fullSymbol}</Text>
        <Text>{t('publication.pageOf', { page: pageNumber, pages: totalPages })}</Text>
      </View>
    </>
  )
  return (
    <Document title={title} subject={`${t('publication.meetings')} ${programme.year}`} author="Anti-Personnel Mine Ban Convention" creator="Intersessional Planner" producer="Intersessional Planner" language={TAG[locale]}>
      <Page size="A4" style={styles.page} layout={chrome}>
        <View style={styles.masthead}>
          <View style={styles.symbolBlock}>
            <Text style={styles.symbol}>{fullSymbol}</Text>
            <Text style={styles.issued}>{t('publication.issuedOn', { date: formatDayMonthYear(issuedOn, locale) })}</Text>
          </View>
        </View>
        <View style={styles.underline} />

        <View style={styles.titleBlock}>
          <Text style={styles.convention}>{t('publication.convention')}</Text>
          <Text style={styles.meetings}>{t('publication.meetings')}</Text>
          {dates ? <Text style={styles.when}>{dates}</Text> : null}
          <Text style={styles.where}>{programme.venue}</Text>
          <Text style={styles.programme}>{t('publication.programme')}</Text>
          {draft ? <Text style={styles.draftNotice}>{t('publication.draftNotice')}</Text> : null}
        </View>

        {outline.days.map((day) => (
          <DaySection key={day.date} day={day} locale={locale} t={t} />
        ))}

        <SideEvents events={outline.sideEvents} locale={locale} t={t} />
      </Page>
    </Document>
  )
}

function DaySection({ day, locale, t }: { day: OutlineDay; locale: Locale; t: Translate }) {
  const [first, ...rest] = day.entries
  // A thematic segment (inside an ordinary day) opens with its heading; its items carry a bar.
  const inSegment = (entry: OutlineEntry | undefined) => entry?.kind === 'item' && entry.item.segment === 'thematic' && !day.thematic
  const opensSegment = (index: number) => inSegment(day.entries[index]) && !inSegment(day.entries[index - 1])
  // The heading and the first entry stay together: a heading is never left alone at the foot of a page.
  return (
    <View style={styles.day}>
      <View wrap={first ? !keepWhole(first.item) : false}>
        <View style={styles.dayHeading}>
          <Text style={styles.dayDate}>{formatDayHeading(day.date, locale)}</Text>
          {day.thematic ? <Text style={styles.thematicDay}>{t('publication.thematicDay')}</Text> : null}
        </View>
        {first ? <Entry entry={first} day={day} opensSegment={opensSegment(0)} t={t} /> : null}
      </View>
      {rest.map((entry, index) => (
        <Entry key={index} entry={entry} day={day} opensSegment={opensSegment(index + 1)} t={t} />
      ))}
    </View>
  )
}

function Entry({ entry, day, opensSegment, t }: { entry: OutlineEntry; day: OutlineDay; opensSegment: boolean; t: Translate }) {
  const { item } = entry
  const time = `${item.start}–${item.end}`
  if (entry.kind === 'break') {
    return (
      <View style={styles.breakEntry} wrap={false}>
        <Text style={styles.breakTime}>{time}</Text>
        <Text style={styles.breakTitle}>{item.title}</Text>
      </View>
    )
  }
  // On a thematic day the day's heading says it; a thematic segment has its own heading.
  return (
    <View wrap={!keepWhole(item)}>
      {opensSegment ? <Text style={styles.segmentHeading}>{t('publication.thematicSegment')}</Text> : null}
      <View style={isThematic(entry, day) ? [styles.entry, styles.thematicEntry] : styles.entry}>
        <Text style={styles.time}>{time}</Text>
        <Text style={styles.number}>{`${entry.number}.`}</Text>
        <View style={styles.body}>
          <Text style={styles.title}>{item.title}</Text>
          {item.description ? <Text style={styles.description}>{item.description}</Text> : null}
          {item.speakers?.length ? <Text style={styles.speakers}>{t('publication.speakers', { names: speakerNames(item.speakers).join('; ') })}</Text> : null}
        </View>
      </View>
    </View>
  )
}

function SideEvents({ events, locale, t }: { events: OutlineSideEvent[]; locale: Locale; t: Translate }) {
  const shortDate = new Intl.DateTimeFormat(TAG[locale], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
  const [first, ...rest] = events
  return (
    <View style={styles.sideEvents}>
      <View wrap={first ? !keepWhole(first.item) : false}>
        <Text style={styles.sectionHeading}>{t('publication.sideEvents')}</Text>
        <Text style={styles.intro}>{first ? t('publication.sideEventsIntro') : t('publication.sideEventsNone')}</Text>
        {first ? (
          <View style={styles.tableHead}>
            <Text style={styles.colDate}>{t('publication.date')}</Text>
            <Text style={styles.colTime}>{t('publication.time')}</Text>
            <Text style={styles.colEvent}>{t('publication.event')}</Text>
            <Text style={styles.colHosts}>{t('publication.hosts')}</Text>
          </View>
        ) : null}
        {first ? <SideEventRow event={first} shortDate={shortDate} /> : null}
      </View>
      {rest.map((event, index) => (
        <SideEventRow key={index} event={event} shortDate={shortDate} />
      ))}
    </View>
  )
}

function SideEventRow({ event: { date, item }, shortDate }: { event: OutlineSideEvent; shortDate: Intl.DateTimeFormat }) {
  return (
    <View style={styles.row} wrap={!keepWhole(item)}>
      <Text style={styles.colDate}>{shortDate.format(new Date(`${date}T00:00:00Z`))}</Text>
      <Text style={styles.colTime}>{`${item.start}–${item.end}`}</Text>
      <View style={styles.colEvent}>
        <Text style={styles.sideEventTitle}>{item.title}</Text>
        {item.description ? <Text style={styles.sideEventDescription}>{item.description}</Text> : null}
      </View>
      <Text style={styles.colHosts}>{speakerNames(item.speakers).join('; ')}</Text>
    </View>
  )
}
