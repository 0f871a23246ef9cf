// AWAITING REVIEW by an Arabic-speaking member of the ISU (as lib/pdf/labels-ar.ts): the names of the
// days and months as the United Nations' Arabic documents write them, for the pages and the PDF alike.

/** Sunday first, as Date.getUTCDay counts. */
export const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const

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
