export const DEFAULT_DATABASE_URL = 'file:./data/planner.db'
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url)
