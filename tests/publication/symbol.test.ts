import { describe, expect, it } from 'vitest'
import { attachmentDisposition, documentSymbol, programmeFileName } from '@/lib/publication/symbol'

describe('document symbol and file names', () => {
  it('names a revision by the symbol the ISU set, with its revision label', () => {
    expect(documentSymbol('APLC/MSP.23/2026/INF.1', 1)).toEqual({ symbol: 'APLC/MSP.23/2026/INF.1', revisionLabel: 'Rev.1', fullSymbol: 'APLC/MSP.23/2026/INF.1/Rev.1' })
    expect(documentSymbol(' APLC/MSP.23/2026/INF.1 ', 0)).toEqual({ symbol: 'APLC/MSP.23/2026/INF.1', revisionLabel: null, fullSymbol: 'APLC/MSP.23/2026/INF.1' })
    expect(documentSymbol('APLC/CONF/2031/1', 12).fullSymbol).toBe('APLC/CONF/2031/1/Rev.12')
  })

  it('invents no symbol: without one, a revision is its label and the original has none', () => {
    expect(documentSymbol(null, 2)).toEqual({ symbol: '', revisionLabel: 'Rev.2', fullSymbol: 'Rev.2' })
    expect(documentSymbol('  ', 1).fullSymbol).toBe('Rev.1')
    expect(documentSymbol(undefined, 0)).toEqual({ symbol: '', revisionLabel: null, fullSymbol: '' })
  })

  it('names the files: -revN for a revision, nothing for the original', () => {
    expect(programmeFileName(2026, 1)).toBe('intersessional-programme-2026-rev1.pdf')
    expect(programmeFileName(2026, 0)).toBe('intersessional-programme-2026.pdf')
    expect(programmeFileName(2026, 2, 'ics')).toBe('intersessional-programme-2026-rev2.ics')
    expect(programmeFileName(2025, 0, 'json')).toBe('intersessional-programme-2025.json')
  })

  it('refuses what is not a year or a revision', () => {
    expect(() => documentSymbol(null, -1)).toThrow(RangeError)
    expect(() => documentSymbol('APLC/CONF/2026/1', 0.5)).toThrow(RangeError)
    expect(() => programmeFileName(26, 0)).toThrow(RangeError)
    expect(() => programmeFileName(2026, 1.5)).toThrow(RangeError)
  })

  it('writes a Content-Disposition header with both file name forms', () => {
    expect(attachmentDisposition('intersessional-programme-2026-rev1.pdf')).toBe(
      `attachment; filename="intersessional-programme-2026-rev1.pdf"; filename*=UTF-8''intersessional-programme-2026-rev1.pdf`,
    )
    expect(attachmentDisposition('programme "é".pdf')).toBe(`attachment; filename="programme ___.pdf"; filename*=UTF-8''programme%20%22%C3%A9%22.pdf`)
  })
})
