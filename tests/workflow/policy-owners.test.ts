// The policy's owner rule: authors resolve their own threads and edit their own comments; the table says who.
import { describe, expect, it } from 'vitest'
import { ROLES, STATUSES } from '@/lib/auth/permissions'
import { can } from '@/lib/auth/policy'

const user = (role: (typeof ROLES)[number], id = role) => ({ id, role, admin: false })

describe('owners in the policy', () => {
  it('lets the ISU and the President resolve any thread, a member only their own, an observer none', () => {
    const theirs = { ownerId: 'someone-else' }
    expect(can(user('isu'), 'thread.resolve', { status: 'consultation' }, theirs)).toBe(true)
    expect(can(user('president'), 'thread.resolve', { status: 'consultation' }, theirs)).toBe(true)
    expect(can(user('committee'), 'thread.resolve', { status: 'consultation' }, theirs)).toBe(false)
    expect(can(user('committee'), 'thread.resolve', { status: 'consultation' }, { ownerId: 'committee' })).toBe(true)
    expect(can(user('observer'), 'thread.resolve', { status: 'consultation' }, { ownerId: 'observer' })).toBe(false)
  })

  it('lets only the author edit a comment, and only while the programme takes comments', () => {
    for (const role of ROLES) {
      for (const status of STATUSES) {
        const open = status === 'draft' || status === 'consultation'
        expect(can(user(role), 'comment.edit', { status }, { ownerId: role }), `${role} own ${status}`).toBe(open && role !== 'observer')
        expect(can(user(role), 'comment.edit', { status }, { ownerId: 'another' }), `${role} other ${status}`).toBe(false)
      }
    }
  })

  it('does not make an absent owner anyone’s', () => {
    expect(can(user('committee'), 'thread.resolve', { status: 'draft' }, { ownerId: undefined })).toBe(false)
    expect(can(user('committee'), 'comment.edit', { status: 'draft' }, { ownerId: null })).toBe(false)
  })
})
