#!/usr/bin/env bash
# Set up (first run only) and run the whole test suite: ./test.sh [pytest options]
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/setup.sh "test"
./scripts/browser.sh
ruff check --quiet src tests app.py
exec python -m pytest "$@"
