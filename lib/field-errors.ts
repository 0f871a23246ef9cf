// Field messages as codes: a schema's message is a catalogue key, with its values written after a
// "?" as in a query string (`fieldErrors.tooLong?maximum=200`), so that one schema runs in the
// browser and on the server and the form says it in the reader's language (components/form-messages).
// zod's own messages (a text too long, a required field left empty, a choice not made) become codes
// through the one error map below, set for the whole process when this module is first imported.
import { z } from 'zod'
import { codedMessage, readCodedMessage } from '@/lib/coded-message'
import type { MessageKey, Messages, Translate } from '@/lib/i18n'

/** The keys of the catalogue's `fieldErrors` section. */
export type FieldErrorKey = keyof Messages['fieldErrors']

/** A field message: the key and the values its sentence names. */
export const fieldError = (key: FieldErrorKey, values: Record<string, string | number> = {}): string => codedMessage(`fieldErrors.${key}`, values)

/** A field message read back: its catalogue key and values, or null for a sentence written out. */
export const readFieldMessage = readCodedMessage

/** A field message in words: a catalogue key (with its values) translated, any other text as it is. */
export function say(t: Translate, message: string | undefined): string {
  const code = message ? readFieldMessage(message) : null
  return code ? t(code.key as MessageKey, code.values) : (message ?? '')
}

const bound = (value: unknown) => (typeof value === 'bigint' || typeof value === 'number' ? Number(value) : Number(String(value)))

/** zod's issues without a message of their own, as codes. */
export const fieldErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return bound(issue.minimum) <= 1 ? fieldError('required') : fieldError('tooShort', { minimum: bound(issue.minimum) })
      if (issue.origin === 'array' || issue.origin === 'set') return fieldError('required')
      return fieldError('tooLow', { minimum: bound(issue.minimum) })
    case 'too_big':
      if (issue.origin === 'string') return fieldError('tooLong', { maximum: bound(issue.maximum) })
      if (issue.origin === 'array' || issue.origin === 'set') return fieldError('tooMany', { maximum: bound(issue.maximum) })
      return fieldError('tooHigh', { maximum: bound(issue.maximum) })
    case 'invalid_format':
      return issue.format === 'email' ? fieldError('email') : fieldError('invalid')
    case 'invalid_value':
      return fieldError('choose')
    case 'invalid_type':
      if (issue.expected === 'int') return fieldError('notAWholeNumber')
      return issue.input === undefined || issue.input === '' ? fieldError('required') : fieldError('invalid')
    default:
      return fieldError('invalid')
  }
}

z.config({ customError: fieldErrorMap })
