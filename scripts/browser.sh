#!/usr/bin/env bash
# The browser tests need Debian's Chromium and its driver, and axe-core (npm, pinned in
# tests/js/package-lock.json) for the accessibility scan; install them when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "The browser test needs chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
  fi
fi
if [ ! -f tests/js/node_modules/axe-core/axe.min.js ]; then
  if command -v npm >/dev/null; then
    npm ci --prefix tests/js --no-audit --no-fund --silent
  else
    echo "The accessibility test needs npm (Node.js) to install axe-core: apt-get install npm" >&2
  fi
fi
