#!/usr/bin/env sh
# `rumpcfg plan` of the 64 KiB (and 16 KiB) config with a 16 MiB heap: each must succeed.
# See docs/performance.md.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if [ ! -f target/rumpcfg.jar ]; then
  mvn -B -q -DskipTests package
fi
for config in bench/configs/config-64k.json bench/configs/config-16k.json; do
  if java -Xmx16m -XX:+UseSerialGC -cp target/rumpcfg.jar io.rumpcfg.cli.Main plan "$config" >/dev/null; then
    echo "ok: plan $config with -Xmx16m"
  else
    echo "FAILED: plan $config with -Xmx16m" >&2
    exit 1
  fi
done
