#!/usr/bin/env bash
# Set up (first run only) and start the app: ./run.sh [streamlit options]
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/setup.sh ""
exec streamlit run app.py "$@"
