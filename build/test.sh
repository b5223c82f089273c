#!/usr/bin/env bash
# Runs every test project, then the PostgreSQL lane, and ends with one line: "N passed, N failed[, N skipped]".
# build/test.sh --postgres-lane runs the PostgreSQL lane alone.
# On a fresh Debian machine it first installs what the tests need (Debian's chromium for the browser tests, qpdf to
# check merged PDFs, and postgresql for the PostgreSQL lane, which runs after the others on a throw-away server it starts and stops).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/test-output"
rm -rf "$out" && mkdir -p "$out"

need_packages=()
only_postgres=0
[ "${1:-}" = "--postgres-lane" ] && only_postgres=1
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1 || need_packages+=(postgresql)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_packages+=(fonts-dejavu-core)
command -v qpdf >/dev/null 2>&1 || need_packages+=(qpdf)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing ${need_packages[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build EmployerPortal.sln -nologo -v q -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0 failed=0 skipped=0 status=0
# run_tests PROJECT NAME [FILTER]: runs one test project and adds its counts (read from its trx) to the totals.
run_tests() {
  local project=$1 name=$2 filter=${3:-}
  local args=()
  [ -n "$filter" ] && args=(--filter "$filter")
  echo "== $name"
  dotnet test "$project" --no-build -nologo "${args[@]}" \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$out/$name"
  local rc=$?
  local trx="$out/$name/$name.trx"
  if [ -f "$trx" ]; then
    local counters p f t e
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    p=$(value passed); f=$(value failed); t=$(value total); e=$(value executed)
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + t - e))
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
  else
    failed=$((failed + 1))
  fi
  [ "$rc" -ne 0 ] && status=1
}

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  [ "$name" = "Benchmarks" ] && continue
  [ "$only_postgres" -eq 1 ] && continue
  run_tests "$project" "$name"
done

# The PostgreSQL lane: a throw-away server on loopback (build/db/postgres.sh), the infrastructure integration tests
# that matter on a server (migrations, tenant scope, folded name search, results search) and a functional smoke.
# Those tests live in OnPostgres/ folders compiled only with -p:PostgresLane=true, so the runs above never hold them.
# A server that does not start counts as a failure.
echo "== PostgreSQL lane"
# shellcheck source=db/postgres.sh
source "$root/build/db/postgres.sh"
trap pg_stop EXIT
if pg_start; then
  lane_built=1
  for project in tests/Infrastructure.IntegrationTests/Infrastructure.IntegrationTests.csproj tests/Web.FunctionalTests/Web.FunctionalTests.csproj; do
    dotnet build "$project" -nologo -v q -clp:ErrorsOnly -p:PostgresLane=true || lane_built=0
  done
  if [ "$lane_built" -eq 1 ]; then
    run_tests tests/Infrastructure.IntegrationTests "Infrastructure.IntegrationTests.Postgres" "Lane=Postgres"
    run_tests tests/Web.FunctionalTests "Web.FunctionalTests.Postgres" "Lane=Postgres"
  else
    echo "The PostgreSQL lane's tests did not build."
    failed=$((failed + 1)); status=1
  fi
else
  echo "The PostgreSQL lane could not start its server (see above): counted as a failure."
  failed=$((failed + 1)); status=1
fi
pg_stop
trap - EXIT

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
