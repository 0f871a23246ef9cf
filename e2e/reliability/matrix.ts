// The authorisation matrix: one row for every server action and route handler (found in the source
// by tests/reliability/entry-points.ts), each naming the permission of lib/auth/permissions.ts it
// needs. Who is expected to be allowed is computed from that table with can(), never written here.
//
// Each call is designed so that an allowed role gets past the policy without doing harm: a stale
// version (a conflict), a year that is taken, a deadline in the past, a round already closed. A
// refused role gets 'forbidden' (or 'signed-out' when signed out) from a server action, and the
// status named in the row from a route handler.
import { can, type Actor, type Resource } from '@/lib/auth/policy'
import type { Action, Status } from '@/lib/auth/permissions'

/** What an entry point needs: a permission of the table, or anyone, any signed-in user, no one. */
export type Need = Action | 'public' | 'signed-in' | 'nobody'

/** The programmes the matrix runs against, one in each status, and what they hold. */
export type ProgrammeFixture = {
  status: Status
  year: number
  id: string
  version: number
  days: { id: string; date: string; thematic: boolean }[]
  itemId: string
  itemVersion: number
  /** A thread started by the Committee member, with one live and one deleted comment of theirs. */
  threadId: string
  commentId: string
  commentBody: string
  deletedCommentId: string
  /** A consultation round that has closed. */
  closedRoundId: string
  otherMeeting: { id: string; name: string; start: string; end: string }
}

export type World = {
  programmes: Record<Status, ProgrammeFixture>
  users: { committee: string; target: string }
  target: { email: string; password: string }
}

/** A server action's answer, as the matrix sees it. */
export type ActionAnswer = 'ok' | 'conflict' | 'validation' | 'not-found' | 'forbidden' | 'signed-out' | 'unexpected' | 'server-error' | 'locale-set'

export type ActionCall = {
  type: 'action'
  /** JSON arguments, or a form (the language switcher's FormData). */
  args: (world: World, programme: ProgrammeFixture | null) => unknown[] | { form: Record<string, string> }
  /** What an allowed role gets. */
  allowed: ActionAnswer
}

export type RouteCall = {
  type: 'route'
  method: 'GET' | 'POST'
  url: (programme: ProgrammeFixture | null) => string
  /** The status of a refusal, signed out and signed in. */
  refused: { signedOut: number; signedIn: number }
  /** For POST /api/auth: sign in as the matrix's target user. */
  signIn?: boolean
  /** A form posted as a page of the site posts it (Sec-Fetch-Site), answered with this status when allowed (else 200). */
  form?: { fields: Record<string, string>; allowed: number }
}

export type MatrixCase = {
  label: string
  /** Run against the programme in each status (true), or once without a programme. */
  perStatus: boolean
  needs: (status: Status | null) => Need | Need[]
  /** What the action is taken on, when owning it matters. */
  resource?: (world: World, programme: ProgrammeFixture | null) => Resource
  call: ActionCall | RouteCall
}

/** A version no one has seen: an allowed save gets a conflict and changes nothing. */
export const STALE = 1_000_000

const fixture = (p: ProgrammeFixture | null): ProgrammeFixture => {
  if (!p) throw new Error('This case needs a programme')
  return p
}

const itemFields = { start: '10:00', end: '11:00', title: 'Matrix item', description: '', segment: 'general', committee: '', objectives: [], speakers: '' }
const formatFields = { format: 'thematic-segment', decidedOn: '2026-01-10', rationale: 'Matrix rationale.', consultedCoordinatingCommittee: false, consultationId: null }

const action = (allowed: ActionAnswer, args: ActionCall['args']): ActionCall => ({ type: 'action', allowed, args })
const onProgramme = (needs: Need | ((s: Status | null) => Need | Need[]), call: ActionCall | RouteCall, extra: Partial<MatrixCase> = {}): MatrixCase[] => [
  { label: '', perStatus: true, needs: typeof needs === 'function' ? needs : () => needs, call, ...extra },
]
const once = (needs: Need, call: ActionCall | RouteCall, label = ''): MatrixCase[] => [{ label, perStatus: false, needs: () => needs, call }]
const committeeOwns = (world: World): Resource => ({ ownerId: world.users.committee })

const members = { signedOut: 401, signedIn: 403 }
const absent = { signedOut: 404, signedIn: 404 }
const route = (url: RouteCall['url'], refused: RouteCall['refused']): RouteCall => ({ type: 'route', method: 'GET', url, refused })

export const MATRIX: Record<string, MatrixCase[]> = {
  // The editor
  'lib/meetings/actions.ts#saveItemAction': onProgramme(
    'programme.edit',
    action('conflict', (_, p) => [{ programmeId: fixture(p).id, dayId: fixture(p).days[0]!.id, itemId: fixture(p).itemId, version: STALE, fields: itemFields, shiftFollowing: false }]),
  ),
  'lib/meetings/actions.ts#deleteItemAction': onProgramme('programme.edit', action('conflict', (_, p) => [{ itemId: fixture(p).itemId, version: STALE }])),
  'lib/meetings/actions.ts#moveItemAction': onProgramme('programme.edit', action('conflict', (_, p) => [{ itemId: fixture(p).itemId, version: STALE, direction: 'down' }])),
  'lib/meetings/actions.ts#placeItemAction': onProgramme('programme.edit', action('conflict', (_, p) => [{ itemId: fixture(p).itemId, version: STALE, dayId: fixture(p).days[0]!.id, mode: 'move', time: '10:00' }])),
  'lib/meetings/actions.ts#saveSettingsAction': onProgramme(
    'programme.edit',
    action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, fields: { title: 'Matrix', venue: 'Geneva', days: fixture(p).days } }]),
  ),
  'lib/meetings/actions.ts#recordFormatAction': [
    ...onProgramme('format.decide', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, kind: 'decide', fields: formatFields }]), { label: 'decide' }),
    ...onProgramme('format.propose', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, kind: 'propose', fields: formatFields }]), { label: 'propose' }),
  ],

  // The Presidency: a stale version gets a conflict and changes nothing.
  'lib/presidency/actions.ts#savePresidentAction': once('presidency.edit', action('conflict', () => [{ year: 2099, president: 'Matrix President', state: '', version: STALE }])),

  // The States and the invitations
  'lib/states/actions.ts#saveStateAction': once(
    'states.edit',
    action('conflict', () => [{ iso: 'KHM', status: null, article5Deadline: '', extensionPending: false, article4UnderWay: false, significantSurvivors: false, version: STALE }]),
  ),
  'lib/states/actions.ts#setInvitationAction': onProgramme(
    'programme.edit',
    action('conflict', (_, p) => [{ itemId: fixture(p).itemId, version: STALE, invited: { states: ['KHM'], basis: 'Matrix basis' } }]),
  ),

  // The programme's status
  'lib/workflow/actions.ts#approveAction': onProgramme(
    'programme.approve',
    action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, fingerprint: 'stale', acknowledged: [] }]),
  ),
  'lib/workflow/actions.ts#publishAction': onProgramme('programme.publish', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE }])),
  'lib/workflow/actions.ts#backToDraftAction': onProgramme('programme.backToDraft', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE }])),
  'lib/workflow/actions.ts#startRevisionAction': onProgramme('programme.revise', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE }])),
  'lib/publication/actions.ts#setDocumentSymbolAction': onProgramme('programme.setSymbol', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, symbol: 'APLC/MSP.23/2026/INF.1' }])),
  'lib/publication/actions.ts#setArabicDigitsAction': onProgramme('programme.setDigits', action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, digits: 'arabic-indic' }])),

  // Other Conventions' meetings: adding one is a real change, on the matrix's own programmes.
  'lib/meetings/actions.ts#addOtherMeetingAction': onProgramme(
    'otherMeeting.edit',
    action('ok', (_, p) => [{ programmeId: fixture(p).id, name: 'Matrix meeting', start: fixture(p).days[0]!.date, end: fixture(p).days[0]!.date }]),
  ),
  'lib/meetings/actions.ts#updateOtherMeetingAction': onProgramme(
    'otherMeeting.edit',
    action('conflict', (_, p) => {
      const m = fixture(p).otherMeeting
      return [{ programmeId: fixture(p).id, id: m.id, previous: { ...m, name: 'Not what is stored' }, name: 'Matrix', start: m.start, end: m.end }]
    }),
  ),
  'lib/meetings/actions.ts#removeOtherMeetingAction': onProgramme(
    'otherMeeting.edit',
    action('conflict', (_, p) => {
      const m = fixture(p).otherMeeting
      return [{ programmeId: fixture(p).id, id: m.id, previous: { name: 'Not what is stored', start: m.start, end: m.end } }]
    }),
  ),

  // Comments and consultation
  'lib/comments/actions.ts#startThreadAction': onProgramme(
    'comment.create',
    action('not-found', (_, p) => [{ programmeId: fixture(p).id, itemId: 'no-such-item', body: 'Matrix thread' }]),
  ),
  // A real reply, on the matrix's own thread (its notifications are removed afterwards).
  'lib/comments/actions.ts#replyAction': onProgramme('comment.create', action('ok', (_, p) => [{ threadId: fixture(p).threadId, body: 'Matrix reply' }])),
  // The same text again: allowed, and nothing changes.
  'lib/comments/actions.ts#editCommentAction': onProgramme(
    'comment.edit',
    action('ok', (_, p) => [{ commentId: fixture(p).commentId, body: fixture(p).commentBody }]),
    { resource: committeeOwns },
  ),
  // A comment already deleted: allowed, and nothing changes.
  'lib/comments/actions.ts#deleteCommentAction': onProgramme(
    'comment.edit',
    action('ok', (_, p) => [{ commentId: fixture(p).deletedCommentId }]),
    { resource: committeeOwns },
  ),
  // Reopening an open thread: allowed, and nothing changes.
  'lib/comments/actions.ts#resolveThreadAction': onProgramme(
    'thread.resolve',
    action('ok', (_, p) => [{ threadId: fixture(p).threadId, resolved: false }]),
    { resource: committeeOwns },
  ),
  'lib/comments/actions.ts#loadEarlierCommentsAction': onProgramme(
    'programme.viewDraft',
    action('ok', (_, p) => [{ threadId: fixture(p).threadId, before: fixture(p).commentId }]),
  ),
  'lib/consultation/actions.ts#openRoundAction': onProgramme(
    'consultation.open',
    action('validation', (_, p) => [{ programmeId: fixture(p).id, version: STALE, message: 'Matrix round', deadline: '2020-01-01T00:00:00Z', silenceProcedure: true }]),
  ),
  'lib/consultation/actions.ts#respondAction': onProgramme(
    'consultation.respond',
    action('validation', (_, p) => [{ roundId: fixture(p).closedRoundId, answer: 'no-objection', note: '' }]),
  ),
  'lib/consultation/actions.ts#closeRoundAction': onProgramme('consultation.close', action('conflict', (_, p) => [{ roundId: fixture(p).closedRoundId }])),

  // Creating a year: the years asked for are taken, so an allowed role is told so and nothing is made.
  'lib/meetings/actions.ts#createBlankAction': once('programme.create', action('validation', (w) => [{ year: w.programmes.draft.year }])),
  'lib/meetings/actions.ts#createFromPreviousAction': once(
    'programme.create',
    action('validation', (w) => [{ fromYear: w.programmes.draft.year, year: w.programmes.published.year, firstDay: null }]),
  ),
  'lib/meetings/actions.ts#importAction': once('programme.create', action('ok', () => [{ text: 'not a programme' }])),
  // A version no one has seen: the President (or an administrator) is told of the conflict, and nothing is deleted.
  'lib/meetings/actions.ts#deleteProgrammeAction': onProgramme(
    'programme.delete',
    action('conflict', (_, p) => [{ programmeId: fixture(p).id, version: STALE, confirmYear: fixture(p).year }]),
  ),

  'lib/notifications/actions.ts#markReadAction': once('signed-in', action('ok', () => [{ ids: ['matrix-no-such-notification'] }])),
  // No choice given: allowed, and nothing changes.
  'lib/notifications/actions.ts#saveEmailPreferencesAction': once('notifications.preferences', action('ok', () => [{ choices: {} }])),
  // The target user keeps the role it has: allowed, and nothing changes.
  'lib/users/actions.ts#changeRoleAction': once('users.manage', action('ok', (w) => [{ userId: w.users.target, role: 'observer', admin: false }])),
  // People (issue 17). Each allowed call is refused by the change itself, or changes nothing.
  'lib/people/actions.ts#inviteAction': once('people.invite', action('validation', (w) => [{ email: w.target.email, name: 'Matrix', role: 'observer', year: null, admin: false, language: 'en' }])),
  'lib/people/actions.ts#resendInvitationAction': once('people.invite', action('not-found', () => [{ invitationId: 'matrix-no-such-invitation' }])),
  'lib/people/actions.ts#revokeInvitationAction': once('people.invite', action('not-found', () => [{ invitationId: 'matrix-no-such-invitation' }])),
  'lib/people/actions.ts#setMembershipAction': once('people.manage', action('not-found', () => [{ userId: 'matrix-no-such-user', year: 2099, role: 'observer' }])),
  'lib/people/actions.ts#removeMembershipAction': once('people.manage', action('ok', (w) => [{ userId: w.users.target, year: 2099 }])),
  'lib/people/actions.ts#copyCommitteeAction': once('people.manage', action('validation', () => [{ year: 2100 }])),
  'lib/people/actions.ts#setActiveAction': once('people.manage', action('ok', (w) => [{ userId: w.users.target, active: true }])),
  'lib/people/actions.ts#renameSelfAction': once('profile.edit', action('validation', () => [{ name: '' }])),
  'lib/people/actions.ts#changePasswordAction': once('profile.edit', action('validation', () => [{ current: 'not the password at all', password: 'a long enough new password' }])),
  'lib/people/actions.ts#acceptInvitationAction': once('public', action('not-found', () => [{ token: 'matrix-no-such-token-0123456789', name: 'Matrix', password: 'a long enough password' }])),
  'lib/people/actions.ts#requestPasswordResetAction': once('public', action('ok', () => [{ email: 'nobody@matrix.test' }])),
  'lib/people/actions.ts#resetPasswordAction': once('public', action('not-found', () => [{ token: 'matrix-no-such-token-0123456789', password: 'a long enough password' }])),
  'lib/people/language-choice.ts#setLocale': once('public', action('locale-set', () => ({ form: { locale: 'en' } }))),

  // Route handlers
  'GET /api/auth/[...nextauth]': once('public', route(() => '/api/auth/providers', absent)),
  // The signed-in part of the cached public pages' header: anyone may ask (signed out, the answer is null).
  'GET /api/header': once('public', route(() => '/api/header', absent)),
  // The public pages' language switcher: anyone, from a page of this site (a 303 back to it).
  'POST /api/language': once('public', { type: 'route', method: 'POST', url: () => '/api/language', refused: absent, form: { fields: { locale: 'en' }, allowed: 303 } }),
  'POST /api/auth/[...nextauth]': once('public', { type: 'route', method: 'POST', url: () => '/api/auth/callback/credentials', refused: absent, signIn: true }),
  // A draft is answered to whoever may not read it exactly as a year without a programme.
  'GET /meetings/[year]/export': onProgramme((s) => (s === 'published' ? 'public' : 'programme.viewDraft'), route((p) => `/meetings/${fixture(p).year}/export`, absent)),
  'GET /meetings/[year]/findings': onProgramme(
    (s) => (s === 'published' ? ['programme.viewDraft', 'programme.viewPublished'] : 'programme.viewDraft'),
    route((p) => `/meetings/${fixture(p).year}/findings`, absent),
  ),
  // Who has the editor open: read by polling (GET writes nothing), said by a heartbeat (POST).
  'GET /meetings/[year]/presence': onProgramme('programme.viewDraft', route((p) => `/meetings/${fixture(p).year}/presence`, absent)),
  'POST /meetings/[year]/presence': onProgramme('programme.viewDraft', { type: 'route', method: 'POST', url: (p) => `/meetings/${fixture(p).year}/presence`, refused: absent }),
  'GET /meetings/time.csv': once('programme.viewDraft', route(() => '/meetings/time.csv', absent)),
  'GET /meetings/[year]/pdf': onProgramme('programme.viewDraft', route((p) => `/meetings/${fixture(p).year}/pdf`, members)),
  'GET /programme/[year]/ics': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/ics`, absent)),
  'GET /programme/[year]/json': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/json`, absent)),
  'GET /programme/[year]/pdf': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/pdf`, absent)),
  // A release's own files: the published fixture has its original (release 0); the others have none.
  'GET /programme/[year]/releases/[number]/ics': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/releases/0/ics`, absent)),
  'GET /programme/[year]/releases/[number]/json': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/releases/0/json`, absent)),
  'GET /programme/[year]/releases/[number]/pdf': onProgramme((s) => (s === 'published' ? 'public' : 'nobody'), route((p) => `/programme/${fixture(p).year}/releases/0/pdf`, absent)),
}

/** Whether the permission table lets `user` through this case (null: signed out). */
export function expectedAllowed(c: MatrixCase, user: Actor | null, world: World, programme: ProgrammeFixture | null): boolean {
  const needs = [c.needs(programme?.status ?? null)].flat()
  return needs.some((need) => {
    if (need === 'public') return true
    if (need === 'signed-in') return user !== null
    if (need === 'nobody') return false
    return can(user, need, programme ? { status: programme.status } : undefined, c.resource?.(world, programme))
  })
}
