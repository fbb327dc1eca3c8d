#!/usr/bin/env bash
# Runs the app with the demo county on an embedded SQLite database: restores, builds and
# publishes it (Release) into artifacts/app, then starts it. At start the app creates and migrates
# the database, seeds the demo data and prints its URL and the demo logins.
#   scripts/run.sh [--urls http://0.0.0.0:8080] [--demo-cases N] [other app arguments]
# --demo-cases N fills a fresh data directory with N generated cases over the past year before the app starts (the
# seed-scale command), so the queues, figures and charts have something to show; an existing database is left alone.
# Data (SQLite file, uploads, keys) goes to ./data unless Hotline__DataDirectory says otherwise;
# the URL is http://0.0.0.0:5080 unless ASPNETCORE_URLS or --urls says otherwise.
set -euo pipefail
caller_dir="$(pwd)"
cd "$(dirname "$0")/.."
root="$(pwd)"
source scripts/lib.sh
require_dotnet
# The PDF documents embed these TrueType CJK fonts; the app refuses to start without them.
ensure_apt fonts-wqy-microhei fonts-arphic-uming

export Hotline__DemoMode="${Hotline__DemoMode:-true}"
# The published app runs as Production, where demo mode is refused unless forced: this script is the demo.
if [ "$Hotline__DemoMode" = "true" ]; then
  export Hotline__AllowDemoModeInProduction="${Hotline__AllowDemoModeInProduction:-true}"
fi
data_dir="${Hotline__DataDirectory:-$root/data}"
case "$data_dir" in
  /*) ;;
  *) data_dir="$caller_dir/$data_dir" ;;  # relative to where the command was typed
esac
export Hotline__DataDirectory="$data_dir"

demo_cases=""
app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --demo-cases) demo_cases="${2:-}"; shift $(( $# > 1 ? 2 : 1 )) ;;
    --demo-cases=*) demo_cases="${1#*=}"; shift ;;
    *) app_args+=("$1"); shift ;;
  esac
done
urls_given=0
for arg in ${app_args[@]+"${app_args[@]}"}; do
  case "$arg" in --urls|--urls=*) urls_given=1 ;; esac
done
if [ $urls_given -eq 0 ] && [ -z "${ASPNETCORE_URLS:-}" ]; then
  export ASPNETCORE_URLS="http://0.0.0.0:5080"
fi

# Published like a production install: the output folder holds the app with its wwwroot
# (MudBlazor's styles, blazor.web.js), so nothing is read from the source tree at run time.
app_dir="$root/artifacts/app"
echo ">> building (Release) into ${app_dir#"$root"/}/"
dotnet publish src/Hotline.Web -c Release -o "$app_dir" -v minimal -nologo
if [ -n "$demo_cases" ]; then
  if [ -e "$data_dir/hotline.db" ]; then
    echo ">> --demo-cases: $data_dir/hotline.db already exists and is left as it is (remove the data directory to start afresh)"
  else
    echo ">> generating $demo_cases demo cases over the past year into $data_dir"
    dotnet "$app_dir/Hotline.Web.dll" seed-scale --contentRoot "$app_dir" --cases "$demo_cases" --years 1
  fi
fi
[ "${ASPNETCORE_URLS:-}" = "http://0.0.0.0:5080" ] && [ $urls_given -eq 0 ] &&
  echo ">> starting on all interfaces, port 5080: open http://localhost:5080 in a browser (Ctrl+C stops)"
exec dotnet "$app_dir/Hotline.Web.dll" --contentRoot "$app_dir" ${app_args[@]+"${app_args[@]}"}
