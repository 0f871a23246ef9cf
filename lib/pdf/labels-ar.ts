// AWAITING REVIEW by an Arabic-speaking member of the ISU: the PDF's fixed words in Arabic, written
// after the United Nations' Arabic usage (the Convention's Arabic title, "حزيران/يونيه" month names,
// "(تابع)" for a continued heading). Nothing here has been checked by a native speaker yet; correct
// freely. The application's catalogue (lib/i18n) has no Arabic yet, so every word the Arabic PDF
// prints is here, including those the other languages take from the catalogue.
import type { PdfLabels } from './input'

export const AR_REVIEW_STATUS = 'awaiting review by an Arabic-speaking member of the ISU' as const

export const AR_LABELS: PdfLabels = {
  // The words the other languages take from the catalogue (publication.*).
  convention: 'اتفاقية حظر استعمال وتخزين وإنتاج ونقل الألغام المضادة للأفراد وتدمير تلك الألغام',
  meetings: 'الاجتماعات المعقودة بين الدورات',
  programme: 'البرنامج',
  draftMark: 'مسودة',
  draftNotice: 'مسودة: لم يُعتمد هذا البرنامج بعد.',
  pageOf: 'الصفحة {page} من {pages}',
  issuedOn: 'صدر في {date}',
  thematicDay: 'يوم مواضيعي',
  thematicSegment: 'جزء مواضيعي',
  speakers: 'المتكلمون: {names}',
  sideEvents: 'لمحة عن الأنشطة الجانبية',
  sideEventsIntro: 'تنظم الجهات المضيفة الأنشطة الجانبية على هامش البرنامج الرسمي، وتُعقد دون ترجمة شفوية.',
  sideEventsNone: 'لم يُعلن عن أي نشاط جانبي.',
  date: 'التاريخ',
  time: 'الوقت',
  event: 'النشاط',
  hosts: 'المنظمون والمتكلمون',
  // The PDF's own words.
  shortConvention: 'اتفاقية حظر الألغام المضادة للأفراد',
  annotatedProgramme: 'البرنامج المشروح',
  notForDistribution: 'مسودة — ليست للتوزيع',
  printedAt: 'طُبعت في {date} الساعة {time} (بتوقيت جنيف)',
  original: 'الأصل: {language}',
  originalLanguage: 'بالإنكليزية',
  morningSession: 'الجلسة الصباحية',
  afternoonSession: 'جلسة بعد الظهر',
  continued: '{day} (تابع)',
  chair: 'الرئاسة: {name}',
  room: '{room}',
  originalOnly: '(بالإنكليزية فقط)',
  replaces: 'يحل هذا التنقيح محل البرنامج الصادر في {date}.',
  replacesSymbol: 'يحل هذا التنقيح محل الوثيقة {symbol} الصادرة في {date}.',
  changes: 'التغييرات',
  invited: 'الدول الأطراف المدعوة إلى تقديم معلومات ({basis}): {states}.',
  actions: 'خطة العمل: الإجراءات {actions}.',
  revision: 'Rev.{number}',
}

/** The days' and months' names: one list for the pages and the PDF (lib/i18n/arabic-calendar.ts). */
export { AR_MONTHS, AR_WEEKDAYS } from '@/lib/i18n/arabic-calendar'

/** Letters of sub-items, in the abjad order Arabic documents use: (أ), (ب), (ج) ... */
export const AR_LETTERS = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'] as const
