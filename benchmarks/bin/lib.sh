#!/usr/bin/env bash
# Shared by the benchmark and drill scripts: a fresh copy of the built distribution under benchmarks/target/run,
# started on loopback, with the benchmark probe hot-deployed. Needs `mvn -B clean install -DskipTests` first
# (the scripts run it when the distribution or the tool is missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="$ROOT/benchmarks/target/run"
KARAF="$RUN/hourglass"
RESULTS="$ROOT/benchmarks/results"
BASE="${HOURGLASS_BASE:-http://localhost:8181}"
export HOURGLASS_KARAF_PASSWORD="${HOURGLASS_KARAF_PASSWORD:-hourglass-console}"
mkdir -p "$RESULTS"

tool_jar() { ls "$ROOT"/benchmarks/bench-tool/target/hourglass-bench-tool-*.jar 2>/dev/null | grep -v original | head -1; }
# HOURGLASS_DIST / HOURGLASS_PROBE point at another build's distribution and probe (benchmarks/bin/ab-heartbeat)
probe_jar() { [ -n "${HOURGLASS_PROBE:-}" ] && echo "$HOURGLASS_PROBE" || ls "$ROOT"/benchmarks/bench-probe/target/hourglass-bench-probe-*.jar 2>/dev/null | head -1; }
dist_tar() { [ -n "${HOURGLASS_DIST:-}" ] && echo "$HOURGLASS_DIST" || ls "$ROOT"/karaf-assembly/target/hourglass-karaf-assembly-*.tar.gz 2>/dev/null | head -1; }

ensure_built() {
  if [ -z "$(tool_jar)" ] || [ -z "$(probe_jar)" ] || [ -z "$(dist_tar)" ]; then
    (cd "$ROOT" && mvn -B -q clean install -DskipTests)
  fi
}

tool() { java -jar "$(tool_jar)" "$@" --base "$BASE" --karaf "$KARAF" --state "$RUN/state.json"; }

now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN { printf "%.2f", a - b }'; }

# each takes another distribution's home as an optional last argument (the cluster's nodes); $KARAF by default
karaf_pid() { pgrep -f -- "-Dkaraf.home=${1:-$KARAF} .*org.apache.karaf.main.Main" | head -1 || true; }

rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' /proc/"$(karaf_pid)"/status) / 1024 )); }

await_http() { # url code timeout-seconds [method]
  local t0; t0=$(now)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -X "${4:-GET}" -H 'Content-Type: application/json' ${4:+-d '{}'} "$1")" = "$2" ]; do
    if awk -v s="$(since "$t0")" -v l="$3" 'BEGIN { exit !(s > l) }'; then echo "timeout waiting for $2 from $1" >&2; return 1; fi
    sleep 0.05
  done
}

fresh_karaf() { # unpacks a fresh distribution (fresh Derby), starts it, prints seconds to the first 200
  stop_karaf
  if curl -s -o /dev/null "$BASE/api/v1/health"; then echo "something already answers on $BASE; stop it first" >&2; exit 2; fi
  rm -rf "$RUN" && mkdir -p "$RUN"
  tar -xzf "$(dist_tar)" -C "$RUN"
  mv "$RUN"/hourglass-karaf-assembly-* "$KARAF"
  local t0; t0=$(now)
  "$KARAF/bin/start" >/dev/null 2>&1
  await_http "$BASE/api/v1/health" 200 120
  since "$t0"
}

deploy_probe() {
  cp "$(probe_jar)" "$KARAF/deploy/"
  await_http "$BASE/api/v1/bench/jvm" 401 60
}

karaf_shell() { # command [home ssh-port]
  "${2:-$KARAF}/bin/client" -r 10 ${3:+-a "$3"} -u admin -p "$HOURGLASS_KARAF_PASSWORD" "$1" < <(sleep 120) 2>/dev/null
}

stop_karaf() { # [home]
  local home="${1:-$KARAF}" pid; pid=$(karaf_pid "$home")
  if [ -n "$pid" ]; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

trap stop_karaf EXIT

goal() { # met(1/0) goal measured: one GOAL line, repeated at the end of the run
  if [ "$1" = 1 ]; then echo "GOAL MET    $2: $3"; else echo "GOAL MISSED $2: $3"; fi
}
