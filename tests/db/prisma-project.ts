// Runs the official Prisma CLI (node_modules/.bin/prisma) through the project's schema-engine bridge,
// in throwaway project folders, so that tests never touch the real prisma/ folder.
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))
export const prismaBin = path.join(root, 'node_modules/.bin/prisma')
export const bridgePath = path.join(root, 'scripts/schema-engine-bridge.mjs')
const fixtures = path.join(root, 'tests/db/fixtures')

export type Provider = 'sqlite' | 'postgresql'

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  /** stdout and stderr together, for messages and loose matching */
  output: string
}

/** The environment of every CLI run: no colours, no update check, no telemetry call (we are offline). */
function cliEnv(env: Record<string, string | undefined>) {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
    DATABASE_URL: undefined,
    SHADOW_DATABASE_URL: undefined,
    PRISMA_SCHEMA_ENGINE_BINARY: undefined,
    ...env,
  }
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv
}

/** Runs a command without a terminal (like CI), never rejecting: the exit code is in the result. */
export function run(command: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined>; input?: string }) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: cliEnv(opts.env ?? {}), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, output: stdout + stderr }))
    child.stdin.end(opts.input ?? '')
  })
}

/** A fixture schema (tests/db/fixtures/schema.NAME.prisma) for one provider. */
export function fixtureSchema(name: 'v1' | 'v2', provider: Provider) {
  return fs.readFileSync(path.join(fixtures, `schema.${name}.prisma`), 'utf8').replace('"PROVIDER"', `"${provider}"`)
}

export const sha256 = (text: string | Buffer) => crypto.createHash('sha256').update(text).digest('hex')

/** A minimal Prisma project in a temporary folder: prisma.config.ts, prisma/schema.prisma, prisma/migrations. */
export class TempProject {
  readonly dir: string

  constructor(label: string) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `prisma-${label}-`))
    // prisma.config.ts imports 'prisma/config'; resolve it (and everything else) from the project's packages.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(this.dir, 'node_modules'), 'dir')
    fs.mkdirSync(path.join(this.dir, 'prisma/migrations'), { recursive: true })
    fs.writeFileSync(
      path.join(this.dir, 'prisma.config.ts'),
      [
        "import { defineConfig } from 'prisma/config'",
        '',
        '// Always the project\'s bridge, whatever the environment says: it is what these tests are about.',
        `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(bridgePath)}`,
        '',
        'export default defineConfig({',
        "  schema: 'prisma/schema.prisma',",
        "  migrations: { path: 'prisma/migrations' },",
        "  datasource: { url: process.env.DATABASE_URL ?? '', shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },",
        '})',
        '',
      ].join('\n'),
    )
  }

  path(...parts: string[]) {
    return path.join(this.dir, ...parts)
  }

  writeSchema(text: string) {
    fs.writeFileSync(this.path('prisma/schema.prisma'), text)
  }

  /** Migration folder names, oldest first. */
  migrations() {
    return fs
      .readdirSync(this.path('prisma/migrations'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  }

  migrationSql(name: string) {
    return fs.readFileSync(this.path('prisma/migrations', name, 'migration.sql'), 'utf8')
  }

  /** `prisma ARGS` in this project with DATABASE_URL (and optionally SHADOW_DATABASE_URL). */
  prisma(args: string[], env: { DATABASE_URL: string; SHADOW_DATABASE_URL?: string; [k: string]: string | undefined }, input?: string) {
    return run(prismaBin, args, { cwd: this.dir, env, input })
  }

  remove() {
    fs.rmSync(this.dir, { recursive: true, force: true })
  }
}

/** Fails with the command's whole output, so that a failing CLI run explains itself. */
export function expectOk(result: RunResult, what: string) {
  if (result.code !== 0) throw new Error(`${what} exited with ${result.code}:\n${result.output}`)
  return result
}
