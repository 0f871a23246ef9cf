// Issue 18: the database's change stamp (lib/db/change-stamp.ts) moves on with every commit, made by
// the application's client or by another process (a script, another server), and not with reading:
// on SQLite and, where the tests have it, on PostgreSQL.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { changeStampOf } from '@/lib/db/change-stamp'
import { migratedDatabase, PROVIDERS } from '../support/databases'

describe.each(PROVIDERS)('the change stamp of the database ($provider)', ({ provider, skip }) => {
  it.skipIf(skip)('changes with each commit, whoever makes it, and not with reading', async () => {
    const { url, db, drop } = await migratedDatabase(provider)
    try {
      const stamp = changeStampOf(url)
      const before = await stamp()
      await db.user.count()
      // PostgreSQL's stamp also moves with the writes of the other tests' databases on the same server.
      if (provider === 'sqlite') expect(await stamp()).toBe(before)
      await db.rateLimit.create({ data: { key: 'from-the-application', points: 1 } })
      const afterWrite = await stamp()
      expect(afterWrite).not.toBe(before)
      execFileSync(process.execPath, ['-e', writeFrom(url)])
      expect(await stamp()).not.toBe(afterWrite)
    } finally {
      await drop()
    }
  })
})

/** A write by another process, with the database's own driver. */
const writeFrom = (url: string) =>
  url.startsWith('file:')
    ? `new (require('better-sqlite3'))(${JSON.stringify(url.replace(/^file:/, ''))}).prepare("insert into RateLimit(key, points) values ('from-another-process', 1)").run()`
    : `const c = new (require('pg').Client)(${JSON.stringify(url)}); c.connect().then(() => c.query('insert into "RateLimit"(key, points) values ($1, 1)', ['from-another-process'])).then(() => c.end())`
