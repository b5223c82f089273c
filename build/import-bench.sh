#!/usr/bin/env bash
# Measures the roster import (issue #17): a CSV of 10,000 employees previewed and applied, then the same file again,
# on a fresh SQLite portal. Prints each step's time and the peak memory; asserts nothing.
#   build/import-bench.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/Benchmarks -c Release -nologo -v q -clp:ErrorsOnly >&2
mkdir -p build/.cache/bench
dotnet tests/Benchmarks/bin/Release/net10.0/EmployerPortal.Benchmarks.dll roster-import build/.cache/bench "${1:-10000}"
