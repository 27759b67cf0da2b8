#!/usr/bin/env bash
# Runs one stage of the build and says how long it took, keeping its exit code:
#     scripts/timed.sh NAME COMMAND [ARGS...]
# With TIMINGS=FILE set, also appends "NAME SECONDS EXIT" to FILE, for a summary at the end.
set -u
name=$1
shift
start=$(date +%s%N)
"$@"
status=$?
seconds=$(awk -v ns="$(($(date +%s%N) - start))" 'BEGIN { printf "%.1f", ns / 1e9 }')
if [ "$status" -eq 0 ]; then
  echo "== $name: ${seconds} s"
else
  echo "== $name: FAILED (exit $status) after ${seconds} s"
fi
if [ -n "${TIMINGS:-}" ]; then
  echo "$name $seconds $status" >>"$TIMINGS"
fi
exit "$status"
