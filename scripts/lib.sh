#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh: install what is missing, never what is there.

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

apt_updated=0
ensure_apt() {
  # usage: ensure_apt package...  (installs only the packages not yet installed)
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ $apt_updated -eq 0 ]; then
    echo ">> apt-get update"
    $sudo apt-get update -qq
    apt_updated=1
  fi
  echo ">> installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet_tools() {
  dotnet tool restore >/dev/null
}

# The SDK is not an apt package of Debian 12, so it is not installed silently: say how to get it.
require_dotnet() {
  if command -v dotnet >/dev/null 2>&1 && dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    return 0
  fi
  cat >&2 <<'MSG'
The .NET 10 SDK is required and was not found (command: dotnet --list-sdks).
On Debian 12 install it from Microsoft's package repository:
  wget https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb -O /tmp/packages-microsoft-prod.deb
  sudo dpkg -i /tmp/packages-microsoft-prod.deb
  sudo apt-get update && sudo apt-get install -y dotnet-sdk-10.0
then run this command again.
MSG
  exit 1
}

# A TCP port on 127.0.0.1 that nothing listens on (a refused connection means free). Below Linux's ephemeral range
# (32768 and up): a port there may be the local end of any outgoing connection, and a server binding it fails.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

stop_by_pid_file() {
  # usage: stop_by_pid_file DIR  (a test server started with --pid-file DIR/pid: MariaDB and Redis remove that file as
  # they exit; waiting for it lets the caller delete the directory behind it)
  local dir="$1"
  [ -f "$dir/pid" ] || return 0
  kill "$(cat "$dir/pid")" 2>/dev/null || true
  for _ in $(seq 1 40); do [ -f "$dir/pid" ] || break; sleep 0.25; done
}
