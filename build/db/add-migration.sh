#!/usr/bin/env bash
# Adds a migration NAME to every provider (SQLite, SQL Server, PostgreSQL): build/db/add-migration.sh AddSomething
# PROVIDERS="Postgres" build/db/add-migration.sh NAME limits it to the providers named (e.g. a provider's first migration).
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: add-migration.sh NAME}
providers=${PROVIDERS:-Sqlite SqlServer Postgres}
dotnet tool restore >/dev/null
dotnet build src/Infrastructure -nologo -v q >/dev/null
for provider in $providers; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}PortalDbContext" \
    --output-dir "Persistence/Migrations/${provider}"
done
