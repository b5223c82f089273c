#!/usr/bin/env bash
# Regenerates the initial migration of each provider from the current model.
# Until the first production deploy there is one migration per provider; after it, use add-migration.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet tool restore >/dev/null
rm -rf src/Infrastructure/Persistence/Migrations
# Build first so the old model snapshot is not left in a stale assembly.
dotnet build src/Infrastructure -nologo -v q >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add InitialCreate --no-build \
    --project src/Infrastructure --startup-project src/Infrastructure \
    --context "${provider}PortalDbContext" \
    --output-dir "Persistence/Migrations/${provider}"
done
