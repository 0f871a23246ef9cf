// @ts-check
import { fileURLToPath } from 'node:url'

// Headers for every answer, static files included. The Content-Security-Policy (a nonce per page)
// and Strict-Transport-Security (over https only) are set per request by proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The cached public pages get their ETag once, when stored (lib/cached-pages.mjs), not hashed again per request.
  generateEtags: false,
  reactStrictMode: true,
  // A programme file of up to 1 MB can be imported: its JSON is escaped once more in the action's request.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: '2mb' },
    isrFlushToDisk: false,
    globalNotFound: true,
    // Each route's code is loaded at its first request, not all at start: a smaller idle server (issue 18).
    preloadEntriesOnStart: false,
  },
  // The public programme pages are rendered once per release and language and kept in memory, each
  // with the Content-Security-Policy of its own inline scripts (lib/cached-pages.mjs).
  cacheHandler: fileURLToPath(new URL('./lib/cached-pages.mjs', import.meta.url)),
  // `npm test` type-checks the whole project first (tsc); its build need not do it a second time.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
  // Native modules, loaded by Node as they are (the Typst compiler and bcrypt are prebuilt binaries).
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@node-rs/bcrypt', 'rate-limiter-flexible', '@myriaddreamin/typst-ts-node-compiler'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default nextConfig
