'use server'
// The server actions of the programme's status: mutations of lib/workflow through the one pipeline.
import { serverAction } from '@/lib/actions'
import { PUBLISHED_PAGES } from '@/lib/publication/public-pages'
import { forgetReleases } from '@/lib/publication/release-memo'
import { approveProgramme, publishProgramme, returnToDraft, startRevision } from './transitions'
import { forgetPages } from '@/lib/publication/kept-pages.mjs'

// A change of status changes the lists and the public pages too.
const lists = { revalidate: () => ['/meetings', '/programme'] }

export const approveAction = serverAction(approveProgramme, lists)
// Once committed, this server looks its releases up again and renders the public pages anew at once
// (other servers within seconds: lib/publication/public-pages.ts).
export const publishAction = serverAction(publishProgramme, { revalidate: () => (forgetReleases(), forgetPages(), [...lists.revalidate(), PUBLISHED_PAGES]) })
export const backToDraftAction = serverAction(returnToDraft, lists)
export const startRevisionAction = serverAction(startRevision, lists)
