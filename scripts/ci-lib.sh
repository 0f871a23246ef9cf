# Shared by .ci/run and scripts/ci-node-versions.sh (sourced, not run):
#   use_node NODE[:NPM]   puts that Node.js (and npm) first in PATH, fetched from the npm registry when the
#                         machine's own differs; NODE is a version (24.22.3) or a major (20), NPM a version
#                         or "system" (the machine's npm)
#   timed LABEL CMD…      runs CMD, records how long it took under LABEL (also when it fails)
#   timed_sections LABEL CMD…  the same, and times each "== section" CMD prints as LABEL: section
#   expect_clean_git      fails, listing them, when files tracked or not ignored by git changed
#   print_timings         the table of every part timed so far
# The fetched Node.js builds and npm versions are kept in ${XDG_CACHE_HOME:-~/.cache}/intersessional-planner.

# use_node always starts from the PATH the first script that sourced this file was given.
CI_BASE_PATH="${CI_BASE_PATH:-$PATH}"
CI_CACHE="${CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/intersessional-planner}"
# The first script that sources this file owns the timings file (and removes it in print_timings).
if [ -z "${CI_TIMINGS:-}" ]; then CI_TIMINGS=$(mktemp "${TMPDIR:-/tmp}/planner-ci-timings.XXXXXX"); _ci_own_timings=1; fi
export CI_BASE_PATH CI_CACHE CI_TIMINGS
CI_NODE_LABEL="Node.js $(node -p 'process.versions.node.split(".")[0]')"

_ci_platform() {
  local os arch
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "unsupported system $(uname -s)" >&2; return 1 ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "unsupported processor $(uname -m)" >&2; return 1 ;; esac
  echo "$os-$arch"
}

# Unpacks the npm registry's package NAME@SPEC into $CI_CACHE/DIR/<version>/package (once) and prints that path.
_ci_fetch() {
  local name=$1 spec=$2 dir=$3 tmp tgz version
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/planner-ci-fetch.XXXXXX")
  # npm pack checks the tarball against the registry's integrity hash.
  tgz=$(cd "$tmp" && npm pack --silent "$name@$spec" 2>/dev/null | tail -n 1) || { rm -rf "$tmp"; echo "cannot fetch $name@$spec from the npm registry" >&2; return 1; }
  version=${tgz#"$name"-}; version=${version%.tgz}
  if [ ! -d "$CI_CACHE/$dir/$version/package" ]; then
    mkdir -p "$tmp/x" "$CI_CACHE/$dir/$version"
    tar -xzf "$tmp/$tgz" -C "$tmp/x"
    # Another run may have unpacked it meanwhile: mv into place is atomic, the loser's copy is dropped.
    mv "$tmp/x/package" "$CI_CACHE/$dir/$version/package" 2>/dev/null || true
  fi
  rm -rf "$tmp"
  echo "$CI_CACHE/$dir/$version/package"
}

use_node() {
  local node_spec=${1%%:*} npm_spec=system current prefix npm_dir
  [[ $1 == *:* ]] && npm_spec=${1#*:}
  export PATH="$CI_BASE_PATH"
  unset npm_config_nodedir
  current=$(node -p process.versions.node)
  if [ "$current" = "$node_spec" ] || { [[ $node_spec != *.* ]] && [ "${current%%.*}" = "$node_spec" ]; }; then
    echo "Node.js $current: the machine's own"
  else
    # Cached by exact version: a major alone (20) asks the registry for its newest release each time.
    if [[ $node_spec == *.*.* ]] && [ -x "$CI_CACHE/node/$node_spec/package/bin/node" ]; then prefix="$CI_CACHE/node/$node_spec/package"
    else prefix=$(_ci_fetch "node-$(_ci_platform)" "$node_spec" node) || return 1
    fi
    export PATH="$prefix/bin:$PATH"
    # Native modules (better-sqlite3) build against this Node.js's headers, whatever npm's config says.
    export npm_config_nodedir="$prefix"
    echo "Node.js $(node -p process.versions.node) from the npm registry (node-$(_ci_platform)), in $prefix"
  fi
  if [ "$npm_spec" != system ] && [ "$(npm -v)" != "$npm_spec" ]; then
    if [ -f "$CI_CACHE/npm/$npm_spec/package/bin/npm-cli.js" ]; then npm_dir="$CI_CACHE/npm/$npm_spec/package"
    else npm_dir=$(_ci_fetch npm "$npm_spec" npm) || return 1
    fi
    mkdir -p "$npm_dir/../bin"
    printf '#!/bin/sh\nexec node "%s/bin/npm-cli.js" "$@"\n' "$npm_dir" > "$npm_dir/../bin/npm"
    printf '#!/bin/sh\nexec node "%s/bin/npx-cli.js" "$@"\n' "$npm_dir" > "$npm_dir/../bin/npx"
    chmod +x "$npm_dir/../bin/npm" "$npm_dir/../bin/npx"
    export PATH="$(cd "$npm_dir/../bin" && pwd):$PATH"
  fi
  echo "npm $(npm -v)"
  CI_NODE_LABEL="Node.js $(node -p 'process.versions.node.split(".")[0]')"
}

_ci_record() { printf '%s\t%s\t%s\t%s\n' "$CI_NODE_LABEL" "$1" "$2" "$3" >> "$CI_TIMINGS"; }

timed() {
  local label=$1 start status=0
  shift
  start=$(date +%s)
  echo "── $CI_NODE_LABEL · $label"
  "$@" || status=$?
  _ci_record "$label" "$(( $(date +%s) - start ))" "$([ $status -eq 0 ] && echo ok || echo "FAILED ($status)")"
  return $status
}

# Like timed, and each "== section" line the command prints starts a sub-part timed on its own.
timed_sections() {
  local label=$1 start status=0 section="" since now line
  shift
  start=$(date +%s); since=$start
  echo "── $CI_NODE_LABEL · $label"
  # The status comes on a line of its own, even after a last line without a newline (ESLint's): glued
  # to it, it was not read, and a failing `npm test` was recorded as passed. The command runs without
  # errexit (the caller's `set -e` is inherited by the process substitution, which then ended with the
  # failing command, before printing its status: a failing end-to-end run was recorded as passed), and
  # no status read at all is a failure.
  local seen=0
  while IFS= read -r line; do
    if [[ $line == "== "* ]]; then
      now=$(date +%s)
      if [[ $line == "== exit status "* ]]; then status=${line#== exit status }; seen=1; fi
      [ -n "$section" ] && _ci_record "$label: $section" "$(( now - since ))" "$([ "$status" = 0 ] && echo ok || echo FAILED)"
      section=${line#== }; since=$now
      [[ $line == "== exit status "* ]] && continue
    fi
    printf '%s\n' "$line"
  done < <(set +e; "$@" 2>&1; s=$?; printf '\n== exit status %s\n' "$s")
  if [ "$seen" = 0 ]; then echo "no exit status was read: counted as failed"; status=1; fi
  _ci_record "$label" "$(( $(date +%s) - start ))" "$([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")"
  return "$status"
}

expect_clean_git() {
  local changed
  changed=$(git status --porcelain)
  if [ -n "$changed" ]; then
    echo "git status is not clean:" >&2
    echo "$changed" >&2
    git --no-pager diff --stat >&2
    return 1
  fi
  echo "git status: clean"
}

print_timings() {
  echo
  echo "CI timings (seconds):"
  awk -F '\t' '{ printf "  %-10s %-56s %6d  %s\n", $1, $2, $3, $4 }' "$CI_TIMINGS"
  [ -n "${_ci_own_timings:-}" ] && rm -f "$CI_TIMINGS"
  return 0
}
