#!/usr/bin/env bash
# For CI: PostgreSQL must be reachable on 127.0.0.1:5432. Starts a local cluster that is installed but
# stopped; fails (never skips) when none can be reached.
set -euo pipefail
host=127.0.0.1 port=5432
ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null || (echo > "/dev/tcp/$host/$port") 2>/dev/null; }
ready && exit 0
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  for version in /etc/postgresql/*; do
    echo "Starting PostgreSQL $(basename "$version")…"
    pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
  done
  for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
fi
echo "PostgreSQL is not reachable on $host:$port, and CI requires it (TEST_POSTGRES_URL)." >&2
exit 1
