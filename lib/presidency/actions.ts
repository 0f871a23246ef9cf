'use server'
// The server action of the Presidency: the President of a year, entered by the ISU.
import { serverAction } from '@/lib/actions'
import { savePresident } from './presidents'

export const savePresidentAction = serverAction(savePresident, { revalidate: (data) => [`/meetings/${data.year}`] })
