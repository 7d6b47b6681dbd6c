#!/usr/bin/env bash
# The inbox tests start a real PostgreSQL server of their own (initdb in a temporary folder, a loopback port),
# from Debian's `postgresql` package. Installs it with apt-get when its server binaries are missing; POSTGRES_BIN
# points at another folder of PostgreSQL binaries. The package's own cluster service is not needed or started.
set -euo pipefail
if [ -n "${POSTGRES_BIN:-}" ]; then
  [ -x "$POSTGRES_BIN/initdb" ] && exit 0
  echo "POSTGRES_BIN is $POSTGRES_BIN, which holds no initdb." >&2
  exit 1
fi
for bin in /usr/lib/postgresql/*/bin; do
  [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && exit 0
done
echo "PostgreSQL is missing: installing Debian's postgresql package with apt-get."
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
$sudo apt-get update
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends postgresql < /dev/null
