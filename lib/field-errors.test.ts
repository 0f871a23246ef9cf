// Field messages travel as codes and are said in the reader's language at the form.
import { describe, expect, it } from 'vitest'
import { say } from '@/lib/field-errors'
import { InvalidInput } from '@/lib/actions'
import { messagesFor, translator } from '@/lib/i18n'
import { SignInSchema } from '@/lib/auth/schema'
import { ItemFieldsSchema, SettingsFieldsSchema } from '@/lib/meetings/schema'
import { fieldError, readFieldMessage } from './field-errors'

const fr = translator(messagesFor('fr'))
const es = translator(messagesFor('es'))
const en = translator(messagesFor('en'))

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]))

const item = { start: '10:00', end: '11:00', title: 'Ouverture', description: '', segment: 'opening', committee: '', objectives: [], speakers: '' }

describe('field messages as codes', () => {
  it('reads a code back with its values', () => {
    expect(fieldError('tooLong', { maximum: 200 })).toBe('fieldErrors.tooLong?maximum=200')
    expect(readFieldMessage('fieldErrors.tooLong?maximum=200')).toEqual({ key: 'fieldErrors.tooLong', values: { maximum: '200' } })
    expect(readFieldMessage('A sentence, written out.')).toBeNull()
  })

  it('says a schema’s own message in French and Spanish', () => {
    const errors = messagesOf(ItemFieldsSchema.safeParse({ ...item, title: ' ', end: '09:00' }))
    expect(say(fr, errors.title)).toBe('Saisissez un titre')
    expect(say(fr, errors.end)).toBe('La fin doit être après le début')
    expect(say(es, errors.end)).toBe('El final debe ser posterior al inicio')
    expect(say(en, errors.end)).toBe('The end must be after the start')
  })

  it('turns zod’s own messages (too long, not a choice) into codes with their values', () => {
    const errors = messagesOf(ItemFieldsSchema.safeParse({ ...item, description: 'x'.repeat(5000), segment: 'lunch' }))
    expect(errors.description).toMatch(/^fieldErrors\.tooLong\?maximum=\d+$/)
    expect(say(fr, errors.description)).toMatch(/^\d+ caractères au plus$/)
    expect(say(es, errors.segment)).toBe('Elija una de las opciones.')
  })

  it('says a repeated date with the date it names', () => {
    const errors = messagesOf(SettingsFieldsSchema.safeParse({ title: 'T', venue: 'V', days: [{ date: '2027-06-15', thematic: false }, { date: '2027-06-15', thematic: false }] }))
    expect(say(fr, errors['days.1.date'])).toBe('Deux jours ont la date 2027-06-15')
  })

  it('says the sign-in form’s messages in the reader’s language', () => {
    const errors = messagesOf(SignInSchema.safeParse({ email: '', password: '' }))
    expect(say(fr, errors.email)).toBe('Saisissez votre adresse électronique.')
    expect(say(es, errors.password)).toBe('Escriba su contraseña.')
  })

  it('keeps an English sentence in the log of a refused input', () => {
    expect(new InvalidInput({ deadline: [fieldError('deadline')] }).message).toMatch(/deadline: Enter the deadline as a date and a time\./)
  })
})
