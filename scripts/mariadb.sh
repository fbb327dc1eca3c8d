#!/usr/bin/env bash
# Starts or stops a throwaway MariaDB server for the tests (no Docker, no system service).
#   scripts/mariadb.sh start DIR PORT    -> a new, empty server in DIR (whatever DIR held is deleted); prints the connection string
#   scripts/mariadb.sh resume DIR PORT   -> the server DIR already holds, with its databases (e.g. a million generated cases); prints the same
#   scripts/mariadb.sh stop DIR
# HOTLINE_MARIADB_BUFFER_POOL (default 256M) sizes the buffer pool, e.g. 4G for a database of a million cases.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cmd="${1:?start|resume|stop}"; dir="${2:?data dir}"

serve() {
  local port="$1"
  mariadbd --no-defaults --user=root --datadir="$dir/data" --socket="$dir/sock" --port="$port" \
    --bind-address=127.0.0.1 --pid-file="$dir/pid" --innodb-buffer-pool-size="${HOTLINE_MARIADB_BUFFER_POOL:-256M}" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_520_ci \
    --max-connections=500 --skip-log-bin >>"$dir/server.log" 2>&1 &
  for _ in $(seq 1 60); do
    [ -S "$dir/sock" ] && mariadb --no-defaults --socket="$dir/sock" -uroot -e "select 1" >/dev/null 2>&1 && break
    sleep 0.5
  done
  [ -S "$dir/sock" ] || { echo "MariaDB did not start; see $dir/server.log" >&2; exit 1; }
  mariadb --no-defaults --socket="$dir/sock" -uroot -e \
    "CREATE USER IF NOT EXISTS 'hotline'@'127.0.0.1' IDENTIFIED BY 'hotline-test'; GRANT ALL ON *.* TO 'hotline'@'127.0.0.1'; FLUSH PRIVILEGES;"
  echo "Server=127.0.0.1;Port=$port;User ID=hotline;Password=hotline-test;Allow User Variables=true"
}

case "$cmd" in
  start)
    port="${3:?port}"
    rm -rf "$dir"; mkdir -p "$dir"
    mariadb-install-db --no-defaults --user=root --datadir="$dir/data" --auth-root-authentication-method=socket >"$dir/install.log" 2>&1
    serve "$port"
    ;;
  resume)
    port="${3:?port}"
    [ -d "$dir/data/mysql" ] || { echo "No MariaDB data in $dir/data: use 'start' for a new server." >&2; exit 1; }
    [ -f "$dir/pid" ] && kill -0 "$(cat "$dir/pid")" 2>/dev/null && { echo "The server in $dir is running already." >&2; exit 1; }
    rm -f "$dir/sock" "$dir/pid"
    serve "$port"
    ;;
  stop) stop_by_pid_file "$dir" ;;
  *) echo "usage: $0 start DIR PORT | resume DIR PORT | stop DIR" >&2; exit 2 ;;
esac
