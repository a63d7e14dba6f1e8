#!/usr/bin/env bash
# Write throughput with and without durable commits, side by side, three runs each, with the ratio.
# Usage: bash bench/durable-writes.sh [transactions] [threads] [postgres-jdbc-url]
#   e.g. bash bench/durable-writes.sh 3000 4 jdbc:postgresql://127.0.0.1:5432/academy_test
# Needs the built jar (./mvnw -DskipTests package): the H2 and PostgreSQL drivers are taken from it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
lib=$(mktemp -d)
trap 'rm -rf "$lib"' EXIT
unzip -q -o -j target/smp-academy.jar 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$lib"
"$JAVA" -cp "$lib/*" bench/DurableWritesBench.java "${1:-3000}" "${2:-4}" ${3:+"$3"}
