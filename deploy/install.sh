#!/usr/bin/env bash
# Installs Hotline on one Debian 12/13 server, or upgrades it when run again (issue #20). As root:
#
#   sudo deploy/install.sh --domain hotline.example.gov.cn [--cert FILE --key FILE] [--app DIR]
#
# What it does, each step safe to repeat:
#   1. apt: mariadb-server, mariadb-client, nginx, openssl.
#   2. the system user "hotline"; /etc/hotline (settings), /etc/hotline/secrets (0600 files), /var/lib/hotline (data),
#      /var/backups/hotline; the backup key /etc/hotline/backup.key (32 random bytes, base64, 0600), generated once and
#      never replaced: the settings written on a first install encrypt backups with it (Backup__KeyFile).
#   3. MariaDB: database "hotline" (utf8mb4, utf8mb4_unicode_520_ci) and a user with rights on that database only, over
#      the server's Unix socket; its password is generated once and kept in /etc/hotline/secrets.
#   4. the app in /opt/hotline (from --app, a "dotnet publish" output, or published here from the source tree); on an
#      upgrade the running app is stopped and backed up first, then the schema is migrated ("migrate").
#   5. systemd: hotline.service (restart on failure, hardened) and the nightly hotline-backup.timer.
#   6. nginx: HTTPS (the given certificate, or a self-signed one for a first try) with the WebSocket upgrade Blazor
#      needs, plain HTTP redirected; the app listens on 127.0.0.1 only and trusts forwarded headers from there only.
#   7. starts the app and, on a first install, prints the one-time setup token that creates the first administrator.
#
# --root DIR installs into DIR instead of / and --no-system skips apt, the user, ownership, systemd and nginx reloads:
# together they let deploy/test-install.sh run every file-writing step on a build machine.
set -euo pipefail

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
  cat <<'EOF'
Options:
  --domain NAME        host name of the site (default: this machine's full name)
  --cert FILE --key FILE  the site's certificate and key (PEM); default: a self-signed one, made once
  --app DIR            published app to install (default: publish src/Hotline.Web of this source tree)
  --port N             the app's port on 127.0.0.1 (default 5080)
  --https-port N / --http-port N   nginx's ports (default 443 / 80)
  --db-name NAME --db-user NAME    (default hotline / hotline)
  --db-socket PATH     MariaDB's Unix socket (default /run/mysqld/mysqld.sock)
  --db-admin "CMD"     how to run SQL as the database administrator (default: "mariadb" as root over the socket)
  --root DIR           install under DIR (tests); --no-system: no apt, user, chown, systemd or nginx reload
  --no-start           do not start the app (with --no-system: nothing is started anyway)
EOF
}

root="" app="" domain="" cert="" key="" system=1 start=1
port=5080 https_port=443 http_port=80
db_name=hotline db_user=hotline db_socket=/run/mysqld/mysqld.sock db_admin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --domain) domain="$2"; shift 2 ;;
    --cert) cert="$2"; shift 2 ;;
    --key) key="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --https-port) https_port="$2"; shift 2 ;;
    --http-port) http_port="$2"; shift 2 ;;
    --db-name) db_name="$2"; shift 2 ;;
    --db-user) db_user="$2"; shift 2 ;;
    --db-socket) db_socket="$2"; shift 2 ;;
    --db-admin) db_admin="$2"; shift 2 ;;
    --root) root="${2%/}"; shift 2 ;;
    --no-system) system=0; shift ;;
    --no-start) start=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { printf '\n== %s\n' "$*"; }
die() { echo "install: $*" >&2; exit 1; }

[[ "$db_name" =~ ^[A-Za-z0-9_]+$ ]] || die "--db-name: letters, digits and _ only"
[[ "$db_user" =~ ^[A-Za-z0-9_]+$ ]] || die "--db-user: letters, digits and _ only"
if [ "$system" -eq 1 ]; then
  [ "$(id -u)" -eq 0 ] || die "run as root (sudo), or use --root DIR --no-system for a trial"
  . /etc/os-release 2>/dev/null || true
  [ "${ID:-}" = debian ] || echo "warning: written for Debian 12/13, this is ${PRETTY_NAME:-unknown}" >&2
fi
[ -n "$domain" ] || domain="$(hostname -f 2>/dev/null || hostname)"
[[ "$domain" =~ ^[A-Za-z0-9.-]+$ ]] || die "--domain: a host name, e.g. hotline.example.gov.cn"
if [ -n "$cert$key" ] && { [ ! -f "$cert" ] || [ ! -f "$key" ]; }; then die "--cert and --key must both name existing files"; fi

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
etc="$root/etc/hotline"; secrets="$etc/secrets"; tls="$etc/tls"
data="$root/var/lib/hotline"; backups="$root/var/backups/hotline"; opt="$root/opt/hotline"
units="$root/etc/systemd/system"; nginx="$root/etc/nginx"
owner="$(id -un)"; [ "$system" -eq 1 ] && owner=hotline
admin_sql() { if [ -n "$db_admin" ]; then $db_admin "$@"; else mariadb --socket="$db_socket" -uroot "$@"; fi; }

# ---------------------------------------------------------------------------------------------------------------
if [ "$system" -eq 1 ]; then
  say "1. packages"
  apt-get update -qq
  # The PDF documents embed the two CJK fonts (the app refuses to start without them); .NET's zh-CN culture needs
  # ICU, whose package carries the version in its name (libicu72 on Debian 12, libicu76 on 13).
  icu="$(apt-cache pkgnames libicu | grep -E '^libicu[0-9]+$' | sort -V | tail -n 1)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client nginx openssl ca-certificates \
    fonts-wqy-microhei fonts-arphic-uming ${icu:+"$icu"}
  systemctl enable --now mariadb >/dev/null
fi

say "2. user and directories"
if [ "$system" -eq 1 ] && ! id hotline >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/hotline --no-create-home --shell /usr/sbin/nologin --user-group hotline
fi
install -d -m 0755 "$root/opt" "$opt" "$units" "$nginx/sites-available" "$nginx/sites-enabled"
install -d -m 0750 "$etc" "$tls"
install -d -m 0700 "$secrets"
install -d -m 0750 "$data" "$backups"
if [ "$system" -eq 1 ]; then
  chown root:hotline "$etc" "$tls"
  chown hotline:hotline "$secrets" "$data" "$backups"
fi

# A secret file: mode 0600, owned by the service user; never rewritten once it exists.
write_secret() {
  local file="$secrets/$1"
  [ -f "$file" ] && return 0
  (umask 077; printf '%s' "$2" > "$file")
  [ "$system" -eq 1 ] && chown hotline:hotline "$file"
  return 0
}

# The backup key (Backup:KeyFile): made once, never replaced — the backups already taken need this very key. One copied
# here from an old server before the install (to restore its backups) is kept as it is.
backup_key="$etc/backup.key"
if [ -f "$backup_key" ]; then
  echo "kept the backup key $backup_key"
else
  (umask 077; openssl rand -base64 32 > "$backup_key")
  echo "made the backup key $backup_key: keep a copy apart from the backups (they cannot be restored without it)"
fi
chmod 0600 "$backup_key"
[ "$system" -eq 1 ] && chown hotline:hotline "$backup_key"

say "3. database"
connection_file="$secrets/Database__ConnectionString"
if [ -f "$connection_file" ]; then
  password="$(sed -n 's/.*Password=\([^;]*\).*/\1/p' "$connection_file")"
else
  password="$(openssl rand -hex 24)"
fi
[[ "$password" =~ ^[0-9a-f]+$ ]] || die "$connection_file: the password is not the one this script generated; fix the file or remove it"
version="$(admin_sql -N -B -e "SELECT VERSION()")" || die "cannot reach MariaDB as its administrator (--db-admin)"
server_version="$(printf '%s' "$version" | sed -E 's/^([0-9]+\.[0-9]+\.[0-9]+).*/\1/')-mariadb"
admin_sql <<SQL
CREATE DATABASE IF NOT EXISTS \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$password';
ALTER USER '$db_user'@'localhost' IDENTIFIED BY '$password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES,
      TRIGGER, CREATE VIEW, SHOW VIEW ON \`$db_name\`.* TO '$db_user'@'localhost';
FLUSH PRIVILEGES;
SQL
# The audit log's triggers are created by the app's own user; with binary logging on, MariaDB refuses that to a user
# without SUPER unless log_bin_trust_function_creators is set (the triggers are deterministic: they only insert).
if [ "$(admin_sql -N -B -e "SELECT @@log_bin")" = 1 ]; then
  admin_sql -e "SET GLOBAL log_bin_trust_function_creators = 1"
  if [ "$system" -eq 1 ]; then
    printf '[mariadbd]\nlog_bin_trust_function_creators = 1\n' > /etc/mysql/mariadb.conf.d/60-hotline.cnf
  fi
fi
write_secret Database__ConnectionString \
  "Server=$db_socket;Protocol=Unix;Database=$db_name;User ID=$db_user;Password=$password;Allow User Variables=true"
echo "database $db_name on MariaDB $server_version, user $db_user@localhost (rights on $db_name only)"

say "4. configuration"
env_file="$etc/hotline.env"
if [ -f "$env_file" ]; then
  echo "kept $env_file (edit it by hand; this script never overwrites it)"
  if ! grep -q '^Backup__KeyFile=' "$env_file"; then
    echo "note: backups are not encrypted; to encrypt them with $backup_key, add this line to $env_file:"
    echo "  Backup__KeyFile=$backup_key"
  fi
else
  cat > "$env_file" <<EOF
# Hotline settings (README "配置 / Configuration"); secrets are files in $secrets, one per setting, mode 0600.
ASPNETCORE_ENVIRONMENT=Production
ASPNETCORE_URLS=http://127.0.0.1:$port
Database__Provider=MySql
Database__ServerVersion=$server_version
Hotline__DataDirectory=$data
Hotline__SecretsDirectory=$secrets
Backup__KeyFile=$backup_key
AllowedHosts=$domain
Security__KnownProxies=127.0.0.1,::1
Security__Hsts=true
Security__SecureCookiesAlways=true
Logging__Console__FormatterName=json
Logging__Console__FormatterOptions__IncludeScopes=true
Logging__Console__FormatterOptions__UseUtcTimestamp=true
Logging__Console__FormatterOptions__TimestampFormat=yyyy-MM-ddTHH:mm:ss.fffZ
EOF
  chmod 0640 "$env_file"
  [ "$system" -eq 1 ] && chown root:hotline "$env_file"
  echo "wrote $env_file"
fi

say "5. application"
if [ -z "$app" ]; then
  command -v dotnet >/dev/null || die "--app DIR is required where the .NET SDK is not installed (dotnet publish the app elsewhere)"
  app="$(mktemp -d)"
  dotnet publish "$source_dir/src/Hotline.Web" -c Release -r linux-x64 --self-contained -o "$app" -v quiet -nologo
fi
[ -f "$app/Hotline.Web.dll" ] || die "--app $app holds no Hotline.Web.dll (a dotnet publish output)"
if [ -f "$app/libcoreclr.so" ]; then
  exec_start="$opt/Hotline.Web"
else
  dotnet_bin="$(command -v dotnet || true)"
  [ -n "$dotnet_bin" ] || die "$app needs the ASP.NET Core runtime 10 (dotnet); publish it self-contained instead"
  exec_start="$dotnet_bin $opt/Hotline.Web.dll"
fi
upgrade=0
[ -f "$opt/Hotline.Web.dll" ] && upgrade=1
run_as_service() {
  # The app's own settings, as the service user, from the install directory (what systemd does for the unit).
  (set -a; . "$env_file"; set +a; cd "$opt"
   if [ "$system" -eq 1 ]; then runuser -u hotline -- $exec_start "$@"; else $exec_start "$@"; fi)
}
if [ "$upgrade" -eq 1 ]; then
  [ "$system" -eq 1 ] && systemctl stop hotline.service 2>/dev/null || true
  echo "upgrade: backing up before replacing the app"
  run_as_service backup --to "$backups"
fi
# Replace the app's files (not its data): a fresh copy, so files the new version dropped are gone.
rm -rf "$opt.new"
cp -a "$app" "$opt.new"
rm -rf "$opt.old"
[ -d "$opt" ] && mv "$opt" "$opt.old"
mv "$opt.new" "$opt"
rm -rf "$opt.old"
chmod -R u=rwX,go=rX "$opt"
run_as_service migrate
# The first migration sets the database's character set, which resets its default collation: set it back for anything
# created later by hand (the app's own columns name their collation).
admin_sql -e "ALTER DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

# "hotline backup", "hotline restore --from FILE", "hotline migrate"…: the app's commands with its settings, as its user.
install -d -m 0755 "$root/usr/local/bin"
{
  echo '#!/bin/sh'
  echo "# Runs a Hotline command (backup, restore FILE, migrate, verify-audit, verify-archive …) as the service would."
  echo "set -a; . $env_file; set +a"
  echo '# Relative paths (restore FILE, backup --to DIR) are the caller'"'"'s, not the app directory this changes into.'
  echo 'HOTLINE_CALLER_DIRECTORY="$PWD"; export HOTLINE_CALLER_DIRECTORY'
  echo "cd $opt"
  if [ "$system" -eq 1 ]; then echo "exec runuser -u hotline -- $exec_start \"\$@\""; else echo "exec $exec_start \"\$@\""; fi
} > "$root/usr/local/bin/hotline"
chmod 0755 "$root/usr/local/bin/hotline"

say "6. systemd units"
fill() {
  sed -e "s|@ETC@|$etc|g" -e "s|@OPT@|$opt|g" -e "s|@DATA@|$data|g" -e "s|@BACKUPS@|$backups|g" -e "s|@EXEC@|$exec_start|g" "$1"
}
fill "$source_dir/deploy/systemd/hotline.service" > "$units/hotline.service"
fill "$source_dir/deploy/systemd/hotline-backup.service" > "$units/hotline-backup.service"
cp "$source_dir/deploy/systemd/hotline-backup.timer" "$units/hotline-backup.timer"
chmod 0644 "$units"/hotline*.service "$units/hotline-backup.timer"

say "7. nginx and HTTPS"
if [ -n "$cert" ]; then
  install -m 0644 "$cert" "$tls/hotline.crt"
  install -m 0600 "$key" "$tls/hotline.key"
elif [ ! -f "$tls/hotline.crt" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$domain" -addext "subjectAltName=DNS:$domain" \
    -keyout "$tls/hotline.key" -out "$tls/hotline.crt" 2>/dev/null
  chmod 0600 "$tls/hotline.key"
  echo "made a self-signed certificate for $domain: browsers will warn until the site's own certificate is given (--cert/--key)"
fi
https_suffix=""; [ "$https_port" != 443 ] && https_suffix=":$https_port"
sed -e "s|@DOMAIN@|$domain|g" -e "s|@HTTP_PORT@|$http_port|g" -e "s|@HTTPS_PORT@|$https_port|g" \
    -e "s|@HTTPS_SUFFIX@|$https_suffix|g" -e "s|@CERT@|$tls/hotline.crt|g" -e "s|@KEY@|$tls/hotline.key|g" \
    -e "s|@UPSTREAMS@|    server 127.0.0.1:$port;|" \
    "$source_dir/deploy/nginx/hotline.conf" > "$nginx/sites-available/hotline.conf"
ln -sfn "$nginx/sites-available/hotline.conf" "$nginx/sites-enabled/hotline.conf"

if [ "$system" -eq 1 ]; then
  nginx -t
  systemctl reload nginx || systemctl restart nginx
  systemctl daemon-reload
  systemctl enable hotline.service hotline-backup.timer >/dev/null
  systemctl start hotline-backup.timer
  if [ "$start" -eq 1 ]; then
    say "8. start"
    systemctl restart hotline.service
    for _ in $(seq 1 60); do
      curl -fsS -H "Host: $domain" "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
      sleep 1
    done
    curl -fsS -H "Host: $domain" "http://127.0.0.1:$port/healthz" >/dev/null || die "the app did not answer; see: journalctl -u hotline"
    echo "running: https://$domain$https_suffix/"
  fi
fi

if [ -f "$data/setup-token" ]; then
  say "first administrator"
  echo "Open https://$domain$https_suffix/setup and enter this one-time setup token (also in $data/setup-token):"
  echo "  $(cat "$data/setup-token")"
fi
say "done"
echo "settings: $env_file   secrets: $secrets   data: $data   backups: $backups (nightly, hotline-backup.timer)"
echo "backup key: $backup_key (keep a copy apart from the backups: without it they cannot be restored)"
