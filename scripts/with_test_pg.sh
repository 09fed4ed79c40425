#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server; exports TEST_PG_URL (postgresql+psycopg2://, superuser,
# trust auth, 127.0.0.1 only).
# The server lives in a temp dir, runs as a non-root user (Debian: `postgres`) when started as root, and is
# always stopped and removed afterwards, even on failure. The command's exit code is propagated.
#
#   scripts/with_test_pg.sh .venv/bin/python -m pytest tests/test_executor.py
set -euo pipefail

PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "with_test_pg: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
    exit 2
fi

PG_TMP="$(mktemp -d /tmp/pgtest.XXXXXX)"
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
if [ "$(id -u)" = "0" ]; then
    PG_USER="${PG_OS_USER:-postgres}"
    chown "$PG_USER" "$PG_TMP"
    as_pg() { runuser -u "$PG_USER" -- "$@"; }
else
    as_pg() { "$@"; }
fi

cleanup() {
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
}
trap cleanup EXIT INT TERM

as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust -E UTF8 --no-locale >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; exit 2; }
as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w -t 30 start \
    -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=100 -c shared_buffers=64MB" >/dev/null \
    || { cat "$PG_TMP/server.log" >&2; exit 2; }

# The driver is explicit: SQLAlchemy 2.1 would pick psycopg 3 for plain postgresql://; psycopg2 is the pinned one.
export TEST_PG_URL="postgresql+psycopg2://postgres@127.0.0.1:$PG_PORT/postgres"
echo "with_test_pg: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT" >&2

set +e
"$@"
rc=$?
set -e
exit $rc
