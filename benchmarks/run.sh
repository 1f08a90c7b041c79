#!/usr/bin/env bash
# Gatehouse benchmarks (docs/performance.md): JMH per-request cost against Spring Security and raw
# nimbus, the SVG chart, and whole-service throughput on loopback (127.0.0.1 only) with wrk.
#
#   benchmarks/run.sh                 # everything (~10 minutes on 2 cores)
#   benchmarks/run.sh jmh             # only JMH + chart
#   benchmarks/run.sh loopback        # only the loopback throughput comparison
#
# Environment: JMH_OPTS (default "-f 1 -wi 3 -w 1s -i 5 -r 1s"), LOOP_SECONDS (10),
# LOOP_ROUNDS (3), LOOP_CONNECTIONS (8), JAVA (java on PATH).
set -euo pipefail
cd "$(dirname "$0")"

WHAT=${1:-all}
JAVA=${JAVA:-java}
JAR=target/benchmarks.jar
OUT=target/results
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s"}
LOOP_SECONDS=${LOOP_SECONDS:-10}
LOOP_ROUNDS=${LOOP_ROUNDS:-3}
LOOP_CONNECTIONS=${LOOP_CONNECTIONS:-8}

if [ ! -f "$JAR" ]; then
  (cd .. && mvn -B -q -DskipTests install -pl annotations,runtime,processor \
         && mvn -B -q -P benchmarks -pl benchmarks package)
fi
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc) cores"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  echo "jmh options: $JMH_OPTS -prof gc"
} | tee "$OUT/environment.txt"

if [ "$WHAT" = all ] || [ "$WHAT" = jmh ]; then
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" ExtractAndDecide $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" \
    | tee "$OUT/jmh.txt"
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.Report \
    "$OUT/jmh.json" ../docs/performance.svg "$OUT/jmh.md"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = loopback ]; then
  if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
  fi
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.Loopback \
    "$LOOP_SECONDS" "$LOOP_ROUNDS" "$LOOP_CONNECTIONS" "$OUT/loopback.md" | tee "$OUT/loopback.txt"
fi
