#!/usr/bin/env bash
# Scale benchmark: seeds an academy of SCALE (default 1.0: 10,000 trainees in 200 cohorts with 100 instructors,
# 500,000 practice entries with reviews, 200,000 graded quiz attempts, 5,000 certificates, 300,000 audit events)
# into H2 (a file under target/) and into PostgreSQL (database academy_scale, created here, as .ci/run starts the
# server), then prints one table per database: p50/p95 server time over RUNS renders (default 60) after WARMUP
# (default 50: a running server has served each view many times; the first renders of a cold JVM are the JIT
# compiling, which the start-up benchmark covers) and the SQL statements of each main view as each role's typical
# user. Figures only; the statement counts are asserted at two
# sizes by ScaleStatementCountTest in the normal test run.
# Usage: bash bench/scale.sh            (DBS="h2" or DBS="postgres" for one of them; SCALE=0.1 for a quick look;
#        KEEP=1 measures the academy an earlier run seeded again, without dropping and seeding the database;
#        ONLY="lesson,logbook" measures only those views; JVM_OPTS="-XX:StartFlightRecording=..." for a profile)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
SCALE=${SCALE:-1.0}
RUNS=${RUNS:-60}
WARMUP=${WARMUP:-50}
DBS=${DBS:-"h2 postgres"}
OUT=target/scale-bench
# packs other tests leave in the test profile's courses folder would add programs to the certificates page
rm -rf target/test-courses-dir
mkdir -p "$OUT"

for db in $DBS; do
  case $db in
    h2)
      [ -n "${KEEP:-}" ] || rm -rf target/scale-h2
      url="jdbc:h2:file:$PWD/target/scale-h2/academy;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
      user=sa; pass=
      ;;
    postgres)
      pg=$(ls /etc/postgresql | sort -V | tail -1)
      pg_lsclusters -h | awk '{print $4}' | grep -q online || pg_ctlcluster --skip-systemctl-redirect "$pg" main start
      su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname = 'academy'\"" | grep -q 1 \
        || su postgres -c "psql -qc \"create role academy login password 'academy'\""
      if [ -z "${KEEP:-}" ] || ! su postgres -c "psql -qtAc \"select 1 from pg_database where datname = 'academy_scale'\"" | grep -q 1; then
        su postgres -c "psql -qc 'drop database if exists academy_scale'" > /dev/null
        su postgres -c "psql -qc 'create database academy_scale owner academy'" > /dev/null
      fi
      url="jdbc:postgresql://127.0.0.1:5432/academy_scale"
      user=academy; pass=academy
      ;;
    *) echo "unknown database $db" >&2; exit 2 ;;
  esac
  echo "== $db: seeding scale $SCALE and measuring (this takes a few minutes)"
  ./mvnw -B -q test -Daot.skip -DexcludedGroups=none -Dgroups=scale -Dtest=ScaleBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx6g ${JVM_OPTS:-}" -Dscale.only="${ONLY:-}" \
    -Dscale="$SCALE" -Dscale.reuse="${KEEP:+true}" -Druns="$RUNS" -Dwarmup="$WARMUP" -Dbench.db="$db" \
    -Dspring.datasource.url="$url" -Dspring.datasource.username="$user" -Dspring.datasource.password="$pass" \
    > "$OUT/$db.log" 2>&1 || { tail -40 "$OUT/$db.log"; exit 1; }
  grep -E '^\[scale\]|^Scale benchmark|^\|' "$OUT/$db.log"
done
