#!/usr/bin/env bash
# Keeps the kiosk running: starts the command, and whenever it exits or crashes starts it again after a pause that
# doubles with each quick failure (a broken install retries slowly instead of spinning) and returns to the shortest
# once the app has run for a while. Stops the app and itself on SIGTERM/SIGINT (log-out, shutdown).
#
#   kiosk-supervisor.sh COMMAND [ARG...]
#
# Tunable through the environment (the defaults suit a kiosk; the test makes them short):
#   KIOSK_BACKOFF_INITIAL_MS  first pause after an exit            (default 2000)
#   KIOSK_BACKOFF_MAX_MS      the longest pause                     (default 300000: five minutes)
#   KIOSK_HEALTHY_AFTER_S     a run this long counts as healthy and resets the pause (default 120)
#   KIOSK_MAX_STARTS          give up after this many starts, 0 = never (default 0; for tests)
set -u

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

initial_ms=${KIOSK_BACKOFF_INITIAL_MS:-2000}
max_ms=${KIOSK_BACKOFF_MAX_MS:-300000}
healthy_after_s=${KIOSK_HEALTHY_AFTER_S:-120}
max_starts=${KIOSK_MAX_STARTS:-0}

log() {
  local message="zhanaozen-kiosk supervisor: $*"
  echo "$(date '+%F %T') $message" >&2
  command -v logger >/dev/null 2>&1 && logger -t zhanaozen-kiosk -- "$message" 2>/dev/null
  return 0
}

child=
stopping=false
stop() {
  stopping=true
  log "stopping"
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
}
trap stop TERM INT HUP

delay_ms=$initial_ms
starts=0
while ! $stopping; do
  starts=$((starts + 1))
  started=$SECONDS
  log "start $starts: $*"
  "$@" &
  child=$!
  wait "$child"
  status=$?
  # wait returns early when a signal arrives: wait again until the app has really gone.
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
  done
  child=
  $stopping && break
  ran=$((SECONDS - started))
  if [ "$ran" -ge "$healthy_after_s" ]; then
    delay_ms=$initial_ms
  fi
  if [ "$max_starts" -gt 0 ] && [ "$starts" -ge "$max_starts" ]; then
    log "exited with status $status after ${ran}s; giving up after $starts starts"
    exit 1
  fi
  log "exited with status $status after ${ran}s; restarting in ${delay_ms} ms"
  sleep "$((delay_ms / 1000)).$(printf '%03d' $((delay_ms % 1000)))" &
  child=$!
  wait "$child" 2>/dev/null
  child=
  delay_ms=$((delay_ms * 2))
  [ "$delay_ms" -gt "$max_ms" ] && delay_ms=$max_ms
done
exit 0
