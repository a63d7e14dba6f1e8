#!/usr/bin/env bash
# Memory per session: the live heap one signed-in trainee's session holds on a lesson page and inside a started quiz
# attempt. Starts the production jar (-Xmx$HEAP, default 1g) on a fresh ./data with the test-only driver
# (src/test/java/smpacademy/testdriver, added through Spring Boot's loader.path as ProductionApp.withTestDriver()
# does) to register SESSIONS (default 200) trainees, then with bench/SessionMemoryClient.java (HTTP, the requests
# Chromium sends: /login form POST, Vaadin's ?v-r=init and the ui-navigate UIDL event, a UIDL click on "Start the
# quiz") opens one session per trainee on LESSON, takes a class histogram, opens a second session per trainee inside
# a started attempt of QUIZ, takes another. Each histogram is `jcmd GC.class_histogram` (a full GC: live objects
# only) after `jcmd GC.run`. Prints KB per session for both and the classes that make them up.
# Usage: ./mvnw -q -DskipTests -Daot.skip package && bash bench/session-memory.sh  (builds that itself if missing)
# Everything runs on 127.0.0.1:$PORT and stops by itself; the sessions are measured within minutes, long before
# Vaadin closes a UI after three missed heartbeats (15 minutes) or the HTTP session times out (60 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
PORT=${PORT:-18401}
HEAP=${HEAP:-1g}
SESSIONS=${SESSIONS:-200}
LESSON=${LESSON:-/courses/smp-practitioner/foundations/consultation-contraindications}
QUIZ=${QUIZ:-/quiz/smp-practitioner/foundations}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT

if [ ! -f target/smp-academy.jar ] || [ ! -f target/test-classes/smpacademy/testdriver/TestDriver.class ]; then
  ./mvnw -q -DskipTests -Daot.skip package
fi
mkdir -p "$WORK/driver/smpacademy/testdriver" "$WORK/driver/META-INF/spring"
cp target/test-classes/smpacademy/testdriver/*.class "$WORK/driver/smpacademy/testdriver/"
echo smpacademy.testdriver.TestDriver > "$WORK/driver/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"

# soft references go at every GC: a heap dump showed H2 keeping strings it read (each quiz attempt's 40 KB content)
# in a soft cache that no session holds; the figures did not visibly drop with this flag, so they are an upper bound
(cd "$WORK" && exec java -Xmx"$HEAP" -XX:SoftRefLRUPolicyMSPerMB=0 -Dloader.path="$WORK/driver" -cp "$OLDPWD/target/smp-academy.jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher --server.port="$PORT" > app.log 2>&1) &
PID=$!
for i in $(seq 1 600); do
  grep -q "SMP Academy is ready" "$WORK/app.log" && break
  if ! kill -0 $PID 2>/dev/null; then echo "the app stopped:" >&2; tail -30 "$WORK/app.log" >&2; exit 1; fi
  sleep 1
done
grep -q "SMP Academy is ready" "$WORK/app.log" || { echo "the app did not start in 600 s" >&2; exit 1; }

client() { java bench/SessionMemoryClient.java "$@"; }
histogram() { jcmd $PID GC.run > /dev/null; sleep 2; jcmd $PID GC.class_histogram > "$WORK/$1.histo"; }
used() { jcmd $PID GC.heap_info | awk '/garbage-first heap|used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'; }

echo "sessions: $SESSIONS, -Xmx$HEAP, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); lesson $LESSON; quiz $QUIZ"
# SESSIONS trainees for the measured sessions, two more to warm up (classes loaded, caches filled, JIT) before the
# baseline: their sessions are in every histogram, so they cancel out
client register "$BASE" 0 $((SESSIONS + 2))
client lesson "$BASE" "$SESSIONS" 2 "$LESSON"
client quiz "$BASE" "$SESSIONS" 2 "$QUIZ"
histogram base
t0=$(date +%s)
client lesson "$BASE" 0 "$SESSIONS" "$LESSON"
histogram lesson
client quiz "$BASE" 0 "$SESSIONS" "$QUIZ"
histogram quiz
echo "histograms taken $(($(date +%s) - t0)) s after the first measured session opened; heap used now $(used)"
client diff "$WORK/base.histo" "$WORK/lesson.histo" "$SESSIONS" "lesson page"
client diff "$WORK/lesson.histo" "$WORK/quiz.histo" "$SESSIONS" "quiz attempt"
if [ -n "${KEEP:-}" ]; then cp "$WORK"/*.histo "$WORK/app.log" "$KEEP/"; fi
# DUMP=file.hprof: a heap dump of the end state (live objects), to see what the biggest per-session objects are
if [ -n "${DUMP:-}" ]; then jcmd $PID GC.heap_dump "$DUMP" > /dev/null; fi
