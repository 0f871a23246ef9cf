// The architecture's rules, checked by `npm run check:architecture` (part of `npm test`):
// features depend on each other in one direction only, components never reach into app/ routes,
// lib/ never into components/ or app/, and the pure domain (lib/programme, lib/rules) stays pure.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'components-not-from-app',
      severity: 'error',
      comment: 'Components import actions and types from lib/<feature>, never from app/ routes.',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'lib-not-from-ui',
      severity: 'error',
      comment: 'lib/ is below the pages and components: it never imports them.',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The programme model and the rulebook take plain objects: no database, no React, no request.',
      from: { path: '^lib/(programme|rules)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(lib/(?!programme/|rules/)|node_modules/(react|next|@prisma)|generated/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No module imports itself back through others.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|generated|\\.next|data|bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
}
