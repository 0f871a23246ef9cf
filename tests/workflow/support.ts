// A migrated throwaway database with the people of a consultation and this year's draft programme
// (the demo's: one error, format-consultation, and warnings), for the workflow's integration tests.
import fs from 'node:fs'
import { Forbidden } from '@/lib/auth/policy'
import type { Role } from '@/lib/auth/permissions'
import { createProgrammeFromDocument, type ProgrammeDocument } from '@/lib/meetings/documents'
import type { SessionUser } from '@/lib/auth/user'
import { createUser } from '@/lib/users'
import { migratedDatabase, type Provider, type TestDatabase } from '../support/databases'

export const PEOPLE = {
  president: { email: 'president@test.org', name: 'Ana Ferreira', role: 'president', admin: true },
  isu: { email: 'isu@test.org', name: 'Isabelle Suter', role: 'isu', admin: false },
  committee: { email: 'k.mensah@test.org', name: 'Kwame Mensah', role: 'committee', admin: false },
  committee2: { email: 's.ramirez@test.org', name: 'Sofía Ramírez', role: 'committee', admin: false },
  observer: { email: 'observer@test.org', name: 'Olga Petrova', role: 'observer', admin: false },
  observerAdmin: { email: 'admin@test.org', name: 'Arno Admin', role: 'observer', admin: true },
} as const satisfies Record<string, { email: string; name: string; role: Role; admin: boolean }>

export type Person = keyof typeof PEOPLE
export const EVERYONE = Object.keys(PEOPLE) as Person[]

export type Fixture = TestDatabase & { users: Record<Person, SessionUser>; programmeId: string; year: number }

export const demoProgramme = (): ProgrammeDocument => JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument

export async function workflowFixture(provider: Provider): Promise<Fixture> {
  const t = await migratedDatabase(provider)
  const users = {} as Record<Person, SessionUser>
  for (const [key, p] of Object.entries(PEOPLE)) users[key as Person] = await createUser(t.db, { ...p, password: 'test-password-123' })
  const programme = await t.db.$transaction((tx) => createProgrammeFromDocument(tx, demoProgramme(), 'draft'))
  return { ...t, users, programmeId: programme.id, year: programme.year }
}

/**
 * Runs `step` as every person not in `allowed`: each must be refused by the policy (Forbidden), which
 * changes nothing. Then runs it as the first allowed person, who must succeed, or, with `all`, as every
 * allowed person (for steps that each may take, like commenting). Returns the first allowed result.
 */
export async function onlyThese<T>(
  fixture: Fixture,
  allowed: readonly Person[],
  step: (user: SessionUser, person: Person) => Promise<T>,
  { all = false }: { all?: boolean } = {},
): Promise<T> {
  for (const person of EVERYONE.filter((p) => !allowed.includes(p))) {
    const refused = await step(fixture.users[person], person).then(
      () => null,
      (e: unknown) => e,
    )
    if (!(refused instanceof Forbidden)) throw new Error(`${person} was not refused: ${refused === null ? 'it succeeded' : String(refused)}`)
  }
  let first: { value: T } | null = null
  for (const person of all ? allowed : allowed.slice(0, 1)) {
    try {
      const value = await step(fixture.users[person], person)
      first ??= { value }
    } catch (e) {
      throw new Error(`${person} should be allowed: ${String(e)}`, { cause: e })
    }
  }
  return first?.value as T
}
