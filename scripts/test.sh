#!/usr/bin/env bash
# `npm test`: every test. Type check and lint, unit and integration tests (SQLite always; PostgreSQL
# when TEST_POSTGRES_URL names one, and always under CI=true), then the production build and the
# end-to-end tests in Debian's Chromium.
# The end-to-end tests include two servers on one PostgreSQL behind a round-robin proxy (e2e/two-servers.spec.ts),
# skipped with the reason when PostgreSQL cannot be reached outside CI.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

bash scripts/ensure-system-deps.sh
if [ "${CI:-}" = "true" ]; then
  bash scripts/ensure-postgres.sh
  export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
fi

echo "== type check, lint and the architecture's rules"
npx tsc --noEmit -p .
npx eslint . --max-warnings=0
node scripts/check-architecture.mjs

echo "== unit and integration tests"
npx vitest run

echo "== production build"
mkdir -p data
NODE_ENV=production SKIP_BUILD_TYPECHECK=1 npx next build > data/build.log 2>&1 || { cat data/build.log; exit 1; }
tail -n 25 data/build.log

echo "== end-to-end tests (Chromium)"
if [ "${SKIP_E2E:-}" = 1 ]; then echo "skipped (SKIP_E2E=1)"; else npx playwright test; fi

echo "npm test took $(( $(date +%s) - start )) s"
