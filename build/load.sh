#!/usr/bin/env bash
# Load test: builds the portal (Release), generates a SQLite data set once (cached under build/.cache/load), starts the
# portal on loopback (Production environment, no demo data) over a fresh copy of that data, signs in as a generated
# Admin and drives it with wrk: /health/live as the ceiling of this machine, then the authenticated results search,
# a result download and a plain signed-in page (the company account). Prints a markdown table (req/s, ratio of the
# ceiling against the issue's goal for it, latency percentiles, errors, memory) and exits non-zero when any answer was
# not 200, a socket failed, or the server logged an error (a missed goal is reported, not a failure).
# Every step is bounded in time; everything it started is stopped on exit.
#
# Tunables (environment): LOAD_DURATION (seconds per run, 60), LOAD_CONNECTIONS (50), LOAD_THREADS (nproc),
# LOAD_COMPANIES (200), LOAD_RESULTS (100000), LOAD_ROUNDS (rounds of search + download + page, 2: memory after the last round
# must stay within 25% + 32 MiB of memory after the first, or it is growing), LOAD_WARMUP (unmeasured seconds per URL
# before the runs, 5), LOAD_MAX_RSS_MB (memory ceiling of the server, 1536).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)

duration=${LOAD_DURATION:-60}
connections=${LOAD_CONNECTIONS:-50}
threads=${LOAD_THREADS:-$(nproc)}
companies=${LOAD_COMPANIES:-200}
results=${LOAD_RESULTS:-100000}
max_rss_mb=${LOAD_MAX_RSS_MB:-1536}
rounds=${LOAD_ROUNDS:-2}
warmup=${LOAD_WARMUP:-5}
password='Load-Test-2026!'
cache="$root/build/.cache/load"
run_dir="$cache/run"
server_log="$cache/server.log"
dll="$root/src/Web/bin/Release/net10.0/EmployerPortal.Web.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

server_pid=""
fail() { echo "load.sh: $*" >&2; exit 1; }
step() { echo "[$(( $(date +%s) - started ))s] $*"; }

stop_server() {
  [ -n "$server_pid" ] || return 0
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$server_pid" 2>/dev/null && kill -KILL "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
  fi
  server_pid=""
}
# Long steps run in the background and are waited for, so a signal runs the trap at once and the trap stops them.
child=""
in_child() { "$@" & child=$!; wait "$child"; local rc=$?; child=""; return $rc; }
cleanup() {
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
  stop_server
  rm -rf "$run_dir" "$cache/http"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$cache"

# --- wrk (Debian package) -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  step "Installing wrk ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  in_child timeout 300 $sudo_cmd apt-get update -qq >/dev/null || fail "apt-get update failed"
  in_child timeout 300 $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || fail "cannot install wrk"
fi

# --- Release build ----------------------------------------------------------------------------------------------------
step "Building src/Web (Release) ..."
# No build servers: nothing of this build outlives the script.
in_child timeout 900 dotnet build src/Web -c Release --disable-build-servers -nologo -v q -clp:ErrorsOnly >"$cache/build.log" 2>&1 \
  || { cat "$cache/build.log"; fail "build failed"; }
[ -f "$dll" ] || fail "no $dll after the build"
in_child timeout 900 dotnet build tools/DataGenerator -c Release --disable-build-servers -nologo -v q -clp:ErrorsOnly >"$cache/build-generator.log" 2>&1 \
  || { cat "$cache/build-generator.log"; fail "generator build failed"; }
generator="$root/tools/DataGenerator/bin/Release/net10.0/EmployerPortal.DataGenerator.dll"

# --- Generated data, cached by size and by the sources that shape it --------------------------------------------------
key=$( { echo "$companies $results"; cat tools/DataGenerator/*.cs \
  src/Infrastructure/Persistence/Migrations/Sqlite/*.cs 2>/dev/null; } | sha256sum | cut -c1-12)
data="$cache/data-$key"
if [ ! -f "$data/portal.db" ]; then
  find "$cache" -maxdepth 1 -name 'data-*' -exec rm -rf {} +
  step "Generating $companies companies / $results results (cached as $data) ..."
  in_child timeout 900 dotnet "$generator" --companies "$companies" --results "$results" \
    --data-directory "$data.tmp" --admin-password "$password" >"$cache/generate.log" 2>&1 \
    || { cat "$cache/generate.log"; rm -rf "$data.tmp"; fail "data generation failed"; }
  mv "$data.tmp" "$data"
else
  step "Reusing generated data $data"
fi
email=$(grep -o 'admin[0-9]*@generated.example' "$cache/generate.log" 2>/dev/null | head -n 1)
[ -n "$email" ] || email=admin700000@generated.example  # the first generated company holds the most results

# --- Start the portal on a free loopback port, over a copy of the data (the run's writes never reach the cache) -------
rm -rf "$run_dir" && cp -a "$data" "$run_dir"
port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 40000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free loopback port"
base="http://127.0.0.1:$port"

step "Starting the portal on $base ..."
ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --contentRoot "$root/src/Web" --urls "$base" \
  --Portal:DataDirectory="$run_dir" --Portal:SeedDemoData=false >"$server_log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$server_log"; fail "the portal exited while starting"; }
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health/live")" = "200" ] && break
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/health/live")" = "200" ] || fail "/health/live never answered 200"

# --- Sign in once (antiforgery token + cookie, then the form); the session cookie goes to wrk as a header -------------
tmp="$cache/http" && rm -rf "$tmp" && mkdir -p "$tmp"
curl -s --max-time 10 -D "$tmp/form.headers" -o "$tmp/form.html" "$base/Account/SignIn" || fail "cannot GET the sign-in page"
antiforgery=$(grep -o 'portal.antiforgery=[^;]*' "$tmp/form.headers" | head -n 1)
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*' "$tmp/form.html" | head -n 1 | sed 's/.*value="//')
[ -n "$antiforgery" ] && [ -n "$token" ] || fail "no antiforgery cookie/token on the sign-in page"
curl -s --max-time 30 -D "$tmp/signin.headers" -o /dev/null -H "Cookie: $antiforgery" \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn" || fail "sign-in POST failed"
session=$(grep -o 'portal.session=[^;]*' "$tmp/signin.headers" | head -n 1)
[ -n "$session" ] || { head -n 1 "$tmp/signin.headers"; fail "signing in as $email gave no session cookie"; }

search_path="/Results?Name=martin"
status=$(curl -s --max-time 30 -o "$tmp/search.html" -w '%{http_code}' -H "Cookie: $session" "$base$search_path")
[ "$status" = "200" ] || fail "search $search_path answered $status"
document=$(grep -o '/Results/Document/[0-9a-f-]*?handler=Download' "$tmp/search.html" | head -n 1)
[ -n "$document" ] || fail "the search page lists no document to download"
status=$(curl -s --max-time 30 -o "$tmp/document.pdf" -w '%{http_code} %{content_type}' -H "Cookie: $session" "$base$document")
[ "$status" = "200 application/pdf" ] || fail "download $document answered $status"
head -c 5 "$tmp/document.pdf" | grep -q '%PDF-' || fail "the download is not a PDF"
page_path="/Company"
status=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$base$page_path")
[ "$status" = "200" ] || fail "the company account page $page_path answered $status"
step "Signed in as $email; search, download and the company account page answer 200."

# --- Runs ---------------------------------------------------------------------------------------------------------------
rss_mb() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
rm -f "$cache"/wrk-*.txt
rows=()
total_errors=0
ceiling=""
goals_missed=0
run() { # slug, name, path, cookie ("" for an anonymous run), goal (least % of the ceiling; "" for none)
  local out="$cache/wrk-$1.txt" name=$2 path=$3 cookie=$4 goal=${5:-} line rps ratio errors verdict="–"
  step "wrk: $name ($path), $connections connections, $threads threads, ${duration}s ..."
  in_child timeout $(( duration + 60 )) wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s \
    ${cookie:+-H "Cookie: $cookie"} -s "$root/build/load.lua" "$base$path" >"$out" 2>&1 || { cat "$out"; fail "wrk failed ($name)"; }
  kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$server_log"; fail "the portal died during $name"; }
  line=$(grep '^LOAD ' "$out") || { cat "$out"; fail "no result line from wrk ($name)"; }
  field() { echo "$line" | grep -o " $1=[^ ]*" | cut -d= -f2; }
  rps=$(field rps)
  [ -z "$ceiling" ] && ceiling=$rps
  ratio=$(awk -v a="$rps" -v b="$ceiling" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  if [ -n "$goal" ]; then
    if awk -v a="$rps" -v b="$ceiling" -v g="$goal" 'BEGIN { exit !(100 * a / b >= g) }'; then
      verdict="≥ $goal%: met"
    else
      verdict=$(awk -v a="$rps" -v b="$ceiling" -v g="$goal" 'BEGIN { printf "≥ %s%%: missed (%.1f× short)", g, g / (100 * a / b) }')
      goals_missed=$(( goals_missed + 1 ))
    fi
  fi
  errors=$(( $(field not_200) + $(field socket_errors) ))
  [ "$(field requests)" -gt 0 ] || { echo "load.sh: no request of '$name' completed within the run" >&2; errors=$(( errors + 1 )); }
  total_errors=$(( total_errors + errors ))
  rows+=("| $name | $(printf '%.0f' "$rps") | $ratio | $verdict | $(field p50_ms) ms | $(field p90_ms) ms | $(field p99_ms) ms | $errors | $(rss_mb VmRSS) MiB |")
}
rss_start=$(rss_mb VmRSS)
step "Warming up (${warmup}s per URL, not measured) ..."
for target in "/health/live" "$search_path" "$document" "$page_path"; do
  in_child timeout $(( warmup + 30 )) wrk -t "$threads" -c "$connections" -d "${warmup}s" -H "Cookie: $session" "$base$target" >/dev/null 2>&1
done
rss_before=$(rss_mb VmRSS)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

run ceiling "ceiling: GET /health/live" "/health/live" ""
round_rss=()
for round in $(seq 1 "$rounds"); do
  suffix="" && [ "$rounds" -gt 1 ] && suffix=", round $round"
  run "search-$round" "results search (signed in)$suffix" "$search_path" "$session" 15
  run "download-$round" "result download (signed in)$suffix" "$document" "$session" 20
  run "page-$round" "company account page (signed in)$suffix" "$page_path" "$session" 25
  round_rss+=("$(rss_mb VmRSS)")
done
rss_after=$(rss_mb VmRSS)
rss_peak=$(rss_mb VmHWM)
server_failures=$(grep -c -E '^(fail|crit):' "$server_log")
locked=$(grep -c 'database is locked' "$server_log")
stop_server

# --- Report -------------------------------------------------------------------------------------------------------------
elapsed=$(( $(date +%s) - started ))
echo
echo "Load test: $companies companies / $results results (SQLite), $connections connections, $threads wrk threads, ${duration}s per run, $(nproc) cores."
echo
echo "| scenario | req/s | ratio of ceiling | goal | p50 | p90 | p99 | errors | RSS after |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Server memory: RSS after start ${rss_start} MiB, before the runs (after warm-up) ${rss_before} MiB, after ${rss_after} MiB, peak (VmHWM) ${rss_peak} MiB (limit ${max_rss_mb} MiB)."
rss_first=${round_rss[0]}
rss_bound=$(( rss_first + rss_first / 4 + 32 ))
[ "$rounds" -gt 1 ] && echo "RSS after each round of search + download + page: ${round_rss[*]} MiB (bounded if the last is at most ${rss_bound} MiB)."
echo "Errors (answers not 200 + socket errors): $total_errors. Server log: $server_failures fail/crit entries, $locked 'database is locked'."
echo "Load average of the machine before the runs: $load_before (other work on the machine lowers every number, the ceiling too)."
echo "Goals (ratio of the ceiling, issue 18): $goals_missed missed. A missed goal is reported, not a failure: the ratios move with the machine's other work."
echo "Wall time: ${elapsed}s."

status=0
[ "$total_errors" -eq 0 ] || { echo "FAILED: $total_errors errors under load." >&2; status=1; }
[ "$server_failures" -eq 0 ] && [ "$locked" -eq 0 ] || { grep -E -A3 '^(fail|crit):' "$server_log" | head -n 40 >&2; echo "FAILED: the server logged errors." >&2; status=1; }
[ "$rss_after" -le "$rss_bound" ] || { echo "FAILED: memory grew from ${rss_first} MiB after round 1 to ${rss_after} MiB after round ${rounds}." >&2; status=1; }
[ "$rss_peak" -le "$max_rss_mb" ] || { echo "FAILED: peak RSS ${rss_peak} MiB above ${max_rss_mb} MiB." >&2; status=1; }
exit $status
