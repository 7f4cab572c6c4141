#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Crash test of `vigie-cli ingest` (issue 3): a steady QoS 1 stream from mosquitto_pub into a
# territory while the ingest process is killed with SIGKILL at random moments (4 times) and
# restarted with the same client id (persistent session). When the stream has ended, every
# published message must be in the territory exactly once, and SQLite's integrity check must pass.
#   crash_ingest.sh VIGIE_CLI [MESSAGES]
set -euo pipefail
cli=${1:?usage: crash_ingest.sh VIGIE_CLI [MESSAGES]}
total=${2:-12000}
kills=${VIGIE_CRASH_KILLS:-4}
mosquitto=$(command -v mosquitto || echo /usr/sbin/mosquitto)
if [ ! -x "$mosquitto" ] || ! command -v mosquitto_pub >/dev/null; then
  echo "SKIP: mosquitto / mosquitto_pub not installed (packages mosquitto, mosquitto-clients)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/vigie crash.XXXXXX")
broker_pid=""; ingest_pid=""; pub_pid=""
cleanup() {
  for p in $pub_pid $ingest_pid $broker_pid; do kill -9 "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${keep:-0}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; keep=1; tail -n 20 "$work"/ingest-*.log 2>/dev/null || true; exit 1; }

# a free loopback port
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 40000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free port"

mkdir -p "$work/broker"
{
  [ "$(id -u)" = 0 ] && echo "user root"
  echo "listener $port 127.0.0.1"
  echo "allow_anonymous true"
  echo "persistence true"
  echo "persistence_location $work/broker/"
  echo "max_queued_messages 0"
  echo "log_dest file $work/broker/mosquitto.log"
} >"$work/broker/mosquitto.conf"
"$mosquitto" -c "$work/broker/mosquitto.conf" &
broker_pid=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.05; done

territory="$work/crash territory.gpkg"
"$cli" territory create --name "Crash test" "$territory" >/dev/null || fail "cannot create the territory"

runs=0
start_ingest() {
  runs=$((runs + 1))
  VIGIE_LOG_LEVEL=info "$cli" ingest "$territory" --mqtt "mqtt://127.0.0.1:$port" --topic 'crash/#' \
    --client-id vigie-crash --quiet >"$work/ingest-$runs.out" 2>"$work/ingest-$runs.log" &
  ingest_pid=$!
}
wait_subscribed() {
  for _ in $(seq 1 200); do
    grep -q "subscribed to" "$work/ingest-$runs.log" 2>/dev/null && return 0
    sleep 0.05
  done
  fail "ingest run $runs did not subscribe"
}

# read back with vigie-cli observations count (no sqlite3 CLI: it is not a build dependency)
count() {
  "$cli" observations count "$territory" --json 2>/dev/null | grep -oE '"observations" *: *[0-9]+' | grep -oE '[0-9]+' || echo 0
}

start_ingest
wait_subscribed

# the stream: $total JSON messages, unique (sensor, time), paced in chunks of 300 lines
# (times from yesterday on: within the territory's raw retention period, which each restarted run applies)
base=$(( $(date +%s) - 86400 ))
awk -v n="$total" -v base="$base" 'BEGIN { for (i = 0; i < n; i++) printf "{\"sensor\":\"crash-%d\",\"time\":%d,\"value\":%d}\n", i % 500, base + i, i }' >"$work/stream.jsonl"
(
  split -l 300 "$work/stream.jsonl" "$work/chunk-"
  for chunk in "$work"/chunk-*; do cat "$chunk"; sleep 0.2; done
) | mosquitto_pub -h 127.0.0.1 -p "$port" -q 1 -i vigie-crash-publisher -c -t crash/stream -l &
pub_pid=$!

# kill -9 at random moments while the stream flows, restart each time
for k in $(seq 1 "$kills"); do
  sleep "$(( RANDOM % 1500 / 1000 + 1 )).$(( RANDOM % 10 ))"
  kill -9 "$ingest_pid" 2>/dev/null || fail "ingest run $runs died on its own"
  wait "$ingest_pid" 2>/dev/null || true
  echo "kill -9 #$k of ingest run $runs at $(count) stored"
  start_ingest
done
wait "$pub_pid" || fail "mosquitto_pub failed"
pub_pid=""

# the last run drains the broker's queue and the journals; it must be up before SIGTERM (when the
# previous runs stored everything, a TERM sent before its handler is installed kills it outright)
wait_subscribed
stored=0
for _ in $(seq 1 120); do
  stored=$(count)
  [ "$stored" -ge "$total" ] && break
  sleep 0.1
done
kill -TERM "$ingest_pid"
wait "$ingest_pid" || fail "ingest did not stop cleanly on SIGTERM"
ingest_pid=""
stored=$(count)
echo "published $total, stored $stored after $kills kills"
[ "$stored" = "$total" ] || fail "$stored observations stored, $total published"

# integrity: `territory validate` runs SQLite's full PRAGMA integrity_check (Territory::validate) and
# fails on any problem it reports; the keys: every (sensor, time) read back through the CLI's own
# export, counted with sort -u (no sqlite3 CLI needed: it is not a build dependency)
validate=$("$cli" territory validate "$territory" 2>&1) || fail "territory validate (integrity_check): $validate"
"$cli" observations export "$territory" --out "$work/export.csv" >/dev/null 2>&1 || fail "observations export failed"
rows=$(tail -n +2 "$work/export.csv" | wc -l)
distinct=$(tail -n +2 "$work/export.csv" | cut -d, -f1,2 | sort -u | wc -l)
[ "$rows" = "$total" ] || fail "$rows rows exported, $total expected"
[ "$distinct" = "$total" ] || fail "$distinct distinct (sensor, time), $total expected"
missing=$(comm -23 <(awk -v n="$total" 'BEGIN { for (i = 0; i < n; i++) printf "crash-%d %d\n", i % 500, i }' | sort) \
  <(tail -n +2 "$work/export.csv" | awk -F, '{ print $1, $3 }' | sort) | wc -l)
[ "$missing" = 0 ] || fail "$missing of the $total published messages are not in the territory"
echo "PASS: every message stored exactly once ($distinct distinct keys), integrity_check ok"
