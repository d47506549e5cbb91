#!/usr/bin/env bash
# Tests kiosk-supervisor.sh with a fake app, in about 10 seconds: restarts after a crash with pauses that double up to
# the limit, restarts an app that is killed, goes back to the shortest pause after a healthy run, and stops the app
# with itself on SIGTERM. Prints "supervisor: N passed, M failed"; exits 1 if any check failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
supervisor=$here/kiosk-supervisor.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check NAME CONDITION-COMMAND...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
now_ms() { date +%s%3N; }

# A fake app that records the time of each start, then runs for $2 seconds and exits with status 3.
cat > "$work/app" <<'APP'
#!/usr/bin/env bash
date +%s%3N >> "$1"
echo $$ > "$1.pid"
sleep "$2"
exit 3
APP
chmod +x "$work/app"

gaps_from() {  # the gaps in ms between successive start times in the file
  awk 'NR > 1 { print $1 - previous } { previous = $1 }' "$1"
}

# 1. Crashing at once: 6 starts, pauses 200, 400, 800, 1600, 1600 ms (capped).
KIOSK_BACKOFF_INITIAL_MS=200 KIOSK_BACKOFF_MAX_MS=1600 KIOSK_MAX_STARTS=6 \
  "$supervisor" "$work/app" "$work/crash" 0 2>"$work/crash.log"
status=$?
mapfile -t gaps < <(gaps_from "$work/crash")
echo "     crash-loop gaps (ms): ${gaps[*]}"
check "gives up with status 1 after KIOSK_MAX_STARTS starts" [ "$status" -eq 1 ] 
check "started 6 times" [ "$(wc -l < "$work/crash")" -eq 6 ]
grows() {
  local expected=(200 400 800 1600 1600) i
  for i in 0 1 2 3 4; do
    # each gap is the pause plus start-up: at least the pause, and less than a second more (the uncapped fifth would be 3200)
    [ "${gaps[$i]}" -ge "${expected[$i]}" ] && [ "${gaps[$i]}" -lt $(( expected[i] + 1000 )) ] || return 1
  done
}
check "pauses double from 200 ms and stop growing at 1600 ms" grows
check "logs the exit status and the next pause" grep -q "exited with status 3 after 0s; restarting in 400 ms" "$work/crash.log"

# 2. Killed from outside: the supervisor starts it again.
KIOSK_BACKOFF_INITIAL_MS=100 "$supervisor" "$work/app" "$work/killed" 30 2>"$work/killed.log" &
supervisor_pid=$!
for _ in $(seq 50); do [ -s "$work/killed.pid" ] && break; sleep 0.1; done
kill -KILL "$(cat "$work/killed.pid")"
for _ in $(seq 50); do [ "$(wc -l < "$work/killed")" -ge 2 ] && break; sleep 0.1; done
check "restarts an app killed with SIGKILL" [ "$(wc -l < "$work/killed")" -eq 2 ]

# 3. SIGTERM to the supervisor stops the app too, and the supervisor exits 0.
app_pid=$(cat "$work/killed.pid")
kill -TERM "$supervisor_pid"
wait "$supervisor_pid"
status=$?
check "on SIGTERM exits 0" [ "$status" -eq 0 ]
sleep 0.2
check "on SIGTERM the app is stopped, not left behind" bash -c "! kill -0 $app_pid 2>/dev/null"
check "on SIGTERM it does not start the app again" [ "$(wc -l < "$work/killed")" -eq 2 ]

# 4. A run that lasted KIOSK_HEALTHY_AFTER_S resets the pause to the shortest.
KIOSK_BACKOFF_INITIAL_MS=200 KIOSK_HEALTHY_AFTER_S=1 KIOSK_MAX_STARTS=3 \
  "$supervisor" "$work/app" "$work/healthy" 1.2 2>"$work/healthy.log"
check "after a healthy run the next pause is the shortest again" \
  bash -c "[ \$(grep -c 'restarting in 200 ms' '$work/healthy.log') -eq 2 ]"

echo "supervisor: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
