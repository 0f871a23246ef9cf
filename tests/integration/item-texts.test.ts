// The item form complete (issues 11 and 16): texts in French, Spanish and Arabic, speakers' kinds,
// Action Plan actions and invitations saved through the item and settings mutations.
import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Conflict } from '@/lib/actions'
import type { SessionUser } from '@/lib/auth/user'
import { createProgrammeFromDocument, documentFromProgramme, type ProgrammeDocument } from '@/lib/meetings/documents'
import { editorItemOf } from '@/lib/meetings/editor-rows'
import { saveItem, saveSettings } from '@/lib/meetings/editing'
import { itemFieldsOf } from '@/lib/meetings/item-fields'
import { mergeFields } from '@/lib/meetings/merge-fields'
import type { ItemFields } from '@/lib/meetings/schema'
import { countMeetingTime } from '@/lib/programme'
import { findProgrammeByYear } from '@/lib/programme-store'
import { createUser } from '@/lib/users'
import { migratedDatabase, PROVIDERS, type TestDatabase } from '../support/databases'

const template = JSON.parse(fs.readFileSync('prisma/demo/programme-2026.json', 'utf8')) as ProgrammeDocument
const TITLE = 'Universalization of the Convention'

describe.each(PROVIDERS)('the item form complete on $provider', ({ provider, skip }) => {
  let t: TestDatabase
  let isu: SessionUser
  let president: SessionUser
  let programmeId = ''
  const load = async () => (await findProgrammeByYear(t.db, 2026))!
  const located = async (title: string) => {
    const p = await load()
    const day = p.days.find((d) => d.items.some((i) => i.title === title))!
    return { day, item: editorItemOf(day.items.find((i) => i.title === title)!) }
  }
  const save = (user: SessionUser, dayId: string, itemId: string, version: number, fields: ItemFields) => saveItem(t.db, user, { programmeId, dayId, itemId, version, fields })

  beforeAll(async () => {
    if (skip) return
    t = await migratedDatabase(provider)
    isu = await createUser(t.db, { email: 'isu@example.org', name: 'The ISU', role: 'isu', password: 'long enough password' })
    president = await createUser(t.db, { email: 'president@example.org', name: 'The President', role: 'president', password: 'long enough password' })
    programmeId = (await t.db.$transaction((tx) => createProgrammeFromDocument(tx, template))).id
  })
  afterAll(async () => t?.drop())

  it.skipIf(skip)('keeps both of two concurrent edits of two languages of one item', async () => {
    const { day, item } = await located(TITLE)
    const base = itemFieldsOf(item)
    const french = { ...base, translations: { ...base.translations, fr: { title: 'Universalisation de la Convention', description: '', subItems: [] } } }
    const spanish = { ...base, translations: { ...base.translations, es: { title: 'Universalización de la Convención', description: '', subItems: [] } } }
    await save(isu, day.id, item.id, item.version, french)
    // The second person started from the same version: refused with the first one's item, merged by language, saved.
    const refused = await save(president, day.id, item.id, item.version, spanish).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(Conflict)
    const theirs = (refused as Conflict).current as { item: ReturnType<typeof editorItemOf> }
    const merged = mergeFields(base, spanish, itemFieldsOf(theirs.item))
    expect(merged.clashes).toEqual([])
    await save(president, day.id, item.id, theirs.item.version, merged.fields)
    const saved = (await located(TITLE)).item
    expect(saved.translations).toEqual({ fr: { title: 'Universalisation de la Convention' }, es: { title: 'Universalización de la Convención' } })
  })

  it.skipIf(skip)('removes a translation emptied, and leaves alone a language the form does not send', async () => {
    const { day, item } = await located(TITLE)
    const fields = itemFieldsOf(item)
    await save(isu, day.id, item.id, item.version, { ...fields, translations: { fr: { title: '', description: '', subItems: [] } } })
    expect((await located(TITLE)).item.translations).toEqual({ es: { title: 'Universalización de la Convención' } })
  })

  it.skipIf(skip)('saves speakers’ kinds and States, actions and an invitation, and the time counts follow', async () => {
    const { day, item } = await located(TITLE)
    const fields = itemFieldsOf(item)
    const before = countMeetingTime(documentFromProgramme(await load()))
    await save(isu, day.id, item.id, item.version, {
      ...fields,
      speakers: 'Cambodia\nICBL',
      speakerKinds: [
        { name: 'Cambodia', kind: 'state-party', state: 'KHM' },
        { name: 'ICBL', kind: 'civil-society', state: '' },
      ],
      actions: [30, 17, 30],
      invited: { states: ['KHM', 'COL'], basis: 'States Parties with Article 5 deadlines in 2026 or 2027' },
    })
    const saved = (await located(TITLE)).item
    expect(saved.speakers).toEqual([{ name: 'Cambodia', kind: 'state-party', state: 'KHM' }, { name: 'ICBL', kind: 'civil-society' }])
    expect(saved.actions).toEqual([17, 30])
    expect(saved.invited).toEqual({ states: ['KHM', 'COL'], basis: 'States Parties with Article 5 deadlines in 2026 or 2027' })
    const after = countMeetingTime(documentFromProgramme(await load()))
    expect(after).not.toEqual(before)
  })

  it.skipIf(skip)('removes one invited State, then the whole invitation, and the actions', async () => {
    let { day, item } = await located(TITLE)
    await save(isu, day.id, item.id, item.version, { ...itemFieldsOf(item), invited: { states: ['COL'], basis: item.invited!.basis } })
    ;({ day, item } = await located(TITLE))
    expect(item.invited?.states).toEqual(['COL'])
    await save(isu, day.id, item.id, item.version, { ...itemFieldsOf(item), invited: { states: [], basis: '' }, actions: [] })
    ;({ item } = await located(TITLE))
    expect(item.invited).toBeNull()
    expect(item.actions).toBeNull()
  })

  it.skipIf(skip)('saves the programme’s title and venue in other languages with the settings', async () => {
    const p = await load()
    const days = p.days.map((d) => ({ id: d.id, date: d.date, thematic: d.thematic }))
    await saveSettings(t.db, isu, { programmeId, version: p.version, fields: { title: p.title, venue: p.venue, days, translations: { fr: { title: 'Réunions intersessions', venue: 'Genève' }, es: { title: '', venue: '' } } } })
    const q = await load()
    expect(q.translations).toEqual({ fr: { title: 'Réunions intersessions', venue: 'Genève' } })
    // Saved without translations (an older form): they stay.
    await saveSettings(t.db, isu, { programmeId, version: q.version, fields: { title: q.title, venue: q.venue, days } })
    expect((await load()).translations).toEqual({ fr: { title: 'Réunions intersessions', venue: 'Genève' } })
  })
})
