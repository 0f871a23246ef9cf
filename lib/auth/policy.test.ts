import { describe, expect, it } from 'vitest'
import { ACTIONS, PERMISSIONS, ROLES, STATUSES } from './permissions'
import { authorize, can, canView, Forbidden } from './policy'

const user = (role: (typeof ROLES)[number], admin = false) => ({ id: role, role, admin })

describe('the policy', () => {
  it('refuses everything to a signed-out visitor', () => {
    for (const action of ACTIONS) expect(can(null, action, { status: 'published' })).toBe(false)
  })

  it('lets only the President record the format decision and approve', () => {
    expect(can(user('president'), 'format.decide', { status: 'draft' })).toBe(true)
    expect(can(user('isu'), 'format.decide', { status: 'draft' })).toBe(false)
    expect(can(user('isu'), 'format.propose', { status: 'draft' })).toBe(true)
    expect(can(user('isu'), 'programme.approve', { status: 'consultation' })).toBe(false)
    expect(can(user('president'), 'programme.approve', { status: 'consultation' })).toBe(true)
  })

  it('lets nobody edit an approved or published programme directly', () => {
    for (const role of ROLES) {
      for (const status of ['approved', 'published']) expect(can(user(role, true), 'programme.edit', { status })).toBe(false)
    }
    expect(can(user('isu'), 'programme.edit', { status: 'draft' })).toBe(true)
    expect(can(user('committee'), 'programme.edit', { status: 'draft' })).toBe(false)
  })

  it('shows drafts to the Committee and the ISU, and only published programmes to observers', () => {
    expect(canView(user('committee'), { status: 'draft' })).toBe(true)
    expect(canView(user('observer'), { status: 'draft' })).toBe(false)
    expect(canView(user('observer'), { status: 'published' })).toBe(true)
    expect(canView(null, { status: 'published' })).toBe(false)
  })

  it('gives user management to administrators, whatever their role', () => {
    expect(can(user('observer', true), 'users.manage')).toBe(true)
    expect(can(user('president', false), 'users.manage')).toBe(false)
  })

  it('agrees with the table for every role, flag, action and state', () => {
    let cases = 0
    for (const role of ROLES) {
      for (const admin of [false, true]) {
        for (const action of ACTIONS) {
          const rule = PERMISSIONS[action]
          for (const status of STATUSES) {
            const byRole = (rule.roles as readonly string[]).includes(role) || ('admin' in rule && admin)
            const inState = !('statuses' in rule) || (rule.statuses as readonly string[]).includes(status)
            expect(can(user(role, admin), action, { status }), `${role}${admin ? '+admin' : ''} ${action} ${status}`).toBe(byRole && inState)
            cases++
          }
        }
      }
    }
    expect(cases).toBe(ROLES.length * 2 * ACTIONS.length * STATUSES.length)
  })

  it('authorize throws a Forbidden naming the action', () => {
    expect(() => authorize(user('observer'), 'programme.create')).toThrow(Forbidden)
    expect(() => authorize(user('isu'), 'programme.create')).not.toThrow()
  })
})
