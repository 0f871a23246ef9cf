// The words of a form's messages. A schema's message is a catalogue key (the same schema runs in
// the browser and on the server); a server's refusal arrives as a sentence in the reader's language.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import type { ActionFailure } from '@/lib/actions'
import { say } from '@/lib/field-errors'
import type { Translate } from '@/lib/i18n'

export { say }

/**
 * The sentence for a refused action, with field errors put on their fields. `instead` gives a
 * sentence of the form's own for a kind of failure (a conflict the form explains better).
 */
export function refusalMessage<F extends FieldValues>(
  t: Translate,
  res: ActionFailure,
  setError?: UseFormSetError<F>,
  instead: Partial<Record<ActionFailure['error'], string>> = {},
): string {
  const fields = Object.entries(res.fieldErrors ?? {})
  if (setError) for (const [field, messages] of fields) setError(field as Path<F>, { message: messages[0] })
  if (res.error === 'validation' && fields.length) return t('errors.validation')
  return instead[res.error] ?? res.message
}
