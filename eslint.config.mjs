import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'generated/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  {
    // The domain core stays pure: no React, no Prisma, no I/O (see architecture.md).
    files: ['lib/rules/**', 'lib/programme/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next/*', '@prisma/*', '@/generated/*', '@/lib/db*', 'node:*', 'fs', 'path'] }],
    },
  },
]
export default config
