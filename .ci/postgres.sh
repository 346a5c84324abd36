#!/usr/bin/env bash
# Install (if needed) and start a PostgreSQL server on loopback for the storage tests, and print
# the URL the tests should use. Idempotent: safe to run on a machine where it already runs.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='qualify'\"" | grep -q 1 ||
  su postgres -c "psql -qc \"CREATE ROLE qualify LOGIN CREATEDB PASSWORD 'qualify'\"" >&2
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='qualify_test'\"" | grep -q 1 ||
  su postgres -c "createdb -O qualify qualify_test" >&2
echo "postgresql+psycopg://qualify:qualify@127.0.0.1:5432/qualify_test"
