#!/usr/bin/env bash
# Load benchmark of the public verification API against nginx serving the same JSON as a static file.
# Usage: bash bench/verify-load.sh   (after ./mvnw -DskipTests package). Needs Debian's wrk and nginx
# (installed here with apt-get if missing). ROUNDS (default 3) rounds, each measuring the app and then nginx
# back to back at 32 connections, so every ratio compares two figures taken under the same machine load; prints
# requests per second, p99 latency and errors for both and the ratio app/nginx per round.
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
APP_PORT=18080
NGINX_PORT=18088
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
WORK=$(mktemp -d)
trap 'kill $APP_PID 2>/dev/null || true; nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT

if ! command -v wrk > /dev/null || ! command -v nginx > /dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light > /dev/null
fi

# the app on a fresh H2 database (demo data gives a valid certificate), rate limit off, logs quiet
(cd "$WORK" && exec "$JAVA" -Xmx1g -jar "$OLDPWD/target/smp-academy.jar" --server.port=$APP_PORT \
  --academy.verify.rate-limit-per-minute=0 --logging.level.root=warn --logging.level.com.smpacademy.certification=info > app.log 2>&1) &
APP_PID=$!
for i in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health" > /dev/null && break
  sleep 1
done
# demo certificates are created and logged by a start-up runner, just after the server answers
for i in $(seq 1 60); do
  grep -qE 'SMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z] +Valid' "$WORK/app.log" && break
  sleep 1
done
CODE=$(grep -E 'SMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z] +Valid' "$WORK/app.log" | grep -oE 'SMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]' | head -1 || true)
if [ -z "$CODE" ]; then
  # the demo codes are logged at INFO; read the first valid one through the API instead
  echo "could not read a demo code from the log:" >&2; tail -20 "$WORK/app.log" >&2
  exit 1
fi
curl -s "http://127.0.0.1:$APP_PORT/api/v1/verify/$CODE" > "$WORK/cert.json"
echo "certificate $CODE: $(cat "$WORK/cert.json")"

mkdir -p "$WORK/www/api/v1/verify"
cp "$WORK/cert.json" "$WORK/www/api/v1/verify/$CODE"
cat > "$WORK/nginx.conf" <<CONF
user root;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf"

measure() { # name url -> prints the line, sets RPS
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
  RPS=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p99 errors
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | tr '\n' ' ' || true)
  printf '  %-6s %10s req/s   p99 %8s   %s\n' "$1" "$RPS" "$p99" "${errors:-no errors}"
}
APP_URL="http://127.0.0.1:$APP_PORT/api/v1/verify/$CODE"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/api/v1/verify/$CODE"
# warm-up: the JIT compiles the app's request path (C2) in the first tens of seconds
wrk -t2 -c"$CONNECTIONS" -d15s "$APP_URL" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$NGINX_URL" > /dev/null
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, $(nproc) cores"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round:"
  measure app "$APP_URL"; app=$RPS
  measure nginx "$NGINX_URL"; ngx=$RPS
  echo "  ratio app/nginx: $(awk -v a="$app" -v n="$ngx" 'BEGIN { printf "%.2f", a / n }')"
done
