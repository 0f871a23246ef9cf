// Which database a URL names: read by the application (TypeScript), by the database scripts and by
// the Prisma bridge (plain Node.js), so written once, in JavaScript.
import path from 'node:path'

/** SQLite in data/ beside the application: the default when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = 'file:./data/planner.db'

/** @param {string} url */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url)

/**
 * The SQLite file of a file: URL, relative to the working directory (as the app and the Prisma CLI do).
 * @param {string} url
 */
export const sqliteFile = (url) => path.resolve(/*turbopackIgnore: true*/ url.replace(/^file:/, '').split('?')[0] ?? '')
