#!/usr/bin/env sh
# Cold start of the CLI: every subcommand, each in a fresh JVM, against a JVM that only
# starts and exits, in one hyperfine run. Each command runs through ./rumpcfg, as a user runs
# it, and through `java -jar target/rumpcfg.jar` with no flags. Builds target/rumpcfg.jar (and
# its AppCDS archive) first when missing. See docs/performance.md, "Cold start".
#
#   [RUNS=20] scripts/cold-start.sh [more hyperfine options, e.g. --export-markdown out.md]
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
older=src/main/cds/training-older.json
# The baseline: a class whose main does nothing, on the same JVM with its default flags.
empty=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$empty" "$out"' EXIT
printf 'public class Exit { public static void main(String[] args) {} }\n' >"$empty/Exit.java"
javac -d "$empty" "$empty/Exit.java"
# -Xshare:on fails loudly when the archive cannot be used (made for another jar, another JVM).
java -Xshare:on -XX:SharedArchiveFile=target/rumpcfg.jsa -cp target/rumpcfg.jar io.rumpcfg.cli.Main --version >/dev/null
# Each command once, failing loudly if it fails. The 1 KiB config has tmpfs mounts and
# sysctls, which the older format cannot carry: --lossy leaves them out.
commands="validate $config
validate --format json $config
plan $config
plan --format json $config
plan --format dot $config
plan --format mermaid $config
plan --format sarif $config
run $config
convert $config
convert --to older --lossy $config
convert $older
schema
--help
--version"
echo "$commands" | while IFS= read -r c; do
  # shellcheck disable=SC2086
  ./rumpcfg $c >"$out" 2>&1 || { cat "$out"; echo "cold-start: rumpcfg $c failed" >&2; exit 1; }
done
set -- -N --warmup 3 --runs "${RUNS:-20}" "$@" -n "jvm start+exit" "java -cp $empty Exit"
# Every command through the launcher, then through java -jar (one table, one run).
nl='
'
IFS=$nl
for c in $commands; do
  set -- "$@" -n "./rumpcfg $c" "./rumpcfg $c"
done
for c in $commands; do
  set -- "$@" -n "java -jar rumpcfg.jar $c" "java -jar target/rumpcfg.jar $c"
done
unset IFS
hyperfine "$@"
