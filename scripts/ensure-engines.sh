#!/usr/bin/env bash
# The browser tests also run in Firefox ESR and WebKitGTK (scripts/engines.mjs): Debian's firefox-esr, the
# WebKitGTK WebDriver (webkit2gtk-driver, which brings MiniBrowser) and Xvfb for WebKit's window. Installs
# whichever is missing with apt-get; FIREFOX_PATH, WEBKIT_DRIVER_PATH and XVFB_PATH point at other builds.
set -euo pipefail
missing=()
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
[ -x "${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}" ] || missing+=(webkit2gtk-driver)
[ -x "${XVFB_PATH:-/usr/bin/Xvfb}" ] || missing+=(xvfb)
[ ${#missing[@]} -eq 0 ] && exit 0
for variable in FIREFOX_PATH WEBKIT_DRIVER_PATH XVFB_PATH; do
  if [ -n "${!variable:-}" ] && [ ! -x "${!variable}" ]; then
    echo "$variable is ${!variable}, which is not an executable." >&2
    exit 1
  fi
done
echo "Missing for the browser tests: ${missing[*]}. Installing Debian's packages with apt-get."
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" < /dev/null
