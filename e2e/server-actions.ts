import type { APIRequestContext } from '@playwright/test'
import { actionId, actionResult, originOf } from './reliability/http'

// Calls a server action the way the browser does (POST with its id), so that a test can prove the
// server refuses a step even when the button for it is hidden.
export async function callServerAction(request: APIRequestContext, page: string, file: string, exportedName: string, args: unknown[]) {
  const res = await request.post(page, {
    headers: { 'Next-Action': actionId(file, exportedName), 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: await originOf(request) },
    data: JSON.stringify(args),
  })
  const raw = await res.text()
  return { status: res.status(), result: (actionResult(raw) ?? null) as { ok: boolean; error?: string; message?: string } | null, raw }
}
