// Roles per year: the Coordinating Committee (and the ISU's staff) of each year. A person's role for
// a programme is the one of the programme's year (lib/auth/policy), else their standing role.
import 'server-only'
import { mutation } from '@/lib/actions'
import { NotFound, Refusal } from '@/lib/failures'
import { CopyCommitteeInput, MembershipInput, MembershipRef } from './schema'

export const setMembership = mutation({
  schema: MembershipInput,
  permission: 'people.manage',
  programme: null,
  async run({ tx, audit }, { userId, year, role }) {
    const person = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } })
    if (!person) throw new NotFound('userGone')
    const before = await tx.membership.findUnique({ where: { userId_year: { userId, year } } })
    if (before?.role === role) return { changed: false }
    await tx.membership.upsert({ where: { userId_year: { userId, year } }, create: { userId, year, role }, update: { role } })
    await audit('person.yearRoleSet', { userId, email: person.email, name: person.name, year, role, previous: before?.role ?? null })
    return { changed: true }
  },
})

export const removeMembership = mutation({
  schema: MembershipRef,
  permission: 'people.manage',
  programme: null,
  async run({ tx, audit }, { userId, year }) {
    const before = await tx.membership.findUnique({ where: { userId_year: { userId, year } }, include: { user: { select: { email: true, name: true } } } })
    if (!before) return { changed: false }
    await tx.membership.delete({ where: { userId_year: { userId, year } } })
    await audit('person.yearRoleRemoved', { userId, email: before.user.email, name: before.user.name, year, previous: before.role })
    return { changed: true }
  },
})

/**
 * The Committee of the year before, copied to this year in one action: each active person with a
 * role last year gets it this year, unless they already have one for this year (kept as it is).
 */
export const copyCommittee = mutation({
  schema: CopyCommitteeInput,
  permission: 'people.manage',
  programme: null,
  async run({ tx, audit }, { year }) {
    const from = year - 1
    const last = await tx.membership.findMany({ where: { year: from, user: { deactivatedAt: null } }, orderBy: { userId: 'asc' } })
    if (!last.length) throw new Refusal('noCommitteeLastYear', { year: from })
    const taken = new Set((await tx.membership.findMany({ where: { year }, select: { userId: true } })).map((m) => m.userId))
    const copies = last.filter((m) => !taken.has(m.userId)).map((m) => ({ userId: m.userId, year, role: m.role }))
    if (copies.length) await tx.membership.createMany({ data: copies })
    await audit('person.committeeCopied', { from, year, copied: copies.length, kept: last.length - copies.length })
    return { copied: copies.length, kept: last.length - copies.length }
  },
})
