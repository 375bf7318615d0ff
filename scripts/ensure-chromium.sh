#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Find it, or install it when we may, or say how.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROME_PATH:-}" ]; then
  echo "CHROME_PATH is set to '$CHROME_PATH', but no executable is there." >&2
  exit 1
fi
if [ "$(id -u)" = "0" ]; then
  echo "Chromium is missing: installing Debian's chromium package..."
  apt-get update && apt-get install -y chromium
  exit 0
fi
echo "Chromium is missing. Install it with: apt-get update && apt-get install -y chromium" >&2
exit 1
