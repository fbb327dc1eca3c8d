#!/usr/bin/env bash
# Fails when either provider's migrations lag behind the model.
#   scripts/check-migrations.sh [Configuration]   (default Debug; the solution must be built in it)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration="${1:-Debug}"
dotnet tool restore >/dev/null
for provider in Sqlite MySql; do
  echo "checking $provider migrations..."
  HOTLINE_MIGRATIONS_PROVIDER=$provider dotnet ef migrations has-pending-model-changes \
    --project "src/Persistence/Hotline.Migrations.$provider" \
    --startup-project src/Hotline.Web \
    --context SchemaDbContext --configuration "$configuration" --no-build
done
