#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite: ./test.sh [pytest options]
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/setup.sh "test"
./scripts/browser.sh
ruff check --quiet src tests app.py
# Two processes, each test file whole in one of them (its module fixtures built once): the
# suite took about half the time on 2 cores. `-n 0` runs it in this process. Files in their
# own order, not the largest first (xdist's default), so a long file with few tests (the
# browser's) does not run alone at the end.
exec python -m pytest -n 2 --dist loadfile --no-loadscope-reorder "$@"
