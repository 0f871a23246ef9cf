// Arabic month names as the United Nations' Arabic documents write them: the Levantine (Syriac) name,
// a slash, then the Egyptian one ("حزيران/يونيه"), with يونيه and يوليه for June and July. One
// convention for the interface and the PDF (docs/arabic.md); Intl writes CLDR's single names
// ("يونيو"), so every Arabic date the application writes passes through `unArabicMonths`.

/** January first, in the United Nations' Arabic form (Levantine name/Egyptian name). */
export const AR_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
] as const

/** CLDR's Arabic month names (Intl's, long and short alike), January first. */
const CLDR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'] as const

const UN_BY_CLDR = new Map<string, string>(CLDR_MONTHS.map((name, i) => [name, AR_MONTHS[i]!]))

// A CLDR name standing as a word of its own (not already the second half of a UN pair, after "/").
const CLDR_NAME = new RegExp(`(?<![\\u0600-\\u06FF/])(${CLDR_MONTHS.join('|')})(?![\\u0600-\\u06FF])`, 'gu')

/** An Arabic date as Intl wrote it, with the United Nations' month names: "16 يونيو 2026" → "16 حزيران/يونيه 2026". */
export function unArabicMonths(text: string): string {
  return text.replace(CLDR_NAME, (name) => UN_BY_CLDR.get(name) ?? name)
}

/** Whether a BCP 47 tag or locale writes Arabic ("ar", "ar-u-nu-latn", "ar-XB"). */
export const isArabicTag = (tag: string) => tag === 'ar' || tag.startsWith('ar-')
