#!/usr/bin/env bash
# Set up goodcry in .venv and start it on its default SQLite journal (in your user data folder): creates the
# journal the first time (asking your country, for crisis resources), then serves the local web app on
# 127.0.0.1 and opens your browser. Stop it with Ctrl-C. The command-line journal is .venv/bin/goodcry.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/goodcry ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e .
fi
goodcry=.venv/bin/goodcry
if ! "$goodcry" list -n 1 >/dev/null 2>&1; then
  "$goodcry" init
fi
echo "goodcry is installed in .venv: .venv/bin/goodcry --help shows the command-line journal."
exec "$goodcry" serve "$@"
