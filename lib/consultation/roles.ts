// Who is consulted, and where a round is read.

/** The members of the Coordinating Committee answer the rounds. */
export const CONSULTED_ROLE = 'committee' as const

export const roundLink = (year: number, roundId: string) => `/meetings/${year}/consultation/${roundId}`
