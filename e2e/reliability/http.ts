// Calling the server the way a browser does, from a Playwright request context: sign in through
// next-auth's credentials flow, and call a server action by its id (JSON arguments, or a form as the
// language switcher sends it).
import fs from 'node:fs'
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from '@playwright/test'
import type { ActionAnswer } from './matrix'

type Manifest = Record<string, { exportedName?: string; filename?: string }>
let manifest: Manifest | undefined

/** The server actions of the build (`next build`, else a running `next dev`'s). */
function actions(): Manifest {
  const file = ['.next/server/server-reference-manifest.json', '.next/dev/server/server-reference-manifest.json'].find((f) => fs.existsSync(f))
  if (!file) throw new Error('No server-reference manifest: build the application first (npx next build)')
  return (manifest ??= JSON.parse(fs.readFileSync(file, 'utf8')).node as Manifest)
}

/** The id of a server action in the build. */
export function actionId(file: string, exportedName: string): string {
  const found = Object.entries(actions()).find(([, v]) => v.exportedName === exportedName && v.filename === file)
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in the build manifest`)
  return found[0]
}

/** Every server action of the build, as `file#name`. */
export function builtActions(): string[] {
  return Object.values(actions()).map((v) => `${v.filename}#${v.exportedName}`)
}

/** Signs in in `request` (its cookies then carry the session); the answer of the credentials callback. */
export async function signInRequest(request: APIRequestContext, email: string, password: string): Promise<APIResponse> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string }
  return request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' }, maxRedirects: 0 })
}

export async function signedInContext(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, email: string, password: string) {
  const request = await playwright.request.newContext({ baseURL })
  const res = await signInRequest(request, email, password)
  const state = await request.storageState()
  if (!state.cookies.some((c) => c.name === 'next-auth.session-token')) throw new Error(`Signing in as ${email} failed (${res.status()})`)
  return request
}

/** A multipart body with its fields in this order (React reads the form's fields before the root `0`). */
function multipart(fields: [string, string][]) {
  const boundary = `----reliability${Date.now().toString(16)}`
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + `--${boundary}--\r\n`
  return { body: Buffer.from(body, 'utf8'), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** As React encodes a server action's arguments: a string that starts with `$` is escaped as `$$…`. */
function replyValue(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$') ? `$${value}` : value
  if (Array.isArray(value)) return value.map(replyValue)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replyValue(v)]))
  return value
}

const origins = new WeakMap<APIRequestContext, string>()

/**
 * The origin `request` talks to (its baseURL's), as a browser puts it in the Origin header of a
 * server action's POST: the server refuses an action without one. Found once per context.
 */
export async function originOf(request: APIRequestContext): Promise<string> {
  let origin = origins.get(request)
  if (!origin) {
    origin = new URL((await request.head('/robots.txt')).url()).origin
    origins.set(request, origin)
  }
  return origin
}

export type ActionResponse = { status: number; answer: ActionAnswer | `http-${number}` | 'no-result'; result: unknown; setCookies: string[]; raw: string }

/** The result object of the action in the RSC answer: the chunk that row 0's `a` points to. */
export function actionResult(raw: string): unknown {
  const lines = raw.split('\n')
  const head = lines.find((l) => l.startsWith('0:'))
  const ref = head ? /"a":"\$@([0-9a-f]+)"/.exec(head)?.[1] : undefined
  const line = ref ? lines.find((l) => l.startsWith(`${ref}:`)) : undefined
  if (!line) return undefined
  const value = line.slice(ref!.length + 1)
  if (value === '"$undefined"') return undefined
  // `E{"digest":…}`: the action threw, and the browser would show the error page.
  if (value.startsWith('E')) return { ok: false, error: 'server-error' }
  return JSON.parse(value) as unknown
}

/** Calls a server action: JSON arguments, or `{ form }` for an action that takes a FormData. */
export async function postAction(
  request: APIRequestContext,
  file: string,
  exportedName: string,
  args: unknown[] | { form: Record<string, string> },
  options: { path?: string; headers?: Record<string, string> } = {},
): Promise<ActionResponse> {
  // As a browser sends it: with the page's Origin (a test may replace it, or take it away with `Origin: ''`).
  const headers: Record<string, string> = { 'Next-Action': actionId(file, exportedName), Accept: 'text/x-component', Origin: await originOf(request), ...options.headers }
  if (headers.Origin === '') delete headers.Origin
  let data: string | Buffer
  if (Array.isArray(args)) {
    headers['Content-Type'] = 'text/plain;charset=UTF-8'
    data = JSON.stringify(replyValue(args))
  } else {
    const form = multipart([...Object.entries(args.form).map(([k, v]): [string, string] => [`_1_${k}`, v]), ['0', '["$K1"]']])
    headers['Content-Type'] = form.contentType
    data = form.body
  }
  const res = await request.post(options.path ?? '/signin', { headers, data, maxRedirects: 0 })
  const raw = await res.text()
  const setCookies = res.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value)
  if (res.status() !== 200) return { status: res.status(), answer: `http-${res.status()}`, result: undefined, setCookies, raw }
  const result = actionResult(raw) as { ok?: boolean; error?: ActionAnswer } | undefined
  let answer: ActionResponse['answer'] = 'no-result'
  if (result && typeof result === 'object') answer = result.ok ? 'ok' : (result.error ?? 'no-result')
  else if (setCookies.some((c) => c.startsWith('locale='))) answer = 'locale-set'
  return { status: res.status(), answer, result, setCookies, raw }
}
