#!/usr/bin/env bash
# Starts or stops a throwaway Redis server for the tests of several app nodes (no Docker, no system service).
#   scripts/redis.sh start DIR PORT   -> prints the StackExchange.Redis configuration (host:port)
#   scripts/redis.sh stop DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cmd="${1:?start|stop}"; dir="${2:?dir}"
case "$cmd" in
  start)
    port="${3:?port}"
    rm -rf "$dir"; mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" \
      --pidfile "$dir/pid" --logfile "$dir/server.log" --daemonize yes >/dev/null
    for _ in $(seq 1 40); do
      redis-cli -p "$port" ping 2>/dev/null | grep -q PONG && break
      sleep 0.25
    done
    redis-cli -p "$port" ping 2>/dev/null | grep -q PONG || { echo "Redis did not start; see $dir/server.log" >&2; exit 1; }
    echo "127.0.0.1:$port"
    ;;
  stop) stop_by_pid_file "$dir" ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
