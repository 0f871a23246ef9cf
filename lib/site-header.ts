// The signed-in part of the site's header: the links a person's role opens, who they are, and how
// many notifications they have not read. The application's layout renders it on the server; the
// public programme pages, cached and the same for everyone, ask for it from the browser
// (GET /api/header), so that rendering them reads no session.
import 'server-only'
import { can } from '@/lib/auth/policy'
import { currentUser } from '@/lib/auth/session'
import type { SessionUser } from '@/lib/auth/user'
import { db } from '@/lib/db'
import type { MessageKey, Translate } from '@/lib/i18n'
import { countUnread } from '@/lib/notifications'

/** A link of the header's menu, its label as a key of the catalogue (words come at the edge). */
export type NavEntry = { href: string; label: MessageKey }

/** Who is signed in, as the header shows them. */
export type HeaderAccount = { name: string; role: SessionUser['role']; admin: boolean; unread: number; links: NavEntry[] }

/** The header's links, in order, for this person (null: signed out). */
export function navigationFor(user: SessionUser | null): NavEntry[] {
  const links: NavEntry[] = []
  if (can(user, 'programme.viewDraft')) links.push({ href: '/meetings', label: 'nav.programmes' })
  links.push({ href: '/programme', label: 'nav.published' })
  if (can(user, 'users.manage')) links.push({ href: '/admin/users', label: 'nav.users' })
  if (can(user, 'outbox.read')) links.push({ href: '/admin/outbox', label: 'notifications.outboxTitle' })
  if (user) links.push({ href: '/profile', label: 'people.nav.profile' })
  return links
}

/** The signed-in person's header, or null when no one is signed in. */
export async function headerAccount(): Promise<HeaderAccount | null> {
  const user = await currentUser()
  if (!user) return null
  return { name: user.name, role: user.role, admin: user.admin, unread: await countUnread(db(), user.id), links: navigationFor(user) }
}

/** "Signed in as Ana Rossi (President, administrator)". */
export function signedInAs(t: Translate, person: Pick<SessionUser, 'name' | 'role' | 'admin'>): string {
  return t('nav.signedInAs', { name: person.name, role: t(`roles.${person.role}`) + (person.admin ? `, ${t('roles.admin')}` : '') })
}

/** The signed-in part of the header in words (the public pages' script shows it as it is, public/scripts/public-page.js). */
export type HeaderWords = { links: { href: string; label: string }[]; notifications: string; unread: number; unreadText: string; signedInAs: string; signOut: string }

export function headerWords(account: HeaderAccount, t: Translate): HeaderWords {
  return {
    links: account.links.map((link) => ({ href: link.href, label: t(link.label) })),
    notifications: t('notifications.link'),
    unread: account.unread,
    unreadText: t('notifications.unreadSuffix', { count: account.unread }),
    signedInAs: signedInAs(t, account),
    signOut: t('nav.signOut'),
  }
}
