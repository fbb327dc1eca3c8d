#!/usr/bin/env bash
# Privacy log check (issue #13): no phone number, password, query code or token in any log line of the whole test
# run. The test hosts write every log line to artifacts/logs/*.log and every secret they sent by SMS to
# artifacts/logs/secrets-*.txt (tests/Shared/RunLog.cs); this finds
#   - mainland mobile numbers, download tickets (48 hex) and link tokens (43 base64url) by their shape,
#   - the demo and initial passwords by value,
#   - every query code and token the run issued, by value from the ledger.
# Prints where each finding is (file, line, kind; never the secret) and exits 1 if there is any.
# `scan-logs.sh --self-test` plants one of each kind in a scratch folder and fails unless every one is found.
set -euo pipefail

# Blazor's circuit ids have a link token's shape, and a GUID's last group may hold eleven digits that look like a
# mobile number (…-b17403254700): neither is a caller's secret, so both are blanked first (line numbers kept).
shape_hits() {
  local pattern="$1" log
  shift
  for log in "$@"; do
    sed -E -e "s/(CircuitId=|circuit ')[A-Za-z0-9_-]{43}/\1<circuit>/g" \
      -e 's/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/<guid>/g' "$log" |
      grep -P -n -o --label="$log" -H "$pattern" | cut -d: -f1,2 || true
  done
}

scan() {
  local dir="$1" findings=0 logs=()
  shopt -s nullglob
  logs=("$dir"/*.log)
  if [ "${#logs[@]}" -eq 0 ]; then
    echo "no log files in $dir: the test hosts wrote nothing to scan" >&2
    return 2
  fi
  local -A shapes=(
    [phone]='(?<![0-9])1[3-9][0-9]{9}(?![0-9])'
    [download-ticket]='(?<![0-9a-f])[0-9a-f]{48}(?![0-9a-f])'
    [link-token]='(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])'
    [password]='Demo@12345|Init@12345'
  )
  local kind hits
  for kind in "${!shapes[@]}"; do
    hits="$(shape_hits "${shapes[$kind]}" "${logs[@]}")"
    if [ -n "$hits" ]; then
      findings=$((findings + $(wc -l <<<"$hits")))
      sed "s/\$/: $kind/" <<<"$hits" | head -20
    fi
  done
  local ledger
  ledger="$(mktemp)"
  cat "$dir"/secrets-*.txt 2>/dev/null | sort -u >"$ledger" || true
  if [ -s "$ledger" ]; then
    hits="$(grep -F -w -n -f "$ledger" "${logs[@]}" | cut -d: -f1,2 || true)"
    if [ -n "$hits" ]; then
      findings=$((findings + $(wc -l <<<"$hits")))
      sed 's/$/: issued secret (query code or token)/' <<<"$hits" | head -20
    fi
  fi
  echo "scanned $(cat "${logs[@]}" | wc -l) log lines in ${#logs[@]} file(s) against $(wc -l <"$ledger") issued secret(s): $findings finding(s)"
  rm -f "$ledger"
  [ "$findings" -eq 0 ]
}

self_test() {
  local dir
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' RETURN
  printf '%s\n' 'Information Hotline.Intake: case QH202611250001 registered [CaseId=3f2a]' \
    "Error Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost: Unhandled exception in circuit 'l3lV82AOHd6Azvh7MoQ9LlQtrpvkZgu333LZmwK3IDM'. [CircuitId=l3lV82AOHd6Azvh7MoQ9LlQtrpvkZgu333LZmwK3IDM]" \
    'Warning Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager: Key {f9794820-8f69-4742-a57f-b17403254700} may be persisted' \
    >"$dir/clean.log"
  scan "$dir" >/dev/null || { echo "self-test: a clean log was refused" >&2; return 1; }
  local planted=(
    'Information Hotline.X: caller 13812345678 called'
    'Debug Hotline.X: ticket 0123456789abcdef0123456789abcdef0123456789abcdef'
    'Debug Hotline.X: link https://x/r/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE'
    'Warning Hotline.X: sign-in with Demo@12345'
    'Information Hotline.X: code K7P2QX sent'
  )
  local line
  for line in "${planted[@]}"; do
    rm -f "$dir"/*.log "$dir"/secrets-*.txt
    printf '%s\n' "$line" >"$dir/run.log"
    printf 'K7P2QX\n' >"$dir/secrets-run.txt"
    if scan "$dir" >/dev/null; then
      echo "self-test: a planted secret was not found: $line" >&2
      return 1
    fi
  done
  echo "self-test: every planted secret was found, the clean log passed"
}

if [ "${1:-}" = "--self-test" ]; then
  self_test
else
  scan "${1:-artifacts/logs}"
fi
