// Arabic has six plural forms (zero, one, two, few 3–10, many 11–99, other 100+): the catalogue
// writes each, through ICU, as Intl.PluralRules chooses them.
import { describe, expect, it } from 'vitest'
import { messagesFor, translator } from './index'

const t = translator(messagesFor('ar'))

describe('Arabic plurals', () => {
  it('names each of the six forms of a count of errors', () => {
    expect([0, 1, 2, 5, 11, 100].map((count) => t('editor.errorCount', { count }))).toEqual(['لا أخطاء', 'خطأ واحد', 'خطآن', '5 أخطاء', '11 خطأً', '100 خطأ'])
  })
  it('writes the interface’s numbers with Western digits (the ISU’s choice of digits is for the public page and the PDF)', () => {
    expect(t('calendar.weeks', { count: 3 })).toBe('3 أسابيع')
    expect(t('publication.pageOf', { page: 2, pages: 21 })).toBe('الصفحة 2 من 21')
  })
})
