#!/usr/bin/env bash
# Adds a migration NAME to both providers: build/db/add-migration.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: add-migration.sh NAME}
dotnet tool restore >/dev/null
dotnet build src/Infrastructure -nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}PortalDbContext" \
    --output-dir "Persistence/Migrations/${provider}"
done
