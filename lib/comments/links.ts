// Where a thread is read: on the consultation page, at its anchor.
export const threadLink = (year: number, threadId: string) => `/meetings/${year}/consultation#thread-${threadId}`
