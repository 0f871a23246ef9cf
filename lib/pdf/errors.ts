// A PDF refused or abandoned on purpose (queue.ts, render.ts) as the route answers it: an HTTP status
// and a sentence in the reader's language. The Arabic sentences await review with the Arabic catalogue (lib/i18n/messages/ar.ts).
import type { PdfLanguage } from './input'
import { fill } from './labels'
import { frenchSpacing } from './typography'
import type { PdfErrorCode, PdfLimitError } from './queue'

const MESSAGES: Record<PdfLanguage, Record<PdfErrorCode, string>> = {
  en: {
    'pdf.tooLarge': 'This draft has {entries} items and sub-items; a draft’s PDF is made for at most {limit}. Remove or merge items, or download the programme as data (.json).',
    'pdf.timeout': 'The PDF of this draft was not ready within {seconds} seconds and was stopped. Try again in a moment.',
    'pdf.busy': 'The server is making the PDFs of other drafts. Try again in a few seconds.',
  },
  fr: {
    'pdf.tooLarge': 'Ce projet compte {entries} points et sous-points ; le PDF d’un projet en compte au plus {limit}. Supprimez ou regroupez des points, ou téléchargez le programme sous forme de données (.json).',
    'pdf.timeout': 'Le PDF de ce projet n’était pas prêt après {seconds} secondes et a été abandonné. Réessayez dans un instant.',
    'pdf.busy': 'Le serveur prépare les PDF d’autres projets. Réessayez dans quelques secondes.',
  },
  es: {
    'pdf.tooLarge': 'Este borrador tiene {entries} temas y subtemas; el PDF de un borrador admite como máximo {limit}. Suprima o agrupe temas, o descargue el programa como datos (.json).',
    'pdf.timeout': 'El PDF de este borrador no estaba listo tras {seconds} segundos y se detuvo. Vuelva a intentarlo en un momento.',
    'pdf.busy': 'El servidor está preparando los PDF de otros borradores. Vuelva a intentarlo dentro de unos segundos.',
  },
  ar: {
    'pdf.tooLarge': 'تضم هذه المسودة {entries} بندًا وبندًا فرعيًا، ولا يُعد ملف PDF لمسودة تتجاوز {limit}. احذف بنودًا أو ادمجها، أو نزّل البرنامج في شكل بيانات (.json).',
    'pdf.timeout': 'لم يكتمل ملف PDF لهذه المسودة خلال {seconds} ثانية فأُوقف. يُرجى المحاولة مجددًا بعد لحظات.',
    'pdf.busy': 'يُعد الخادم حاليًا ملفات PDF لمسودات أخرى. يُرجى المحاولة مجددًا بعد بضع ثوانٍ.',
  },
}

/** 413 for a draft too large; 503 (try again) for a draft that took too long or a full queue. */
export const pdfErrorStatus = (error: PdfLimitError) => (error.code === 'pdf.tooLarge' ? 413 : 503)

/** The sentence that tells the reader what happened and what to do. */
export function pdfErrorMessage(error: PdfLimitError, language: PdfLanguage): string {
  const message = MESSAGES[language][error.code]
  return fill(language === 'fr' ? frenchSpacing(message) : message, error.params)
}
