'use server'
// The server actions of consultation rounds: mutations of lib/consultation through the one pipeline.
import { serverAction } from '@/lib/actions'
import { closeRound, openRound, respondToRound } from './rounds'

const notifications = { revalidate: () => ['/notifications'] }

export const openRoundAction = serverAction(openRound, notifications)
export const respondAction = serverAction(respondToRound, notifications)
export const closeRoundAction = serverAction(closeRound, notifications)
