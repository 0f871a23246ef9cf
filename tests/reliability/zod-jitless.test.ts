// The browser's zod runs without its `new Function` probe (a CSP violation otherwise), configured by
// instrumentation-client.ts without importing zod, whether zod is loaded after or before it.
import { describe, expect, it } from 'vitest'

describe('instrumentation-client', () => {
  it("turns zod's compiled parsers off in its global configuration", async () => {
    delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig
    await import('../../instrumentation-client')
    const { z } = await import('zod')
    expect(z.config().jitless).toBe(true)
    expect(z.object({ a: z.string() }).safeParse({ a: 'x' }).success).toBe(true)
  })
})
