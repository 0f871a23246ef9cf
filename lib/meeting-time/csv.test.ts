import { describe, expect, it } from 'vitest'
import { messagesFor, translator } from '@/lib/i18n'
import { countMeetingTime } from '@/lib/programme'
import { csvField, meetingTimeCsv } from './csv'

describe('time, counted, as CSV', () => {
  const year = {
    ...countMeetingTime({
      year: 2025,
      days: [{ items: [{ start: '10:00', end: '11:00', segment: 'committee', committee: 'article-5', objectives: ['clearance'], speakers: [{ kind: 'state-party' }, 'Host'] }] }],
    }),
    status: 'published',
  }

  it('writes one line per year and row, in long form, with a byte order mark and CRLF', () => {
    const csv = meetingTimeCsv(translator(messagesFor('fr')), [year])
    expect(csv.startsWith('\uFEFFyear,status,table,row,label,minutes,percent_of_total\r\n')).toBe(true)
    const lines = csv.trim().split('\r\n')
    expect(lines).toContain('2025,published,summary,total,Réunion formelle,60,100')
    expect(lines).toContain('2025,published,summary,state-party-share,Part du temps où les États parties prennent la parole,,50')
    expect(lines).toContain('2025,published,committee,article-5,Comité sur la mise en œuvre de l’article 5,60,100')
    expect(lines).toContain('2025,published,speaker,other,Autres,30,50')
    // 4 summary lines and 5 + 5 + 6 + 9 rows of the tables.
    expect(lines).toHaveLength(1 + 4 + 25)
  })

  it('quotes what must be quoted and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField(-3)).toBe('-3')
  })
})
