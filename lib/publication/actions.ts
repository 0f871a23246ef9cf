'use server'
// The server actions of the publication: mutations through the one pipeline.
import { serverAction } from '@/lib/actions'
import { setDocumentSymbol } from './document-symbol-setting'

export const setDocumentSymbolAction = serverAction(setDocumentSymbol)
