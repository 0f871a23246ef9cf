'use server'
// The server actions of the programme's status: mutations of lib/workflow through the one pipeline.
import { serverAction } from '@/lib/actions'
import { renewPublicPages } from '@/lib/publication/public-pages'
import { approveProgramme, publishProgramme, returnToDraft, startRevision } from './transitions'

// A change of status changes the lists and the public pages too.
const lists = { revalidate: () => ['/meetings', '/programme'] }

export const approveAction = serverAction(approveProgramme, lists)
// Once committed, this server looks its releases up again and renders the public pages anew at once
// (other servers within seconds: lib/publication/public-pages.ts).
export const publishAction = serverAction(publishProgramme, { revalidate: () => [...lists.revalidate(), ...renewPublicPages()] })
export const backToDraftAction = serverAction(returnToDraft, lists)
export const startRevisionAction = serverAction(startRevision, lists)
