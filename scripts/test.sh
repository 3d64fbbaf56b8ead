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

# The browser tests drive Debian's chromium (never a downloaded one); without it they skip and say why.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium: the browser tests will skip"
fi
# One keyring test uses a real Secret Service (gnome-keyring in a private D-Bus session); without it, it skips.
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing gnome-keyring for the keyring test…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      gnome-keyring dbus-daemon >/dev/null) || echo "could not install gnome-keyring: the Secret Service test will skip"
fi

.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/pytest -q "$@"
