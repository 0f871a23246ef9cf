// AWAITING REVIEW by an Arabic-speaking member of the ISU : the names of the
// days and months as the United Nations' Arabic documents write them, for the pages and the PDF alike.

/** Sunday first, as Date.getUTCDay counts. */
export const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const

/** January first, in the United Nations' Arabic form (Levantine name/Egyptian name): one list (decision 0027). */
export { AR_MONTHS } from '../programme/arabic-months'
