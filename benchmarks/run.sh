#!/usr/bin/env bash
# Gatehouse benchmarks (docs/performance.md): JMH per-request cost against Spring Security and raw
# nimbus, whole-service throughput on loopback (127.0.0.1 only) with wrk, javac time against
# avaje-http, time to a ready document against swagger-core, and the SVG charts.
#
#   benchmarks/run.sh                 # everything (~13 minutes on 2 otherwise idle cores)
#   benchmarks/run.sh jmh             # only JMH + docs/performance.svg
#   benchmarks/run.sh filters         # only Gatehouse's Servlet filter against Spring Security's chain
#   benchmarks/run.sh adapters        # only the JAX-RS, JDK HttpServer and WebFlux adapters (WebFlux
#                                     # against Spring Security's reactive chain)
#   benchmarks/run.sh peers           # only JWT verification against raw nimbus and SmallRye JWT
#   benchmarks/run.sh dpop            # only what DPoP adds to a JWT request, against Spring's
#   benchmarks/run.sh loopback        # only the loopback throughput comparison
#   benchmarks/run.sh spring-loopback # only one Spring Boot application with Gatehouse against the
#                                     # same with Spring Security, over loopback
#   benchmarks/run.sh compile         # only javac time (item 3)
#   benchmarks/run.sh startup         # only time to a ready document (item 4)
#   benchmarks/run.sh ratios          # only redraw docs/performance-ratios.svg from the results
#   benchmarks/run.sh breakdown       # where the processor's compile time goes, and JDK 17's javac
#   benchmarks/run.sh flame           # CPU flame graphs of the per-request benchmarks (docs/flame-*.svg)
#   benchmarks/run.sh warm            # section 3's compilation with a warm compiler (build daemons)
#   benchmarks/run.sh javac-flame     # where a fresh javac's CPU goes with the processor, by thread
#
# Environment: JMH_OPTS (default "-f 1 -wi 3 -w 1s -i 5 -r 1s"), LOOP_SECONDS (10),
# LOOP_ROUNDS (3), LOOP_CONNECTIONS (8), JAVA (java on PATH), JAVAC (a JDK 21+ javac, default
# Temurin 25's: avaje-http's generator needs 21+; all compile variants use the same one),
# COMPILE_SIZES (100,1000,5000), COMPILE_ROUNDS (5), STARTUP_SIZES (100,1000),
# STARTUP_ROUNDS (15), BREAKDOWN_SIZE (1000), BREAKDOWN_ROUNDS (3), JAVAC17 (JDK 17's javac),
# JAVAC_FLAME_ROUNDS (2),
# COMPILE_VARIANTS (e.g. "abe": only those variants of `compile`), COMPILE_EARLIER (the processor
# path of an earlier Gatehouse processor build, compiled as variant
# z beside the current one), REBUILD=1 to rebuild the jar.
set -euo pipefail
cd "$(dirname "$0")"

WHAT=${1:-all}
JAVA=${JAVA:-java}
JAR=target/benchmarks.jar
OUT=target/results
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 1s -i 5 -r 1s"}
JAVAC=${JAVAC:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac}
COMPILE_SIZES=${COMPILE_SIZES:-100,1000,5000}
COMPILE_ROUNDS=${COMPILE_ROUNDS:-5}
STARTUP_SIZES=${STARTUP_SIZES:-100,1000}
STARTUP_ROUNDS=${STARTUP_ROUNDS:-15}
LOOP_SECONDS=${LOOP_SECONDS:-10}
LOOP_ROUNDS=${LOOP_ROUNDS:-3}
LOOP_CONNECTIONS=${LOOP_CONNECTIONS:-8}

# A reactor build: annotations, runtime and processor come from this checkout, never from ~/.m2.
if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  (cd .. && mvn -B -q -P benchmarks -pl benchmarks,processor -am package -DskipTests \
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime)
fi
mkdir -p "$OUT"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') x $(nproc) cores"
  "$JAVA" -version 2>&1 | sed 's/^/java: /'
  echo "jmh options: $JMH_OPTS -prof gc"
  echo "javac: $("$JAVAC" -version 2>&1)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/environment-$WHAT.txt"

# The Gatehouse processor path (processor jar and its runtime dependencies) and the class path the
# synthetic Gatehouse APIs compile against (annotations, runtime, nimbus-jose-jwt, JAX-RS), all
# from this checkout's reactor build.
GH_PROC="../processor/target/gatehouse-processor-0.1.0-SNAPSHOT.jar:$(cat ../processor/target/classpath.txt)"
GH_CP="../annotations/target/gatehouse-annotations-0.1.0-SNAPSHOT.jar:../runtime/target/gatehouse-runtime-0.1.0-SNAPSHOT.jar"
# jwt's class path is the core's plus nimbus-jose-jwt: what the runtime's was before the split.
GH_CP="$GH_CP:$(cat ../jwt/target/classpath.txt):$(tr ':' '\n' < target/classpath.txt | grep jakarta.ws.rs-api)"

if [ "$WHAT" = all ] || [ "$WHAT" = jmh ]; then
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" ExtractAndDecide $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" \
    | tee "$OUT/jmh.txt"
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.Report \
    "$OUT/jmh.json" ../docs/performance.svg "$OUT/jmh.md"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = filters ]; then
  # Through an adapter: Gatehouse's Servlet filter against Spring Security's filter chain.
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" FilterChains $JMH_OPTS -prof gc -rf json -rff "$OUT/filters.json" \
    | tee "$OUT/filters.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = adapters ]; then
  # The other adapters the same way: JAX-RS (Jersey's request), the JDK HttpServer filter, and
  # the WebFlux filter against Spring Security's WebFilterChainProxy.
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" Adapters $JMH_OPTS -prof gc -rf json -rff "$OUT/adapters.json" \
    | tee "$OUT/adapters.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = peers ]; then
  # One JWT verified by Gatehouse's JwtVerifier, raw nimbus and Quarkus's SmallRye JWT.
  # shellcheck disable=SC2086
  "$JAVA" -jar "$JAR" JwtPeers $JMH_OPTS -prof gc -rf json -rff "$OUT/peers.json" \
    | tee "$OUT/peers.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = dpop ]; then
  # Its own warm-up and measurement settings (an invocation is mostly a fresh proof's signature).
  "$JAVA" -jar "$JAR" DpopCost -prof gc -rf json -rff "$OUT/dpop.json" | tee "$OUT/dpop.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = loopback ]; then
  if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y wrk; else sudo apt-get install -y wrk; fi
  fi
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.Loopback \
    "$LOOP_SECONDS" "$LOOP_ROUNDS" "$LOOP_CONNECTIONS" "$OUT/loopback.md" | tee "$OUT/loopback.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = spring-loopback ]; then
  # One Spring Boot application without security, with Gatehouse and with Spring Security, over
  # loopback; from the class path, since Boot's auto-configuration lists do not survive shading.
  # The class path is written again whenever the module's pom changed after it was written.
  if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
    (cd .. && mvn -B -q -P benchmarks -pl benchmarks dependency:build-classpath \
        -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime)
  fi
  "$JAVA" -cp "target/classes:$(cat target/classpath.txt)" dev.gatehouse.benchmarks.SpringLoopback \
    "$LOOP_SECONDS" "$LOOP_ROUNDS" "$LOOP_CONNECTIONS" "$OUT/spring-loopback.md" \
    | tee "$OUT/spring-loopback.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = compile ]; then
  # The peer's class path and processor path: avaje-http 3.7 (see compile-peer/pom.xml).
  mvn -B -q -f compile-peer/pom.xml dependency:build-classpath -DincludeScope=runtime \
      -Dmdep.outputFile="$PWD/target/peer-classpath.txt" >/dev/null
  mvn -B -q -f compile-peer/pom.xml dependency:build-classpath -DincludeScope=provided \
      -Dmdep.outputFile="$PWD/target/peer-processorpath.txt" >/dev/null
  "$JAVA" -Dcompile.variants="${COMPILE_VARIANTS:-}" -cp "$JAR" dev.gatehouse.benchmarks.CompileTime "$JAVAC" target/compile \
    "$COMPILE_SIZES" "$COMPILE_ROUNDS" "$GH_PROC" "$GH_CP" \
    "$(cat target/peer-processorpath.txt)" "$(cat target/peer-classpath.txt)" \
    "$OUT/compile.md" "$OUT/compile.tsv" ${COMPILE_EARLIER:+"$COMPILE_EARLIER"} \
    | tee "$OUT/compile.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = startup ]; then
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.Startup "$JAVA" "$PWD/$JAR" target/startup \
    "$STARTUP_SIZES" "$STARTUP_ROUNDS" "$GH_PROC" "$GH_CP" \
    "$OUT/startup.md" "$OUT/startup.tsv" | tee "$OUT/startup.txt"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = compile ] || [ "$WHAT" = startup ] || [ "$WHAT" = ratios ]; then
  # The chart needs every variant: not redrawn from a COMPILE_VARIANTS run.
  if [ -f "$OUT/compile.tsv" ] && [ -f "$OUT/startup.tsv" ] && [ -z "${COMPILE_VARIANTS:-}" ]; then
    "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.RatioChart \
      "$OUT/compile.tsv" "$OUT/startup.tsv" ../docs/performance-ratios.svg
  fi
fi

if [ "$WHAT" = breakdown ]; then
  # Not part of "all": where one javac run's time goes, by phase (CPU time of the compiling thread,
  # dev.gatehouse.benchmarks.CompileBreakdown), on one size's Gatehouse sources: no processor, the
  # floor of any processor that writes code (FloorProcessor), the Gatehouse processor and, given
  # COMPILE_EARLIER, an earlier one; on Temurin 25's compiler and on JDK 17's.
  N=${BREAKDOWN_SIZE:-1000}
  ROUNDS=${BREAKDOWN_ROUNDS:-3}
  JAVAC17=${JAVAC17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/javac}
  B=target/breakdown/$N
  rm -rf "$B" && mkdir -p "$B"
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.SyntheticApi gatehouse "$N" "$B/src" >/dev/null
  find "$B/src" -name '*.java' | sort > "$B/sources.txt"
  VARIANTS=(none floor "$GH_PROC")
  [ -n "${COMPILE_EARLIER:-}" ] && VARIANTS+=("$COMPILE_EARLIER")
  : > "$OUT/breakdown.txt"
  for r in $(seq 1 "$ROUNDS"); do
    for J in "$(dirname "$JAVAC")/java" "$(dirname "$JAVAC17")/java"; do
      [ -x "$J" ] || continue
      for i in "${!VARIANTS[@]}"; do
        label=$(echo none floor gatehouse earlier | cut -d' ' -f$((i + 1)))
        rm -rf "$B/run"
        line=$("$J" -cp "$JAR" dev.gatehouse.benchmarks.CompileBreakdown "$B/sources.txt" \
            "$GH_CP" "${VARIANTS[$i]}" "$B/run" -Agatehouse.info.title=Synthetic)
        echo "$N $r $("$J" -version 2>&1 | head -1 | tr ' ' '-') $label $line" \
          | tee -a "$OUT/breakdown.txt"
      done
    done
  done
fi

if [ "$WHAT" = warm ]; then
  # Not part of "all": section 3's compilation with a warm compiler, as javac runs in a multi-module
  # Maven build (in Maven's JVM) or Gradle's compiler daemon: WARM_REPEAT (8) compilations of the
  # same sources in one JVM per variant, each with its own output and a fresh processor class
  # loader ("gatehouse") or one loader kept for all of them ("gatehouse-kept", a daemon that caches
  # it); the first are the cold ones, the later ones warm. WARM_SIZES (1000,5000), WARM_ROUNDS
  # (2) JVMs per variant and size, Temurin 25's java (the compile section's javac).
  WARM_REPEAT=${WARM_REPEAT:-8}
  WARM_ROUNDS=${WARM_ROUNDS:-2}
  J="$(dirname "$JAVAC")/java"
  : > "$OUT/warm.txt"
  for N in $(echo "${WARM_SIZES:-1000,5000}" | tr ',' ' '); do
    B=target/warm/$N
    rm -rf "$B" && mkdir -p "$B"
    "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.SyntheticApi gatehouse "$N" "$B/src" >/dev/null
    find "$B/src" -name '*.java' | sort > "$B/sources.txt"
    for r in $(seq 1 "$WARM_ROUNDS"); do
      for v in none floor gatehouse gatehouse-kept; do
        P=$v
        KEEP=false
        [ "$v" = gatehouse ] && P="$GH_PROC"
        [ "$v" = gatehouse-kept ] && P="$GH_PROC" && KEEP=true
        rm -rf "$B/run"
        "$J" -Dcompile.repeat="$WARM_REPEAT" -Dcompile.reuseLoader=$KEEP -cp "$JAR" \
            dev.gatehouse.benchmarks.CompileBreakdown \
            "$B/sources.txt" "$GH_CP" "$P" "$B/run" -Agatehouse.info.title=Synthetic \
          | sed "s/^/$N $r $v /" | tee -a "$OUT/warm.txt"
      done
    done
  done
fi

# async-profiler (tools.profiler:async-profiler from Maven Central, its Linux x64 library), for the
# flame graphs.
AP_VERSION=${AP_VERSION:-4.1}
AP=target/async-profiler
async_profiler() {
  if [ ! -f "$AP/linux-x64/libasyncProfiler.so" ]; then
    (cd .. && mvn -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$AP_VERSION" \
        -DoutputDirectory="benchmarks/$AP")
    (cd "$AP" && unzip -o -q "async-profiler-$AP_VERSION.jar" 'linux-x64/*')
  fi
}

if [ "$WHAT" = javac-flame ]; then
  # Not part of "all": where a fresh javac's CPU goes with the Gatehouse processor, on section 3's
  # synthetic API of BREAKDOWN_SIZE (1000) operations, Temurin 25's javac as in section 3.
  # JAVAC_FLAME_ROUNDS (2) compilations without a processor and with Gatehouse's, interleaved,
  # each sampled by async-profiler (CPU, 1 ms, every thread); dev.gatehouse.benchmarks.ThreadSplit
  # splits each by thread (javac's, the processor's calls in it, the JIT's C1 and C2, GC), and the
  # last Gatehouse compilation is drawn as docs/flame-javac-processor.svg, from the processor's
  # process() calls up.
  async_profiler
  N=${BREAKDOWN_SIZE:-1000}
  B=target/javac-flame/$N
  rm -rf "$B" && mkdir -p "$B"
  "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.SyntheticApi gatehouse "$N" "$B/src" >/dev/null
  find "$B/src" -name '*.java' | sort > "$B/sources.txt"
  : > "$OUT/javac-flame.txt"
  for r in $(seq 1 "${JAVAC_FLAME_ROUNDS:-2}"); do
    for v in none gatehouse; do
      PROC=(-proc:none)
      [ "$v" = gatehouse ] && PROC=(-proc:full -processorpath "$GH_PROC")
      rm -rf "$B/out" && mkdir -p "$B/out/classes" "$B/out/generated"
      "$JAVAC" "-J-agentpath:$PWD/$AP/linux-x64/libasyncProfiler.so=start,event=cpu,interval=1ms,file=$B/$v-$r.collapsed" \
        --release 17 -encoding UTF-8 -nowarn -Xlint:none -d "$B/out/classes" -s "$B/out/generated" \
        -cp "$GH_CP" "${PROC[@]}" -Agatehouse.info.title=Synthetic "@$B/sources.txt" >/dev/null
      "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.ThreadSplit "$B/$v-$r.collapsed" "$N $r $v" \
        | tee -a "$OUT/javac-flame.txt"
    done
  done
  "$JAVA" -Dflame.minWidth=4 -cp "$JAR" dev.gatehouse.benchmarks.FlameGraph \
    "$B/gatehouse-${JAVAC_FLAME_ROUNDS:-2}.collapsed" \
    "SecurityProcessor.process" \
    "The Gatehouse processor's calls in one javac of $N operations: CPU samples, $(date -u +%Y-%m-%d)" \
    ../docs/flame-javac-processor.svg
fi

if [ "$WHAT" = flame ]; then
  # Not part of "all": CPU flame graphs (docs/flame-*.svg) of the per-request benchmarks, sampled
  # by async-profiler through JMH's async profiler, and drawn as static SVGs by
  # dev.gatehouse.benchmarks.FlameGraph.
  async_profiler
  FLAMES=${FLAMES:-apiKey_gatehouse apiKey_spring basic_gatehouse bearer_gatehouse jwtHS256_gatehouse jwtHS256_nimbus jwtRS256_gatehouse jwtRS256cached_gatehouse}
  for b in $FLAMES; do
    rm -rf "$OUT/flame/$b"
    "$JAVA" -jar "$JAR" "ExtractAndDecide.$b\$" -f 1 -wi 3 -w 1s -i 5 -r 2s \
      -prof "async:libPath=$PWD/$AP/linux-x64/libasyncProfiler.so;output=collapsed;event=cpu;interval=100000;dir=$OUT/flame/$b" \
      | grep "^ExtractAndDecide" | tee -a "$OUT/flame.txt"
    "$JAVA" -cp "$JAR" dev.gatehouse.benchmarks.FlameGraph \
      "$(find "$OUT/flame/$b" -name 'collapsed-cpu.csv' | head -1)" "ExtractAndDecide.$b" \
      "ExtractAndDecide.$b: CPU samples of one request, $(date -u +%Y-%m-%d)" "../docs/flame-$b.svg"
  done
fi
