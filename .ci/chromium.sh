#!/usr/bin/env bash
# Install (if needed) Debian's Chromium for the browser tests of `qualify serve`. Playwright's
# Python package drives it through `executable_path`; it never downloads a browser of its own.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq chromium >&2
fi
chromium --version >&2
