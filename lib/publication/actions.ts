'use server'
// The server actions of the publication: mutations through the one pipeline.
import { serverAction } from '@/lib/actions'
import { setArabicDigits } from './arabic-digits-setting'
import { setDocumentSymbol } from './document-symbol-setting'
import { renewPublicPages } from './public-pages'

// The symbol and the digits are printed on the public pages: this server shows them there at once.
export const setDocumentSymbolAction = serverAction(setDocumentSymbol, { revalidate: renewPublicPages })
export const setArabicDigitsAction = serverAction(setArabicDigits, { revalidate: renewPublicPages })
