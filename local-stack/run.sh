#!/usr/bin/env bash
# Starts the whole platform on this machine, no Docker: a real Kafka broker (KRaft), an embedded
# MongoDB-compatible store, the identity provider, the four services, the gateway and the operations
# console, then waits until they are healthy.
# Ctrl-C stops everything; the data stays in the data dir (default: .local-stack in the current directory).
#
#   local-stack/run.sh                      everything, demo data loaded on the first start
#   local-stack/run.sh --zipkin             also Zipkin (traces at http://localhost:9411/zipkin/; the jar is fetched once)
#   local-stack/run.sh --help               all options (ports, --services=..., --no-demo-data, --data-dir=...)
#
# Builds the jars first (mvn -q -DskipTests install from the repository root) when any is missing or
# older than the sources. Environment:
#   LOCAL_STACK_JAVA_OPTS   JVM options of the launcher (Kafka and MongoDB run inside it)
#   LOCAL_STACK_SKIP_BUILD  set to 1 to never build
#   MVN_ARGS                extra Maven arguments for the build, e.g. -o
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SERVICES=(identity dispute-service patrol-service citizen-service notification-service gateway ops-console)
# modules whose sources end up in the jars the launcher runs
MODULES=(platform-events platform-security platform-kit "${SERVICES[@]}" local-stack)

die() {
  echo "run.sh: $*" >&2
  exit 1
}

command -v java >/dev/null 2>&1 || die "java (17 or newer) is not on the PATH"

# newest matching jar, or nothing
find_jar() {
  local module="$1"
  ls -t "$ROOT/$module/target/$module"-*-exec.jar 2>/dev/null | head -n 1 || true
}

needs_build() {
  local jars=() module jar oldest=""
  for module in local-stack "${SERVICES[@]}"; do
    jar="$(find_jar "$module")"
    if [[ -z "$jar" ]]; then
      echo "run.sh: $module has not been built yet" >&2
      return 0
    fi
    jars+=("$jar")
  done
  oldest="$(ls -tr "${jars[@]}" | head -n 1)"
  local dirs=("$ROOT/pom.xml") changed
  for module in "${MODULES[@]}"; do
    [[ -d "$ROOT/$module" ]] || continue
    dirs+=("$ROOT/$module/pom.xml")
    [[ -d "$ROOT/$module/src/main" ]] && dirs+=("$ROOT/$module/src/main")
  done
  changed="$(find "${dirs[@]}" -type f -newer "$oldest" -print -quit 2>/dev/null || true)"
  if [[ -n "$changed" ]]; then
    echo "run.sh: sources changed since the last build (${changed#"$ROOT"/})" >&2
    return 0
  fi
  return 1
}

if [[ "${LOCAL_STACK_SKIP_BUILD:-0}" != "1" ]] && needs_build; then
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to build the jars but is not on the PATH"
  echo "run.sh: building (mvn -q -DskipTests install) ..." >&2
  # shellcheck disable=SC2086 # MVN_ARGS is a list of words
  (cd "$ROOT" && mvn -q -DskipTests ${MVN_ARGS:-} install) || die "the build failed; fix it and run again"
fi

# --zipkin: Zipkin's server jar, fetched from Maven Central once (about 130 MB)
ZIPKIN_VERSION=3.6.1
for arg in "$@"; do
  if [[ "$arg" == "--zipkin" ]] && ! ls "$ROOT"/local-stack/target/zipkin/zipkin-server-*-exec.jar >/dev/null 2>&1; then
    command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch Zipkin's server jar but is not on the PATH"
    echo "run.sh: fetching Zipkin's server jar (io.zipkin:zipkin-server:$ZIPKIN_VERSION:exec) ..." >&2
    # shellcheck disable=SC2086 # MVN_ARGS is a list of words
    (cd "$ROOT" && mvn -q ${MVN_ARGS:-} -N dependency:copy -Dartifact="io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec" \
      -DoutputDirectory="$ROOT/local-stack/target/zipkin") || die "could not fetch Zipkin's server jar"
  fi
done

JAR="$(find_jar local-stack)"
[[ -n "$JAR" ]] || die "no launcher jar in $ROOT/local-stack/target; build with: cd $ROOT && mvn -q -DskipTests install"

JAVA_OPTS="${LOCAL_STACK_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError}"
export LOCAL_STACK_REPO_ROOT="$ROOT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of words
exec java $JAVA_OPTS -jar "$JAR" "$@"
