#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh: install what is missing, never what is there.

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
