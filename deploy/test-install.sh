#!/usr/bin/env bash
# The install script's test (issue #20). A server cannot be installed from scratch here (no systemd, no second machine),
# so this runs deploy/install.sh into a temporary root with --no-system against a throwaway MariaDB over its Unix
# socket — every file-writing step and the database steps for real — then starts the installed app exactly as its unit
# would (its environment file, its secret files, its directory) behind the installed nginx site, and checks:
# permissions of secrets and data, the least-privilege database user, the migrated schema, the setup token, HTTPS and
# the HTTP redirect through nginx, the Blazor WebSocket upgrade through nginx, /readyz limited to the server; then runs
# the script again as an upgrade: a backup is taken first (encrypted with the generated backup key), secrets, settings
# and the backup key are kept, the app still starts.
#   deploy/test-install.sh [PUBLISHED_APP_DIR]   (default: dotnet publish --no-build of the Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

work="$(mktemp -d "${TMPDIR:-/tmp}/hotline-install.XXXXXX")"
app_pid="" nginx_conf=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -s stop 2>/dev/null || true
  bash scripts/mariadb.sh stop "$work/db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

failures=0
check() { # check "what" command...
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then echo "  ok   $what"; else echo "  FAIL $what"; failures=$((failures + 1)); fi
}
mode_is() { [ "$(stat -c %a "$2")" = "$1" ]; }

bash scripts/mariadb.sh start "$work/db" "$(free_port)" >/dev/null
sock="$work/db/sock"
app="${1:-}"
if [ -z "$app" ]; then
  app="$work/app"
  dotnet publish src/Hotline.Web -c Release --no-build -o "$app" -v quiet -nologo
fi
root="$work/root"
port="$(free_port)"; https="$(free_port)"; http="$(free_port)"
install() {
  bash deploy/install.sh --root "$root" --no-system --app "$app" --domain hotline.test --port "$port" \
    --https-port "$https" --http-port "$http" --db-socket "$sock" --db-admin "mariadb --no-defaults --socket=$sock -uroot" \
    --db-name hotline_install --db-user hotline_install
}
sql() { mariadb --no-defaults --socket="$sock" -uroot -N -B -e "$1"; }

echo ">> first install into $root"
install > "$work/first.log" 2>&1 || { cat "$work/first.log"; exit 1; }
etc="$root/etc/hotline"; data="$root/var/lib/hotline"
check "secrets directory 0700" mode_is 700 "$etc/secrets"
check "connection string file 0600" mode_is 600 "$etc/secrets/Database__ConnectionString"
check "settings 0640" mode_is 640 "$etc/hotline.env"
check "data directory 0750" mode_is 750 "$data"
check "TLS key 0600" mode_is 600 "$etc/tls/hotline.key"
check "backup key 0600, 32 random bytes in base64" bash -c \
  "[ \"\$(stat -c %a '$etc/backup.key')\" = 600 ] && [ \"\$(base64 -d '$etc/backup.key' | wc -c)\" = 32 ]"
check "backups encrypted with that key" grep -q "^Backup__KeyFile=$etc/backup.key$" "$etc/hotline.env"
check "connection over the Unix socket" grep -q "Server=$sock;Protocol=Unix;Database=hotline_install;" "$etc/secrets/Database__ConnectionString"
check "no password in the settings file" bash -c "! grep -qi password '$etc/hotline.env'"
check "Production, loopback only, trusted proxy, JSON logs" bash -c \
  "grep -q '^ASPNETCORE_ENVIRONMENT=Production$' '$etc/hotline.env' && grep -q '^ASPNETCORE_URLS=http://127.0.0.1:$port$' '$etc/hotline.env' \
   && grep -q '^Security__KnownProxies=127.0.0.1' '$etc/hotline.env' && grep -q '^Logging__Console__FormatterName=json$' '$etc/hotline.env'"
unit="$root/etc/systemd/system/hotline.service"
check "unit: restart on failure and hardening" bash -c \
  "grep -q '^Restart=on-failure$' '$unit' && grep -q '^NoNewPrivileges=true$' '$unit' && grep -q '^ProtectSystem=strict$' '$unit' \
   && grep -q '^PrivateTmp=true$' '$unit' && grep -q '^ReadWritePaths=$data$' '$unit' && grep -q '^User=hotline$' '$unit'"
check "backup timer installed" test -f "$root/etc/systemd/system/hotline-backup.timer"
check "the hotline command runs the app's commands (migrate: nothing left to apply)" "$root/usr/local/bin/hotline" migrate
grants="$(sql "SHOW GRANTS FOR 'hotline_install'@'localhost'")"
check "database user: rights on its database only" bash -c \
  "! grep -q 'ON \*\.\*.*[^E] PRIVILEGES\|GRANT OPTION' <<<'$grants' && grep -q 'ON \`hotline_install\`\.\*' <<<'$grants' && ! grep -q 'ALL PRIVILEGES' <<<'$grants'"
collation="$(sql "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='hotline_install'")"
check "collation utf8mb4_unicode_520_ci (is $collation)" test "$collation" = utf8mb4_unicode_520_ci
# Guids are ascii columns (Pomelo's mapping) and EF's own history table keeps the server default; every text column a
# person writes must compare CJK exactly.
other="$(sql "SELECT GROUP_CONCAT(CONCAT(TABLE_NAME,'.',COLUMN_NAME,' ',COLLATION_NAME)) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA='hotline_install' AND TABLE_NAME <> '__EFMigrationsHistory' AND COLLATION_NAME LIKE 'utf8mb4%' AND COLLATION_NAME <> 'utf8mb4_unicode_520_ci'")"
check "every text column utf8mb4_unicode_520_ci (others: $other)" test "$other" = NULL
check "schema migrated by the installer" test "$(sql "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA='hotline_install'")" -gt 50
password_before="$(sha256sum "$etc/secrets/Database__ConnectionString")"
backup_key_before="$(sha256sum "$etc/backup.key")"

echo ">> the installed app, started as its unit would start it"
start_app() {
  local exec_start
  exec_start="$(sed -n 's/^ExecStart=//p' "$unit")"
  (set -a; . "$etc/hotline.env"; set +a; cd "$root/opt/hotline"; exec $exec_start) > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 90); do
    curl -fsS -H "Host: hotline.test" "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  echo "the app did not start:"; tail -30 "$work/app.log"; exit 1
}
start_app
check "setup token written, 0600" mode_is 600 "$data/setup-token"
check "log lines are JSON" bash -c "head -1 '$work/app.log' | grep -q '^{\"'"

if command -v nginx >/dev/null; then
  nginx_conf="$work/nginx.conf"
  mkdir -p "$work/nginx"
  cat > "$nginx_conf" <<EOF
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events {}
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  include $root/etc/nginx/sites-enabled/*.conf;
}
EOF
  check "nginx accepts the site" nginx -t -c "$nginx_conf"
  nginx -c "$nginx_conf"
  sleep 0.5
  site="https://hotline.test:$https"
  resolve=(--resolve "hotline.test:$https:127.0.0.1" --resolve "hotline.test:$http:127.0.0.1")
  check "HTTPS through nginx reaches the setup page" bash -c \
    "curl -ksS ${resolve[*]} '$site/setup' | grep -q 'data-testid=\"setup-token\"'"
  check "plain HTTP redirects to HTTPS" bash -c \
    "curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' ${resolve[*]} 'http://hotline.test:$http/setup' | grep -q '^301 https://hotline.test:$https/setup'"
  check "readyz answers the server itself" bash -c "curl -ksS ${resolve[*]} '$site/readyz' | grep -q '\"database\"'"
  token="$(curl -ksS "${resolve[@]}" -X POST "$site/_blazor/negotiate?negotiateVersion=1" | sed -n 's/.*"connectionToken":"\([^"]*\)".*/\1/p')"
  check "Blazor's WebSocket upgrades through nginx" bash -c \
    "curl -ksS --http1.1 -o /dev/null -m 3 -w '%{http_code}' ${resolve[*]} -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
       -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' '$site/_blazor?id=$token' | grep -q '^101'"
  check "the app saw the client's HTTPS scheme (secure cookie)" bash -c \
    "curl -ksS -D - -o /dev/null ${resolve[*]} '$site/Account/Login' | grep -i '^set-cookie:.*secure'"
else
  echo "  (nginx not installed: its checks skipped)"
fi

echo ">> second run: an upgrade"
install > "$work/second.log" 2>&1 || { cat "$work/second.log"; exit 1; }
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; app_pid=""
check "a backup was taken before the upgrade, encrypted" bash -c \
  "f=\$(ls '$root/var/backups/hotline'/hotline-backup-*.zip.enc) && [ \"\$(head -c 7 \"\$f\")\" = HLBKENC ] && ! grep -q manifest.json \"\$f\""
check "secrets kept" test "$(sha256sum "$etc/secrets/Database__ConnectionString")" = "$password_before"
check "backup key kept" test "$(sha256sum "$etc/backup.key")" = "$backup_key_before"
check "settings kept" grep -q "kept $etc/hotline.env" "$work/second.log"
start_app
check "the upgraded app answers" curl -fsS -H "Host: hotline.test" "http://127.0.0.1:$port/healthz"

echo "install test: $failures failed"
[ "$failures" -eq 0 ]
