#!/usr/bin/env bash
# Adds a migration with the same name to both provider streams (SQLite and MySQL/MariaDB).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
for provider in Sqlite MySql; do
  HOTLINE_MIGRATIONS_PROVIDER=$provider dotnet ef migrations add "$name" \
    --project "src/Persistence/Hotline.Migrations.$provider" \
    --startup-project src/Hotline.Web \
    --context SchemaDbContext \
    --output-dir Migrations
done
