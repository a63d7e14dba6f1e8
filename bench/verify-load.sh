#!/usr/bin/env bash
# Load benchmark of the public verification API against nginx serving the same JSON as a static file.
# Usage: bash bench/verify-load.sh   (after ./mvnw -DskipTests package). Needs Debian's wrk and nginx
# (installed here with apt-get if missing). Prints requests per second and p99 latency for both, at 32 connections.
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
APP_PORT=18080
NGINX_PORT=18088
DURATION=${DURATION:-20s}
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

for target in "app http://127.0.0.1:$APP_PORT/api/v1/verify/$CODE" "nginx http://127.0.0.1:$NGINX_PORT/api/v1/verify/$CODE"; do
  set -- $target
  wrk -t2 -c"$CONNECTIONS" -d5s "$2" > /dev/null   # warm-up
  echo "== $1: wrk -t2 -c$CONNECTIONS -d$DURATION --latency"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2" | grep -E "Requests/sec|99%|Non-2xx|Socket errors|requests in"
done
