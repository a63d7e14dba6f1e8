#!/usr/bin/env bash
# Start-up benchmark: seconds from launching the production jar on a fresh ./data to the first HTTP 200 on /login,
# for the plain jar (java -jar target/smp-academy.jar) and for the extracted jar with the build's AOT cache
# (java -XX:AOTCache=target/app/smp-academy.aot -jar target/app/smp-academy.jar), alternating, ROUNDS times
# (default 3), with the ratio per round. Usage: ./mvnw -DskipTests package && bash bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
ROOT=$PWD
PORT=${PORT:-18180}
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
[ -f target/app/smp-academy.aot ] || { echo "target/app/smp-academy.aot is missing: build with JDK 25 (./mvnw -DskipTests package)" >&2; exit 1; }

# one start: prints seconds to the first 200 on /login; the app is stopped afterwards
start() {
  rm -rf "$WORK/data"
  local t0 t1
  t0=$(date +%s%N)
  (cd "$WORK" && exec "$JAVA" "$@" --server.port=$PORT > "$WORK/app.log" 2>&1) &
  PID=$!
  for i in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
    if ! kill -0 $PID 2>/dev/null; then echo "the app stopped:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill $PID; wait $PID 2>/dev/null || true; PID=
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'
}

echo "start to first 200 on /login, fresh ./data, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  plain=$(start -jar "$ROOT/target/smp-academy.jar")
  aot=$(start -XX:AOTCache="$ROOT/target/app/smp-academy.aot" -jar "$ROOT/target/app/smp-academy.jar")
  echo "round $round: plain jar ${plain} s, with AOT cache ${aot} s, ratio $(awk -v a="$aot" -v p="$plain" 'BEGIN { printf "%.2f", a / p }')"
done
