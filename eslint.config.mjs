import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'generated/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }] } },
  {
    // The domain core stays pure: no React, no Prisma, no I/O (see architecture.md); its tests may read files.
    files: ['lib/rules/**', 'lib/programme/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next/*', '@prisma/*', '@/generated/*', '@/lib/db*', 'node:*', 'fs', 'path'] }],
    },
  },
]
export default config
