// The e-mails of the people's links, in the reader's language: an invitation, a forgotten password.
import { formatGenevaMoment } from '@/lib/i18n/conventions'
import type { OutgoingMessage } from '@/lib/actions'
import { messagesFor, translator, type Locale } from '@/lib/i18n'
import { absoluteLink } from '@/lib/mail/notify'
import type { Role } from '@/lib/auth/permissions'

const SUBJECT_PREFIX = '[Intersessional Planner]'

const bodyOf = (lines: string[]) => lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n')

export function invitationMail(
  locale: Locale,
  invitation: { email: string; name: string; role: Role; year: number | null; inviter: string; token: string; expiresAt: Date },
): OutgoingMessage {
  const t = translator(messagesFor(locale))
  const role = t(`roles.${invitation.role}`)
  const what = invitation.year === null ? t('people.mail.roleStanding', { role }) : t('people.mail.roleOfYear', { role, year: invitation.year })
  return {
    to: invitation.email,
    language: locale,
    subject: `${SUBJECT_PREFIX} ${t('people.mail.invitationSubject')}`,
    body: bodyOf([
      t('people.mail.greeting', { name: invitation.name }),
      '',
      t('people.mail.invitationBody', { inviter: invitation.inviter, what }),
      '',
      absoluteLink(`/invitation/${invitation.token}`),
      '',
      t('people.mail.invitationExpires', { date: formatGenevaMoment(invitation.expiresAt, locale, t) }),
      '',
      '—',
      t('people.mail.signature'),
    ]),
  }
}

export function resetMail(locale: Locale, person: { id: string; email: string; name: string; token: string; expiresAt: Date }): OutgoingMessage {
  const t = translator(messagesFor(locale))
  return {
    to: person.email,
    userId: person.id,
    language: locale,
    subject: `${SUBJECT_PREFIX} ${t('people.mail.resetSubject')}`,
    body: bodyOf([
      t('people.mail.greeting', { name: person.name }),
      '',
      t('people.mail.resetBody'),
      '',
      absoluteLink(`/reset-password/${person.token}`),
      '',
      t('people.mail.resetExpires', { date: formatGenevaMoment(person.expiresAt, locale, t) }),
      t('people.mail.resetIgnore'),
      '',
      '—',
      t('people.mail.signature'),
    ]),
  }
}
