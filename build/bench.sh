#!/usr/bin/env bash
# Benchmarks the portal against references measured side by side in the same run (Release builds; BenchmarkDotNet
# in tests/Benchmarks where it fits) and ends by printing one markdown table, each ratio beside its goal from issue 18
# (met, or missed by how much). Progress goes to stderr, the table to
# stdout; full logs and BenchmarkDotNet's reports stay in build/.cache/bench.
#
#   build/bench.sh            everything (about 15 minutes on a 2-core machine when the databases are not cached yet)
#   build/bench.sh search     only some: any of search, merge, letters, start
#
# The generated databases (1,000,000 / 100,000 / 10,000 results over 2,000 companies, the largest holding a fifth)
# are cached in build/.cache/bench and rebuilt when the generator or the migrations change.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cache="$root/build/.cache/bench"
mkdir -p "$cache"
started=$(date +%s)
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if ! command -v qpdf >/dev/null 2>&1; then
  say "Installing qpdf ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq qpdf >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
say "Building the portal and the data generator (Release) ..."
dotnet build src/Web -c Release -nologo -v q -clp:ErrorsOnly >&2
dotnet build tools/DataGenerator -c Release -nologo -v q -clp:ErrorsOnly >&2

# The databases: cached, keyed by the generator and the schema it fills; generated in the background while the
# benchmark program builds (nothing is measured before both are done).
stamp=$(cat tools/DataGenerator/*.cs src/Infrastructure/Persistence/Migrations/Sqlite/*.cs 2>/dev/null | sha256sum | cut -c1-16)
if [ "$(cat "$cache/generator.stamp" 2>/dev/null)" != "$stamp" ]; then
  rm -f "$cache"/results-*.db "$cache"/letters-template.db
  echo "$stamp" > "$cache/generator.stamp"
fi
pids=()
for shape in 10000:2000 100000:20000 1000000:200000; do
  rows=${shape%%:*} largest=${shape##*:} db="$cache/results-$rows.db"
  [ -f "$db" ] && continue
  say "Generating $rows results over 2,000 companies (largest: $largest) ..."
  (
    rm -f "$db.tmp"*
    dotnet tools/DataGenerator/bin/Release/net10.0/EmployerPortal.DataGenerator.dll \
      --companies 2000 --results "$rows" --largest-company "$largest" --database "$db.tmp" > "$cache/generate-$rows.log" 2>&1
    mv "$db.tmp" "$db"
  ) &
  pids+=($!)
done

say "Building the benchmarks (Release) ..."
dotnet build tests/Benchmarks -c Release -nologo -v q -clp:ErrorsOnly -p:BuildProjectReferences=false >&2
dotnet build tests/Benchmarks/EmptyWeb -c Release -nologo -v q -clp:ErrorsOnly >&2
for pid in "${pids[@]+"${pids[@]}"}"; do
  wait "$pid" || { say "Data generation failed; see $cache/generate-*.log"; exit 1; }
done

rm -f "$cache/table.md"
only=$(IFS=,; echo "${*:-search,merge,letters,start}")
say "Running benchmarks ($only); log: $cache/bench.log"
status=0
dotnet tests/Benchmarks/bin/Release/net10.0/EmployerPortal.Benchmarks.dll \
  --cache "$cache" --repo "$root" --out "$cache/table.md" --only "$only" > "$cache/bench.log" 2>&1 || status=$?
grep -E '^\[[0-9:]+\]' "$cache/bench.log" >&2 || true
[ -f "$cache/table.md" ] || { say "No table written; see $cache/bench.log"; exit 1; }
say "Done in $(( $(date +%s) - started )) s on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM."
cat "$cache/table.md"
exit "$status"
