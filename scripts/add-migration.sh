#!/usr/bin/env bash
# Adds the next EF Core migration for both providers: bash scripts/add-migration.sh <Name>
# Change the model (entities in src/Torchbase.Domain, configurations in src/Torchbase.Data), then run this once and commit both
# providers' files together. Migrations on main are only ever added, never edited or regenerated.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project=src/Torchbase.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "${provider}AppDbContext" --output-dir Migrations --no-color
done
