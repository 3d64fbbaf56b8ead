#!/usr/bin/env bash
# Set up and run every check: lint (ruff), types (mypy) and the test suite (pytest) on SQLite and PostgreSQL.
# Works on a fresh machine with Python 3.11+; starts the local PostgreSQL server when it is installed but down
# (without one, the PostgreSQL tests skip and say why).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"

if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    echo "starting PostgreSQL…"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  # PostgreSQL is installed here: its tests must run, not skip.
  pg_isready -q -h 127.0.0.1 -p 5432 && export GOODCRY_REQUIRE_PG=1
fi

.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/pytest -q "$@"
