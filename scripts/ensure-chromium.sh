#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (test tools that download their own browser cannot reach the
# internet here). Installs it with apt-get when it is missing; CHROME_PATH points at another Chromium.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$chrome" ] && exit 0
if [ "$chrome" != /usr/bin/chromium ]; then
  echo "CHROME_PATH is $chrome, which is not an executable." >&2
  exit 1
fi
echo "Chromium is missing: installing Debian's chromium package with apt-get."
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium < /dev/null
