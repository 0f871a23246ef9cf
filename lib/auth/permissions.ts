// The permission table: who may do what, and in which states of the programme. The policy module
// (policy.ts) decides with it and the authorisation tests read it, so the two cannot drift apart.

export const ROLES = ['president', 'isu', 'committee', 'observer'] as const
export type Role = (typeof ROLES)[number]

export const STATUSES = ['draft', 'consultation', 'approved', 'published'] as const
export type Status = (typeof STATUSES)[number]

export type Rule = {
  /** Roles that may take the action; an admin may too only when `admin` is true. */
  roles: readonly Role[]
  admin?: boolean
  /** Roles that may take the action on something of their own (their comment, their thread), see `can`'s `resource`. */
  owners?: readonly Role[]
  /** When given, the programme must be in one of these states. */
  statuses?: readonly Status[]
  description: string
}

const editors = ['president', 'isu'] as const
const members = ['president', 'isu', 'committee'] as const
const everyone = ROLES
const open = ['draft', 'consultation'] as const

export const PERMISSIONS = {
  'programme.list': { roles: everyone, description: 'See the list of programmes (observers see published ones only)' },
  'programme.viewDraft': { roles: members, description: 'Read a programme that is not published' },
  'programme.viewPublished': { roles: everyone, statuses: ['published'], description: 'Read a published programme' },
  'programme.create': { roles: editors, description: 'Create a programme for a year' },
  'programme.edit': { roles: editors, statuses: open, description: 'Change days, items and settings' },
  'programme.delete': { roles: ['president'], admin: true, statuses: ['draft'], description: 'Delete a draft programme (with what it holds)' },
  'format.propose': { roles: editors, statuses: open, description: 'Prepare a format proposal' },
  'format.decide': { roles: ['president'], statuses: open, description: 'Record the format decision' },
  'otherMeeting.edit': { roles: editors, statuses: open, description: "Add, change or remove other Conventions' meetings" },
  'comment.create': { roles: members, statuses: open, description: 'Start a thread or reply' },
  'comment.edit': { roles: [], owners: members, statuses: open, description: 'Edit or delete one’s own comment' },
  'thread.resolve': { roles: editors, owners: members, description: "Resolve or reopen anyone's thread (authors may resolve their own)" },
  'consultation.open': { roles: editors, statuses: open, description: 'Open a consultation round (one at a time)' },
  'consultation.respond': { roles: ['committee'], statuses: ['consultation'], description: 'Answer a consultation round' },
  'consultation.close': { roles: editors, statuses: ['consultation'], description: 'Close a consultation round' },
  'programme.approve': { roles: ['president'], statuses: ['draft', 'consultation'], description: 'Approve the programme' },
  'programme.publish': { roles: ['president'], statuses: ['approved'], description: 'Publish an approved programme' },
  'programme.revise': { roles: editors, statuses: ['approved', 'published'], description: 'Start a new draft revision' },
  'programme.setSymbol': { roles: editors, statuses: ['draft', 'consultation', 'approved'], description: 'Set the document symbol of the year’s programme (printed from the next release)' },
  'programme.setDigits': { roles: editors, description: 'Choose Western or Arabic-Indic digits for the Arabic public page and PDF of the year’s programme' },
  'programme.backToDraft': { roles: ['president'], statuses: ['consultation', 'approved'], description: 'Return the programme to draft' },
  'presidency.edit': { roles: editors, description: 'Enter the President of a year and their State' },
  'states.edit': { roles: editors, description: 'Correct the list of States and their obligations (Articles 4 and 5, survivors)' },
  'notifications.read': { roles: everyone, description: 'Read and mark one’s own notifications' },
  'notifications.preferences': { roles: everyone, description: 'Choose how one’s own notifications come by e-mail (at once, digest, none)' },
  'users.manage': { roles: [], admin: true, description: 'List users and change their roles' },
  'outbox.read': { roles: [], admin: true, description: 'Read e-mails kept in the outbox' },
  'people.invite': { roles: [], admin: true, description: 'Invite a person by e-mail; re-send or revoke an invitation' },
  'people.manage': { roles: [], admin: true, description: "Give a person a role for a year, copy last year's Committee, deactivate or reactivate a person" },
  'profile.edit': { roles: everyone, description: 'Change one’s own name and password' },
} as const satisfies Record<string, Rule>

export type Action = keyof typeof PERMISSIONS
export const ACTIONS = Object.keys(PERMISSIONS) as Action[]
