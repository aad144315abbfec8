#!/usr/bin/env bash
# The capacity benchmark: builds the jars (mvn -q -DskipTests install; BENCHMARK_SKIP_BUILD=1 skips
# it), starts a fresh local stack on free ports in a temporary data dir, measures the raw broker and
# the raw store, then the platform at each rate, open loop, and prints the results table.
#
#   benchmarks/run.sh                                  rates 10, 20, 50 reports/s, 30 s each
#   benchmarks/run.sh --rates=5,10,20 --duration=60    other rates and durations
#   benchmarks/run.sh --drain=300                      wait longer for a backlog to drain
#
# Environment: BENCHMARK_JAVA_OPTS (JVM options of the benchmark, which also runs Kafka and MongoDB),
# MVN_ARGS (extra Maven arguments for the build, e.g. -o).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "${BENCHMARK_SKIP_BUILD:-0}" != "1" ]]; then
  echo "run.sh: building (mvn -q -DskipTests install) ..." >&2
  # shellcheck disable=SC2086 # MVN_ARGS is a list of words
  (cd "$ROOT" && mvn -q -DskipTests ${MVN_ARGS:-} install)
fi
JAR="$(ls -t "$ROOT"/benchmarks/target/benchmarks-*-exec.jar | head -n 1)"
JAVA_OPTS="${BENCHMARK_JAVA_OPTS:--Xms64m -Xmx768m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}"
export LOCAL_STACK_REPO_ROOT="$ROOT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of words
exec java $JAVA_OPTS -Dlogback.configurationFile=local-stack-logback.xml -jar "$JAR" "$@"
