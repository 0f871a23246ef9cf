'use server'
// The server actions of the publication: mutations through the one pipeline.
import { serverAction } from '@/lib/actions'
import { setArabicDigits } from './arabic-digits-setting'
import { setDocumentSymbol } from './document-symbol-setting'

export const setDocumentSymbolAction = serverAction(setDocumentSymbol)
export const setArabicDigitsAction = serverAction(setArabicDigits)
