#!/usr/bin/env bash
# CI, on Node.js versions other than the full suite's: for each NODE[:NPM] given (see use_node in
# scripts/ci-lib.sh), in a fresh clone of this checkout's HEAD (the checkout itself is untouched):
#   install with `npm install` (the README's command), `git status` clean afterwards, type check,
#   unit and integration tests (vitest), then `npm run demo` (production build, migrations, demo data)
#   and a sign-in on it. Every part is timed; all versions run even when one fails.
#   bash scripts/ci-node-versions.sh 22.23.5:10.9.9 20
# The demo listens on DEMO_PORT (default E2E_PORT + 100, or 3200). Clones go under CI_WORK_DIR (default
# $TMPDIR or /tmp) and are removed when their version passes.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/scripts/ci-lib.sh"
demo_port=${DEMO_PORT:-$(( ${E2E_PORT:-3100} + 100 ))}
work=${CI_WORK_DIR:-${TMPDIR:-/tmp}}
failed=()

run_demo() {
  local log=data/ci-demo.log pid start status=0 deadline
  mkdir -p data
  start=$(date +%s); deadline=$(( start + 1800 ))
  echo "── $CI_NODE_LABEL · demo: npm run demo on port $demo_port (log: $PWD/$log)"
  # Its own process group, so that the server it starts ends with it. The build's type check already ran.
  SKIP_BUILD_TYPECHECK=1 PORT=$demo_port setsid npm run demo > "$log" 2>&1 < /dev/null &
  pid=$!
  until grep -q '^Demo data' "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then status=1; break; fi
    sleep 2
  done
  _ci_record "demo: production build, migrations, seed" "$(( $(date +%s) - start ))" "$([ $status -eq 0 ] && echo ok || echo FAILED)"
  [ $status -eq 0 ] && { timed "demo: server up and a sign-in answered" node scripts/ci-demo-signin.mjs "http://localhost:$demo_port" --pid "$pid" --timeout 300 || status=$?; }
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ $status -ne 0 ]; then echo "The demo's log:"; tail -n 60 "$log"; fi
  return $status
}

one_version() (
  set -e
  use_node "$1"
  copy=$(mktemp -d "$work/planner-ci-node$(node -p 'process.versions.node.split(".")[0]').XXXXXX")
  echo "$copy" > "$work/.planner-ci-last-copy.$$"
  git clone -q "$root" "$copy"
  cd "$copy"
  [ -n "${CI:-}" ] && export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
  timed "install (npm install on a fresh clone)" npm install --no-audit --no-fund
  timed "git status clean after npm install" expect_clean_git
  timed "type check" npx tsc --noEmit -p .
  timed "unit and integration tests (vitest)" npx vitest run
  run_demo
  cd "$root"
  rm -rf "$copy"
)

for spec in "$@"; do
  echo
  echo "════ Node.js $spec"
  # Not in an `if`: set -e inside one_version would be ignored there.
  one_version "$spec"
  if [ $? -ne 0 ]; then
    failed+=("$spec")
    echo "Node.js $spec FAILED; its clone is kept: $(cat "$work/.planner-ci-last-copy.$$" 2>/dev/null)"
  fi
  rm -f "$work/.planner-ci-last-copy.$$"
done

# Run alone, it prints its timings; under .ci/run, .ci/run prints them all.
[ -n "${_ci_own_timings:-}" ] && print_timings
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed on Node.js ${failed[*]}" >&2
  exit 1
fi
