// Runs in the browser before the application's own code (Next.js's client instrumentation).
// zod compiles object parsers with `new Function` where it may, and probes for it when the first
// object schema is made: under the Content-Security-Policy (no 'unsafe-eval', proxy.ts) that probe
// is reported as a violation. In the browser the compiled parsers can never run anyway: no probe.
// Set in zod's global configuration (`globalThis.__zod_globalConfig`, what `z.config()` changes)
// without importing zod: the pages that parse nothing in the browser (the editor's first load) load
// no zod at all.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } }
;((globalThis as ZodGlobal).__zod_globalConfig ??= {}).jitless = true
export {}
