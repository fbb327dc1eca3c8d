#!/usr/bin/env bash
# Fills a database with generated cases for the page benchmark (issue #21): the demo county, then N cases over Y years
# written by every module through its own entities (dispatches, returns, extensions, replies, revisits, redo rounds).
#   scripts/seed-scale.sh --cases 1000000 --years 3 [--seed 12345] [--data-dir DIR] [--mariadb "Server=…;Database=…"]
# Without --mariadb the database is the embedded SQLite file in DIR (default ./data-scale), which must not hold cases yet.
# Every generated case answers the progress lookup with the query code SCALE2.
set -euo pipefail
caller_dir="$(pwd)"
cd "$(dirname "$0")/.."
root="$(pwd)"
source scripts/lib.sh
require_dotnet

data_dir="$root/data-scale"
app_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir="$2"; shift 2 ;;
    --mariadb) export Database__Provider=MySql Database__ConnectionString="$2"; shift 2 ;;
    *) app_args+=("$1"); shift ;;
  esac
done
case "$data_dir" in /*) ;; *) data_dir="$caller_dir/$data_dir" ;; esac
export Hotline__DataDirectory="$data_dir" Hotline__DemoMode=true Hotline__AllowDemoModeInProduction=true

app_dir="$root/artifacts/app"
if [ -z "${HOTLINE_SKIP_PUBLISH:-}" ]; then
  echo ">> building (Release) into ${app_dir#"$root"/}/"
  dotnet publish src/Hotline.Web -c Release -o "$app_dir" -v minimal -nologo
fi
exec dotnet "$app_dir/Hotline.Web.dll" seed-scale --contentRoot "$app_dir" "${app_args[@]}"
