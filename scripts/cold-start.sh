#!/usr/bin/env sh
# Cold start of the CLI: `rumpcfg plan` of the 1 KiB config in a fresh JVM, against a JVM
# that only starts and exits, in one hyperfine run. Builds target/rumpcfg.jar (and its
# AppCDS archive) first when missing. See docs/performance.md.
#
#   [RUNS=30] scripts/cold-start.sh [more hyperfine options, e.g. --export-markdown out.md]
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
if ! command -v hyperfine >/dev/null 2>&1; then
  apt-get install -y hyperfine >/dev/null
fi
if [ ! -f target/rumpcfg.jar ]; then
  mvn -B -q -DskipTests package
fi
config=bench/configs/config-1k.json
# The baseline: a class whose main does nothing, on the same JVM with its default flags.
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
printf 'public class Exit { public static void main(String[] args) {} }\n' >"$empty/Exit.java"
javac -d "$empty" "$empty/Exit.java"
# The flags ./rumpcfg passes for `plan` of a file this small (see the launcher), so the
# numbers are what a user gets; the C1 row is what it passes for a larger one.
flags="-Xint -Xshare:auto"
c1="-XX:TieredStopAtLevel=1 -Xshare:auto"
# The main class on the class path, as the launcher names it (not -jar: see the launcher).
main="-cp target/rumpcfg.jar io.rumpcfg.cli.Main"
cds=""
if [ -f target/rumpcfg.jsa ]; then
  cds="-XX:SharedArchiveFile=target/rumpcfg.jsa"
  # -Xshare:on fails loudly when the archive cannot be used (made for another jar, another JVM).
  java $flags -Xshare:on $cds $main plan "$config" >/dev/null
fi
java $flags $cds $main plan "$config" >/dev/null # fails loudly if plan fails
hyperfine -N --warmup 5 --runs "${RUNS:-30}" "$@" \
  -n "jvm start+exit" "java -cp $empty Exit" \
  -n "rumpcfg plan 1k (no CDS archive)" "java $flags $main plan $config" \
  -n "rumpcfg plan 1k" "java $flags $cds $main plan $config" \
  -n "rumpcfg plan 1k (C1)" "java $c1 $cds $main plan $config" \
  -n "rumpcfg plan 1k (-jar)" "java $flags $cds -jar target/rumpcfg.jar plan $config" \
  -n "./rumpcfg plan 1k (launcher)" "./rumpcfg plan $config"
