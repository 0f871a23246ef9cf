// Hardening review, item 12: a person without the right is refused before the input is validated, so
// that they learn nothing of the form from its field messages; a person with the right gets them.
import { describe, expect, it } from 'vitest'
import { resultOf } from '@/lib/actions'
import type { SessionUser } from '@/lib/auth/user'
import { createDb } from '@/lib/db'
import { deleteItem, saveItem } from '@/lib/meetings/editing'
import { deleteProgramme } from '@/lib/meetings/delete'

// No query is made: both answers come before the database is touched.
const db = createDb('file:/nonexistent/never-opened.db')
const person = (role: SessionUser['role'], admin = false) => ({ id: `u-${role}`, email: `${role}@example.org`, name: role, role, admin, sessionVersion: 0 }) as SessionUser
const garbage = { programmeId: 42, itemId: ['x'], version: 'one', fields: { title: 7 }, confirmYear: 'soon' }

describe('refusals before validation', () => {
  for (const [name, m, refused, allowed] of [
    ['saving an item', saveItem, person('observer'), person('isu')],
    ['deleting an item', deleteItem, person('committee'), person('isu')],
    ['deleting a programme', deleteProgramme, person('isu'), person('president')],
  ] as const) {
    it(`${name}: the refused role gets a refusal without field messages; the allowed one gets the field messages`, async () => {
      const no = await resultOf(m as typeof saveItem, db, refused, garbage)
      expect(no).toMatchObject({ ok: false, error: 'forbidden' })
      expect(no).not.toHaveProperty('fieldErrors')
      const yes = await resultOf(m as typeof saveItem, db, allowed, garbage)
      expect(yes).toMatchObject({ ok: false, error: 'validation' })
      expect(Object.keys((yes as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0)
    })
  }
})
