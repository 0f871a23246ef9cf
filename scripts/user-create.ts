// npm run user:create -- --email E --name N --role R [--admin]
// The password comes from USER_PASSWORD, or is asked for without echo.
import './load-env'
import { parseArgs } from 'node:util'
import readline from 'node:readline'
import { z } from 'zod'
import { createDb } from '@/lib/db'
import { env } from '@/lib/env'
import { createUser, NewUserSchema } from '@/lib/users'
import { say } from '@/lib/field-errors'
import { messagesFor, translator } from '@/lib/i18n'

async function askPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('No password: set USER_PASSWORD or run in a terminal to be asked for it.')
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream }
  out._writeToOutput = (s) => out.output.write(s.startsWith(prompt) ? s : '')
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve))
  rl.close()
  process.stdout.write('\n')
  return answer
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, admin: { type: 'boolean', default: false } },
  })
  const password = process.env.USER_PASSWORD ?? (await askPassword('Password: '))
  const input = NewUserSchema.safeParse({ ...values, password })
  if (!input.success) {
    const t = translator(messagesFor('en'))
    for (const issue of input.error.issues) console.error(`--${issue.path.join('.')}: ${say(t, issue.message)}`)
    console.error('usage: npm run user:create -- --email E --name N --role president|isu|committee|observer [--admin]')
    process.exit(2)
  }
  const db = createDb(env().DATABASE_URL)
  try {
    if (await db.user.findUnique({ where: { email: input.data.email } })) throw new Error(`A user with the e-mail ${input.data.email} already exists.`)
    const user = await createUser(db, input.data)
    console.log(`Created ${user.email} (${user.role}${user.admin ? ', administrator' : ''}).`)
  } finally {
    await db.$disconnect()
  }
}

main().catch((e) => {
  console.error(e instanceof z.ZodError ? e.issues.map((i) => i.message).join('\n') : e instanceof Error ? e.message : e)
  process.exit(1)
})
