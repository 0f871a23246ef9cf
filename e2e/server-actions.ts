import fs from 'node:fs'
import type { APIRequestContext } from '@playwright/test'

// Calls a server action the way the browser does (POST with its id), so that a test can prove the
// server refuses a step even when the button for it is hidden.
function actionId(file: string, exportedName: string): string {
  for (const manifest of ['.next/server/server-reference-manifest.json', '.next/dev/server/server-reference-manifest.json']) {
    if (!fs.existsSync(manifest)) continue
    const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')).node as Record<string, { exportedName?: string; filename?: string }>
    const found = Object.entries(entries).find(([, v]) => v.exportedName === exportedName && v.filename === file)
    if (found) return found[0]
  }
  throw new Error(`No server action ${exportedName} of ${file} in the build manifest`)
}

/** The action's result as the server returned it (the last JSON line of the RSC answer). */
export async function callServerAction(request: APIRequestContext, page: string, file: string, exportedName: string, args: unknown[]) {
  const res = await request.post(page, {
    headers: { 'Next-Action': actionId(file, exportedName), 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
    data: JSON.stringify(args),
  })
  const text = await res.text()
  const line = text.split('\n').reverse().find((l) => /^1:\{/.test(l))
  return { status: res.status(), result: line ? (JSON.parse(line.slice(2)) as { ok: boolean; error?: string; message?: string }) : null, raw: text }
}
