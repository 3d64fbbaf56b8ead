#!/usr/bin/env bash
# Set up goodcry in .venv and start it on its default SQLite journal (in your user data folder):
# creates the journal the first time (asking your country, for crisis resources), then opens a guided entry.
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
if [ -t 0 ]; then
  "$goodcry" log
else
  "$goodcry" --help
fi
echo
echo "goodcry is installed in .venv: run .venv/bin/goodcry --help (or add .venv/bin to your PATH)."
