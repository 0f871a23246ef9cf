// E-mails in the recipient's language, whoever acts: a French-speaking member reads in French what
// an English-speaking ISU officer's change tells them, and the notification list says it in the
// reader's language when read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRound } from '@/lib/consultation/rounds'
import { messagesFor, translator } from '@/lib/i18n'
import { notificationInWords } from '@/lib/mail/notification-words'
import { rememberLanguage } from '@/lib/people/language'
import { PROVIDERS } from '../support/databases'
import { workflowFixture, type Fixture } from './support'

describe.each(PROVIDERS)('e-mails in the recipient’s language on $provider', ({ provider, skip }) => {
  let f: Fixture
  beforeAll(async () => {
    if (!skip) f = await workflowFixture(provider)
  })
  afterAll(async () => f?.drop())

  it.skipIf(skip)('writes the French member in French and the English President in English', async () => {
    expect(await rememberLanguage(f.db, f.users.committee, { language: 'fr' })).toEqual({ language: 'fr', changed: true })
    expect(await rememberLanguage(f.db, f.users.committee, { language: 'fr' })).toEqual({ language: 'fr', changed: false })
    const version = (await f.db.programme.findUniqueOrThrow({ where: { id: f.programmeId } })).version
    await openRound(f.db, f.users.isu, { programmeId: f.programmeId, version, message: 'Please look.', deadline: new Date(Date.now() + 10 * 24 * 3600 * 1000), silenceProcedure: true })

    const [french] = await f.db.outboxMessage.findMany({ where: { userId: f.users.committee.id } })
    expect(french!.subject).toMatch(/^\[Intersessional Planner\] Consultation sur le programme de 2026\u00a0: votre réponse est attendue d’ici le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? \p{L}+ 20\d\d, \d{1,2}\u00a0h\u00a0\d\d \(heure de Genève\)$/u)
    expect(french!.body).toMatch(/^Bonjour Kwame Mensah,/)
    expect(french!.language).toBe('fr') // the outbox shows it marked as French, whatever the reader's language
    expect(french!.body).toContain('Please look.')
    expect(french!.body).toContain('Selon la procédure d’approbation tacite')

    const [english] = await f.db.outboxMessage.findMany({ where: { userId: f.users.president.id } })
    expect(english!.subject).toMatch(/^\[Intersessional Planner\] Consultation on the programme of 2026: your answer is awaited by [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d \(Geneva\)$/)
    expect(english!.body).toMatch(/^Dear Ana Ferreira,/)
    expect(english!.language).toBe('en')

    // The same notification, read on the page: in the reader's language.
    const [notice] = await f.db.notification.findMany({ where: { userId: f.users.committee.id, kind: 'round.opened' } })
    expect(notificationInWords(notice!.title, translator(messagesFor('es')), 'es')).toMatch(/^Consulta sobre el programa de 2026: se espera su respuesta a más tardar el \p{L}+ \d{1,2} de \p{L}+ de 20\d\d, \d\d\.\d\d horas \(hora de Ginebra\)$/u)
  })
})
