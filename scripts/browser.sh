#!/usr/bin/env bash
# The browser test needs Debian's Chromium and its driver; install them when missing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
  echo "The browser test needs chromium and chromium-driver: sudo apt-get install chromium chromium-driver" >&2
fi
