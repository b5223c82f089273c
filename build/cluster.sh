#!/usr/bin/env bash
# The multi-node run of issue 19: the production shape of docs/deployment.md ("The PostgreSQL topology") on this
# machine, on loopback, and what it promises, proven one check at a time.
#
# It publishes the portal once (Debug: the demo data of DESIGN §7 is in Debug builds only), starts a throw-away
# PostgreSQL (build/db/postgres.sh), runs the `migrate` command, starts web node A (which seeds the demo data once, in
# the Development environment), web node B and a worker (Jobs__Role Web, Web, Worker), all on one database (Hangfire's
# storage and the data-protection keys in it, encrypted with a throw-away certificate), one documents folder and one
# SMTP sink (build/cluster/tools.py, a real SMTP server that files each accepted message), behind Debian's nginx run
# from deploy/nginx.postgres.conf (its upstreams pointed at the two nodes; no system service). Then, printing each:
#   1. a session signed in through node A works on node B, and a sign-out on B ends it on A;
#   2. a result uploaded through the ops API to node B is seen (listed and downloaded, same SHA-256) on A at once;
#   3. an authorization checked in at the same moment on both nodes is used once (one 200, one 409, one visit);
#   4. a no-show pushed while the worker is killed with SIGKILL mid-sweep (its letter transaction open, held at a lock
#      this script takes) and restarted gives exactly one letter and one email;
#   5. a second worker started beside the first (and running sweeps) changes nothing: still one letter and one email
#      each, also for a no-show pushed while both run, and no Message-ID delivered twice;
#   6. both web nodes stopped and started one at a time while wrk drives the balancer: no GET lost (wrk non-2xx and
#      socket errors 0), every visit registered through the balancer meanwhile is in the database, nothing else changed.
# It ends with one line, `cluster holds: N checks` (exit 0), or prints the first failure (exit 1). Everything it
# started is stopped on exit; the logs of the last run stay in build/.cache/cluster/logs. Bounded to 10 minutes
# (CLUSTER_TIMEOUT seconds); CLUSTER_NO_PUBLISH=1 reuses the last publish. Installs nginx, wrk, python3, openssl and curl when missing (Debian packages).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
limit=${CLUSTER_TIMEOUT:-600}
if [ -z "${CLUSTER_UNDER_TIMEOUT:-}" ]; then
  # The whole run under one time limit; TERM at the limit runs the trap below, which stops everything.
  CLUSTER_UNDER_TIMEOUT=1 exec timeout --foreground -k 60 "$limit" "$0" "$@"
fi

started=$(date +%s)
cache="$root/build/.cache/cluster"
app="$cache/app"
tools="$root/build/cluster/tools.py"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
mkdir -p "$cache"
run=$(mktemp -d /tmp/portal-cluster.XXXXXX)
chmod 755 "$run"
logs="$run/logs" data="$run/data" mail="$run/mail"
mkdir -p "$logs" "$data" "$mail"

checks=0
say() { echo "[$(( $(date +%s) - started ))s] $*"; }
pass() { checks=$((checks + 1)); echo "ok $checks: $*"; }
fail() { echo "FAILED: $*"; exit 1; }

# --- Everything started is remembered here and stopped on exit ---------------------------------------------------------
declare -A node_pid=() node_port=()
child="" smtp_pid="" nginx_pid="" wrk_pid="" writer_pid="" lock_pid=""
# Long steps run in the background and are waited for, so a signal runs the trap at once.
# in_child LOG COMMAND...: its output goes to LOG (not the trap's, which may run while it is waited for).
in_child() { local log=$1; shift; "$@" >"$log" 2>&1 & child=$!; wait "$child"; local rc=$?; child=""; return $rc; }
stop_pid() { # pid [signal]: stops it and waits up to 30 s before SIGKILL
  local pid=$1 signal=${2:-TERM}
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return 0
}
cleanup() {
  trap - EXIT INT TERM
  [ -n "$child" ] && kill -TERM "$child" 2>/dev/null
  stop_pid "$wrk_pid" INT
  stop_pid "$writer_pid"
  stop_pid "$lock_pid"
  local name
  for name in "${!node_pid[@]}"; do stop_pid "${node_pid[$name]}"; done
  stop_pid "$nginx_pid"
  stop_pid "$smtp_pid"
  pg_stop >/dev/null 2>&1
  rm -rf "$cache/logs" && cp -a "$logs" "$cache/logs" 2>/dev/null
  rm -rf "$run"
}
trap cleanup EXIT
trap 'echo "FAILED: interrupted"; exit 130' INT
on_time_limit() { echo "FAILED: the run took longer than ${limit}s (CLUSTER_TIMEOUT) and was stopped"; exit 1; }
trap on_time_limit TERM
# Every wait also checks the deadline itself, so the run stops (and cleans up) in time even if the TERM of the time
# limit arrives where bash cannot act on it at once.
deadline=$((started + limit - 15))
check_deadline() { [ "$(date +%s)" -lt "$deadline" ] || on_time_limit; }

# --- Tools (Debian packages) ------------------------------------------------------------------------------------------
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
[ -x "$nginx_bin" ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  in_child "$logs/apt.log" timeout 300 $sudo_cmd apt-get update -qq || { tail -n 20 "$logs/apt.log"; fail "apt-get update failed"; }
  in_child "$logs/apt.log" timeout 300 $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" \
    || { tail -n 20 "$logs/apt.log"; fail "cannot install ${missing[*]}"; }
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
fi

# --- Publish once; every node runs the same dll -----------------------------------------------------------------------
if [ "${CLUSTER_NO_PUBLISH:-}" = 1 ] && [ -f "$app/EmployerPortal.Web.dll" ]; then
  say "Reusing the publish in $app (CLUSTER_NO_PUBLISH=1)"
else
say "Publishing src/Web (Debug, with the demo data) to $app ..."
in_child "$logs/publish.log" timeout 900 dotnet publish src/Web -c Debug -o "$app" --disable-build-servers -nologo -v q -clp:ErrorsOnly \
  || { tail -n 30 "$logs/publish.log"; fail "dotnet publish failed"; }
fi
dll="$app/EmployerPortal.Web.dll"
[ -f "$dll" ] && [ -f "$app/EmployerPortal.DemoData.dll" ] || fail "no $dll (with EmployerPortal.DemoData.dll) after publishing"
OPS_KEY=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["Ops"]["DevelopmentApiKey"])' "$app/appsettings.Development.json") \
  || fail "no Ops:DevelopmentApiKey in appsettings.Development.json"
export OPS_KEY
demo_password='Portal-Demo-2026!'   # README.md, "Demo users"

# --- PostgreSQL, the database, the key certificate, the SMTP sink -----------------------------------------------------
# shellcheck source=db/postgres.sh
source "$root/build/db/postgres.sh"
pg_start >"$logs/postgres.log" 2>&1 || { cat "$logs/postgres.log"; fail "PostgreSQL did not start"; }
say "$(tail -n 1 "$logs/postgres.log")"
sql() { PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U portal_admin -d "${SQL_DB:-employer_portal}" -c "$1"; }
SQL_DB=postgres sql 'CREATE DATABASE employer_portal' || fail "cannot create the database"
connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=portal_admin;Database=employer_portal;Maximum Pool Size=40;Timeout=15;Command Timeout=60;Application Name=$1"; }

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=portal cluster data protection" \
  -keyout "$run/dp.key" -out "$run/dp.crt" >"$logs/openssl.log" 2>&1 \
  && openssl pkcs12 -export -inkey "$run/dp.key" -in "$run/dp.crt" -out "$run/dataprotection.pfx" -passout pass:cluster >>"$logs/openssl.log" 2>&1 \
  || { cat "$logs/openssl.log"; fail "cannot make the data-protection certificate"; }

python3 "$tools" smtp "$mail" "$run/smtp.port" >"$logs/smtp.log" 2>&1 &
smtp_pid=$!
for _ in $(seq 1 50); do [ -s "$run/smtp.port" ] && break; sleep 0.2; done
[ -s "$run/smtp.port" ] || { cat "$logs/smtp.log"; fail "the SMTP sink did not start"; }
smtp_port=$(cat "$run/smtp.port")

port_a=$(pg_free_port) port_b=$(pg_free_port) port_w1=$(pg_free_port) port_w2=$(pg_free_port) lb_port=$(pg_free_port)
A="http://127.0.0.1:$port_a" B="http://127.0.0.1:$port_b" LB="http://127.0.0.1:$lb_port"

common=(
  ASPNETCORE_ENVIRONMENT=Development          # the demo users and the development ops key (DESIGN §7) exist only here
  ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
  Database__Provider=Postgres
  Database__MigrateOnStartup=false
  "Portal__DataDirectory=$data"
  "Portal__PublicBaseUrl=$LB"
  Portal__SeedDemoData=false
  Email__Delivery=Smtp
  Email__Smtp__Host=127.0.0.1
  "Email__Smtp__Port=$smtp_port"
  Email__Smtp__UseTls=false
  "DataProtection__CertificatePath=$run/dataprotection.pfx"
  DataProtection__CertificatePassword=cluster
)

run_in_app() { (cd "$app" && exec "$@"); }

# --- migrate, then the nodes ------------------------------------------------------------------------------------------
say "migrate ..."
# The content root is the working directory: `migrate` must be the first argument.
in_child "$logs/migrate.log" run_in_app env "${common[@]}" Jobs__Role=Web "ConnectionStrings__Portal=$(connection migrate)" \
  timeout 300 dotnet "$dll" migrate || { tail -n 30 "$logs/migrate.log"; fail "migrate failed"; }
say "$(tail -n 1 "$logs/migrate.log")"

start_node() { # name role port [VAR=value...]
  local name=$1 role=$2 port=$3
  shift 3
  echo "--- started $(date -u +%FT%TZ)" >>"$logs/$name.log"
  # A subshell that execs: the pid remembered is the node's own, for SIGTERM and SIGKILL.
  (cd "$app" && exec env "${common[@]}" "Jobs__Role=$role" "ConnectionStrings__Portal=$(connection "$name")" "$@" \
    dotnet "$dll" --urls "http://127.0.0.1:$port") >>"$logs/$name.log" 2>&1 &
  node_pid[$name]=$!
  node_port[$name]=$port
}
wait_ready() { # name [seconds]
  local name=$1 seconds=${2:-180} i
  for i in $(seq 1 "$seconds"); do
    check_deadline
    kill -0 "${node_pid[$name]}" 2>/dev/null || { tail -n 30 "$logs/$name.log"; fail "$name exited while starting"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:${node_port[$name]}/health/ready")" = 200 ] && return 0
    sleep 1
  done
  tail -n 30 "$logs/$name.log"
  fail "$name did not answer /health/ready within ${seconds}s"
}
stop_node() { stop_pid "${node_pid[$1]}" "${2:-TERM}"; node_pid[$1]=""; }

say "Starting web node A (seeds the demo data once) ..."
start_node web-a Web "$port_a" Portal__SeedDemoData=true ASPNETCORE_HOSTINGSTARTUPASSEMBLIES=EmployerPortal.DemoData
wait_ready web-a 300
say "Starting web node B and the worker ..."
start_node web-b Web "$port_b"
start_node worker-1 Worker "$port_w1"
wait_ready web-b
wait_ready worker-1

# nginx: deploy/nginx.postgres.conf itself, its upstreams pointed at the two nodes, in a prefix of its own.
ng="$run/nginx"
mkdir -p "$ng/temp"
sed -e "s/server web-1:8080/server 127.0.0.1:$port_a/" -e "s/server web-2:8080/server 127.0.0.1:$port_b/" \
  -e "s/listen 80;/listen 127.0.0.1:$lb_port;/" "$root/deploy/nginx.postgres.conf" >"$ng/portal.conf"
grep -q "127.0.0.1:$port_a" "$ng/portal.conf" && grep -q "127.0.0.1:$port_b" "$ng/portal.conf" && grep -q "listen 127.0.0.1:$lb_port;" "$ng/portal.conf" \
  || fail "deploy/nginx.postgres.conf no longer has the upstreams (web-1:8080, web-2:8080) and listen 80 this script points at the nodes"
{
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  cat <<EOF
worker_processes 1;
pid $ng/nginx.pid;
error_log $logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format upstreams '\$status \$request_method \$uri upstream=\$upstream_addr upstream_status=\$upstream_status \$request_time';
    access_log $logs/nginx-access.log upstreams buffer=64k flush=1s;
    client_body_temp_path $ng/temp/body;
    proxy_temp_path $ng/temp/proxy;
    fastcgi_temp_path $ng/temp/fastcgi;
    uwsgi_temp_path $ng/temp/uwsgi;
    scgi_temp_path $ng/temp/scgi;
    include $ng/portal.conf;
}
EOF
} >"$ng/nginx.conf"
"$nginx_bin" -t -p "$ng" -c "$ng/nginx.conf" -e "$ng/error.log" >"$logs/nginx-test.log" 2>&1 || { cat "$logs/nginx-test.log"; fail "nginx refuses its configuration"; }
"$nginx_bin" -p "$ng" -c "$ng/nginx.conf" -e "$ng/error.log" -g 'daemon off;' >"$logs/nginx.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$LB/health/ready")" = 200 ] && break; sleep 0.2; done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$LB/health/ready")" = 200 ] || { cat "$ng/error.log"; fail "nginx does not answer on $LB"; }
say "Cluster up: nginx $LB -> web-a $A, web-b $B; worker-1 on :$port_w1; PostgreSQL :$PG_PORT; SMTP sink :$smtp_port."

# --- Helpers of the checks --------------------------------------------------------------------------------------------
token_of() { # html file: the first antiforgery token in it
  grep -o '<input[^>]*__RequestVerificationToken[^>]*>' "$1" | head -n 1 | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//'
}
sign_in() { # base email jar: signs in through that node; sets $session to the session cookie (name=value)
  local base=$1 email=$2 jar=$3 token status
  curl -s --max-time 30 -c "$jar" -b "$jar" -o "$run/signin-form.html" "$base/Account/SignIn" || fail "cannot GET $base/Account/SignIn"
  token=$(token_of "$run/signin-form.html")
  [ -n "$token" ] || fail "no antiforgery token on $base/Account/SignIn"
  status=$(curl -s --max-time 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$demo_password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/SignIn")
  [ "$status" = 302 ] || fail "signing in as $email on $base answered $status, not 302"
  session=$(awk '$6 == "portal.session" { print "portal.session=" $7 }' "$jar" | tail -n 1)
  [ -n "$session" ] || fail "signing in as $email on $base set no portal.session cookie"
}
get_status() { # url cookie [out]: the status of a GET, no redirect followed
  curl -s --max-time 30 -o "${3:-/dev/null}" -w '%{http_code}' ${2:+-H "Cookie: $2"} "$1"
}
ops_post() { # base path json [out]: the status of an ops API POST
  curl -s --max-time 60 -o "${4:-/dev/null}" -w '%{http_code}' -H "X-Api-Key: $OPS_KEY" -H 'Content-Type: application/json' \
    -d "$3" "$1/api/ops/v1$2"
}
visit_body() { # externalVisitId accountNumber lastName
  printf '{"externalVisitId":"%s","companyAccountNumber":"%s","employee":{"firstName":"Dana","lastName":"%s","dateOfBirth":"1988-06-21","employeeId":null},"category":"NonInjury","scheduledAt":"%s","clinic":"Downtown Clinic"}' \
    "$1" "$2" "$3" "$(date -u -d '-1 hour' +%FT%TZ)"
}
register_visit() { # base externalVisitId accountNumber lastName
  local status
  status=$(ops_post "$1" /visits "$(visit_body "$2" "$3" "$4")" "$run/visit.json")
  [ "$status" = 201 ] || { cat "$run/visit.json"; echo; fail "registering visit $2 on $1 answered $status"; }
}
visit_id() { sql "SELECT \"Id\" FROM \"VisitResults\" WHERE \"ExternalVisitId\" = '$1'"; }
letters_of() { sql "SELECT count(*) FROM \"GeneratedLetters\" g JOIN \"VisitResults\" v ON v.\"Id\" = g.\"VisitResultId\" WHERE v.\"ExternalVisitId\" = '$1' AND g.\"Kind\" = 'NoShow'"; }
letter_documents_of() { sql "SELECT count(*) FROM \"ResultDocuments\" d JOIN \"VisitResults\" v ON v.\"Id\" = d.\"VisitResultId\" WHERE v.\"ExternalVisitId\" = '$1' AND d.\"Type\" = 'EmployeeNoShowLetter'"; }
emails_of() { python3 "$tools" count-mail "$mail" "/Results/Employee/$(visit_id "$1")"; }
random_letters() { tr -dc 'a-z' </dev/urandom 2>/dev/null | head -c "$1"; }
wait_for() { # seconds description command...: until the command succeeds
  local seconds=$1 what=$2 i
  shift 2
  for i in $(seq 1 "$seconds"); do check_deadline; "$@" && return 0; sleep 1; done
  fail "$what did not happen within ${seconds}s"
}
tag=$(random_letters 6)

# --- 1. Sessions are the cluster's, not a node's ----------------------------------------------------------------------
say "Check: a session across nodes ..."
jar="$run/jar-session"
sign_in "$A" admin@acme.example "$jar"
[ "$(get_status "$B/Dashboard" "$session" "$run/dashboard-b.html")" = 200 ] || fail "the session signed in on node A is refused by node B"
grep -q 'action="/Account/SignOut"' "$run/dashboard-b.html" || fail "node B's dashboard for the session of node A shows no sign-out form"
[ "$(get_status "$A/Dashboard" "$session")" = 200 ] || fail "the session no longer works on node A"
# The sign-out form of node B, with the browser's antiforgery cookie (the one node A set) sent along.
status=$(curl -s --max-time 30 -c "$jar" -b "$jar" -o "$run/signout-form.html" -w '%{http_code}' "$B/Dashboard")
[ "$status" = 200 ] || fail "node B's dashboard answered $status with the browser's cookies"
signout_token=$(token_of "$run/signout-form.html")
status=$(curl -s --max-time 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$signout_token" "$B/Account/SignOut")
[ "$status" = 302 ] || fail "signing out on node B answered $status"
status=$(curl -s --max-time 30 -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: $session" "$A/Dashboard")
case "$status" in
  "302 "*"/Account/SignIn"*) ;;
  *) fail "after signing out on node B, node A still answers the old session cookie with: $status" ;;
esac
pass "a session signed in through node A works on node B, and signing out on B ends it on A (the same cookie is sent to sign-in)"

# --- 2. A result uploaded to one node is the other's at once ----------------------------------------------------------
say "Check: a result uploaded to node B, read on node A ..."
surname="Cluster$tag"
result_visit="CL-RES-$tag"
register_visit "$B" "$result_visit" 100200 "$surname"
python3 "$tools" pdf "Cluster result $tag" "$run/result.pdf"
metadata=$(printf '{"externalDocumentId":"CL-DOC-%s","resultType":"FitTestResults","outcome":"Pass","title":"Fit test %s"}' "$tag" "$tag")
status=$(curl -s --max-time 60 -o "$run/upload.json" -w '%{http_code}' -H "X-Api-Key: $OPS_KEY" \
  -F "metadata=$metadata;type=application/json" -F "file=@$run/result.pdf;type=application/pdf" "$B/api/ops/v1/visits/$result_visit/documents")
[ "$status" = 201 ] || { cat "$run/upload.json"; echo; fail "uploading the result to node B answered $status"; }
document=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["documentId"])' "$run/upload.json")
uploaded_sha=$(sha256sum "$run/result.pdf" | cut -d' ' -f1)
sign_in "$A" admin@acme.example "$run/jar-results"
[ "$(get_status "$A/Results?Name=$surname" "$session" "$run/results-a.html")" = 200 ] || fail "node A's results search answered no 200"
grep -q "$document" "$run/results-a.html" || fail "node A's results search does not list the document uploaded to node B"
status=$(curl -s --max-time 30 -o "$run/download-a.pdf" -w '%{http_code} %{content_type}' -H "Cookie: $session" "$A/Results/Document/$document?handler=Download")
[ "$status" = "200 application/pdf" ] || fail "downloading the document from node A answered $status"
[ "$(sha256sum "$run/download-a.pdf" | cut -d' ' -f1)" = "$uploaded_sha" ] || fail "node A serves other bytes than were uploaded to node B"
pass "a result uploaded through the ops API to node B is listed and downloaded (same SHA-256) on node A at once"

# --- 3. One authorization, two simultaneous check-ins, one use --------------------------------------------------------
say "Check: simultaneous check-ins of one authorization on both nodes ..."
numbers=$(sql "SELECT \"Number\" FROM \"Authorizations\" WHERE \"Status\" = 'Active' AND \"UsedAt\" IS NULL AND \"VoidedAt\" IS NULL AND \"ValidUntil\" > current_date + 1 ORDER BY \"Number\"")
[ -n "$numbers" ] || fail "the demo data has no open authorization to check in"
raced=0
for number in $numbers; do
  body_a=$(printf '{"externalVisitId":"CL-AUTH-%s-A"}' "$number") body_b=$(printf '{"externalVisitId":"CL-AUTH-%s-B"}' "$number")
  statuses=$(python3 "$tools" race "$A/api/ops/v1/authorizations/$number/check-in" "$body_a" "$B/api/ops/v1/authorizations/$number/check-in" "$body_b")
  case "$statuses" in
    "200 409"|"409 200") ;;
    *) fail "checking in authorization $number on both nodes at once answered '$statuses' (one 200 and one 409 expected)" ;;
  esac
  used_by=$(sql "SELECT \"UsedByVisitId\" FROM \"Authorizations\" WHERE \"Number\" = '$number'")
  uses=$(sql "SELECT count(*) FROM \"AuthorizationStatusChanges\" c JOIN \"Authorizations\" a ON a.\"Id\" = c.\"AuthorizationId\" WHERE a.\"Number\" = '$number' AND c.\"Status\" = 'Used'")
  winner=CL-AUTH-$number-A
  [ "$statuses" = "409 200" ] && winner=CL-AUTH-$number-B
  [ "$used_by" = "$winner" ] && [ "$uses" = 1 ] || fail "authorization $number: used by '$used_by' with $uses use(s) recorded, after the check-in of $winner answered 200"
  raced=$((raced + 1))
done
pass "each of $raced authorizations checked in at the same moment on both nodes is used once (one 200, one 409, one use recorded)"

# --- 4. SIGKILL of the worker mid-sweep ---------------------------------------------------------------------------------
# The no-show letters of one company go to one recipient (Globex's admin, its notices contact too); wait until earlier
# work is sent so the email of this no-show is its own.
quiet() {
  [ "$(sql "SELECT (SELECT count(*) FROM \"PendingNotices\" WHERE \"SentAt\" IS NULL AND \"DueAt\" <= now()) + (SELECT count(*) FROM \"OutboxMessages\" WHERE \"Status\" = 'Pending')")" = 0 ]
}
say "Check: the worker killed mid-sweep (waiting for the earlier notices and emails to go out first) ..."
wait_for 180 "sending the notices and emails of the demo data and of the checks so far" quiet
noshow_1="CL-NS1-$tag"
register_visit "$A" "$noshow_1" 100300 "Noshow$tag"
# Hold the letters table so the sweep's transaction waits there, open, until the worker is killed.
mkfifo "$run/lock.fifo"
PGAPPNAME=cluster-lock "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$PG_PORT" -U portal_admin -d employer_portal <"$run/lock.fifo" >"$logs/lock.log" 2>&1 &
lock_pid=$!
exec 7>"$run/lock.fifo"
echo 'BEGIN; LOCK TABLE "GeneratedLetters" IN SHARE MODE;' >&7
lock_held() { [ "$(sql "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid WHERE c.relname = 'GeneratedLetters' AND l.mode = 'ShareLock' AND l.granted AND a.application_name = 'cluster-lock'")" = 1 ]; }
wait_for 30 "taking the lock on the letters table" lock_held
status=$(ops_post "$B" "/visits/$noshow_1/status" "{\"status\":\"NoShow\",\"at\":\"$(date -u +%FT%TZ)\"}" "$run/noshow.json")
[ "$status" = 200 ] || { cat "$run/noshow.json"; echo; fail "marking $noshow_1 no-show on node B answered $status"; }
sweep_waiting() { [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'worker-1' AND wait_event_type = 'Lock' AND query LIKE '%GeneratedLetters%'")" -ge 1 ]; }
wait_for 120 "the worker's no-show sweep reaching the letters table" sweep_waiting
kill -KILL "${node_pid[worker-1]}"
wait "${node_pid[worker-1]}" 2>/dev/null
node_pid[worker-1]=""
echo 'ROLLBACK;' >&7
exec 7>&-
wait "$lock_pid" 2>/dev/null
lock_pid=""
[ "$(letters_of "$noshow_1")" = 0 ] || fail "the letter of $noshow_1 was committed although its sweep was killed waiting"
say "worker-1 killed with SIGKILL inside the no-show sweep (its transaction open, waiting at the letters table); restarting it ..."
start_node worker-1 Worker "$port_w1"
wait_ready worker-1
one_letter_and_email() { [ "$(letters_of "$1")" -ge 1 ] && [ "$(emails_of "$1")" -ge 1 ]; }
wait_for 240 "the letter and the email of $noshow_1 after the restart" one_letter_and_email "$noshow_1"
exactly_one() { # externalVisitId: exactly one letter (record and document) and one email
  local letters documents emails
  letters=$(letters_of "$1") documents=$(letter_documents_of "$1") emails=$(emails_of "$1")
  [ "$letters" = 1 ] && [ "$documents" = 1 ] && [ "$emails" = 1 ] \
    || fail "$1: $letters letter record(s), $documents letter document(s), $emails email(s) — one of each expected"
}
exactly_one "$noshow_1"
pass "a no-show pushed while the worker was killed with SIGKILL mid-sweep and restarted gives exactly one letter and one email"

# --- 5. A second worker beside the first --------------------------------------------------------------------------------
say "Check: a second worker beside the first ..."
start_node worker-2 Worker "$port_w2"
wait_ready worker-2
worker2_pid=${node_pid[worker-2]}
noshow_2="CL-NS2-$tag"
register_visit "$B" "$noshow_2" 100300 "Noshowtwo$tag"
status=$(ops_post "$A" "/visits/$noshow_2/status" "{\"status\":\"NoShow\",\"at\":\"$(date -u +%FT%TZ)\"}" "$run/noshow.json")
[ "$status" = 200 ] || { cat "$run/noshow.json"; echo; fail "marking $noshow_2 no-show on node A answered $status"; }
wait_for 240 "the letter and the email of $noshow_2 with two workers" one_letter_and_email "$noshow_2"
# Hangfire names each server <machine>:<pid>:<guid>; a job the second worker ran has its pid in its Processing state.
second_worker_swept() {
  [ "$(sql "SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid WHERE s.name = 'Processing' AND s.data::text LIKE '%:$worker2_pid:%' AND (j.invocationdata::text LIKE '%NoShowLetterJob%' OR j.invocationdata::text LIKE '%NoticeJob%' OR j.invocationdata::text LIKE '%EmailOutboxJob%')")" -ge 1 ]
}
second_worker_server() { [ "$(sql "SELECT count(*) FROM hangfire.server WHERE id LIKE '%:$worker2_pid:%'")" -ge 1 ]; }
wait_for 60 "the second worker joining Hangfire's servers" second_worker_server
# Which worker takes a job is Hangfire's choice: give the second one a minute of sweeps, and say how many it ran.
for _ in $(seq 1 30); do check_deadline; second_worker_swept && break; sleep 2; done
second_sweeps=$(sql "SELECT count(*) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid WHERE s.name = 'Processing' AND s.data::text LIKE '%:$worker2_pid:%'")
wait_for 120 "the outbox emptying" quiet
exactly_one "$noshow_1"
exactly_one "$noshow_2"
duplicates=$(python3 "$tools" duplicate-ids "$mail")
[ "$duplicates" = 0 ] || fail "$duplicates email(s) in the SMTP sink repeat the Message-ID of another"
pass "a second worker started beside the first (it ran $second_sweeps job(s)) changes nothing: one letter and one email per no-show, no Message-ID twice in $(ls "$mail" | wc -l) emails"

# --- 6. Rolling restart of the web nodes under load --------------------------------------------------------------------
say "Check: web nodes stopped and started one at a time while wrk drives the balancer ..."
sign_in "$LB" admin@acme.example "$run/jar-wrk"
cat >"$run/rolling.lua" <<'EOF'
-- GETs in turn: liveness, readiness (the database) and a signed-in page; every answer but 200 counts.
local paths = { "/health/live", "/health/ready", "/Dashboard" }
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) not_ok = 0; n = 0 end
function request() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end
function response(status, headers, body) if status ~= 200 then not_ok = not_ok + 1 end end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("not_ok") end
  local e = summary.errors
  io.write(string.format("ROLLING requests=%d not_200=%d socket_errors=%d\n", summary.requests, bad,
    e.connect + e.read + e.write + e.timeout))
end
EOF
documents_before=$(sql 'SELECT count(*) FROM "ResultDocuments"')
wrk -t 2 -c 8 -d 600s --timeout 20s -H "Cookie: $session" -s "$run/rolling.lua" "$LB" >"$logs/wrk.log" 2>&1 &
wrk_pid=$!
# Meanwhile ops tooling registers visits through the balancer, one after another, retrying what the balancer answers
# with an error (registration is idempotent by externalVisitId); each acknowledged visit is written down.
(
  i=0
  while [ ! -f "$run/writer.stop" ]; do
    i=$((i + 1))
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      code=$(ops_post "$LB" /visits "$(visit_body "CL-ROLL-$tag-$i" 100200 "Rolling$tag")")
      case "$code" in 200|201) echo "CL-ROLL-$tag-$i" >>"$run/acknowledged"; break ;; *) echo "$code" >>"$run/writer-errors"; sleep 0.5 ;; esac
    done
    sleep 0.2
  done
) &
writer_pid=$!
sleep 3
for name in web-a web-b; do
  say "stopping $name (SIGTERM) under load ..."
  stop_node "$name"
  sleep 2
  if [ "$name" = web-a ]; then start_node web-a Web "$port_a"; else start_node web-b Web "$port_b"; fi
  wait_ready "$name"
  say "$name is back"
  sleep 3
done
touch "$run/writer.stop"
wait "$writer_pid"
writer_pid=""
kill -INT "$wrk_pid"
wait "$wrk_pid"
wrk_pid=""
line=$(grep '^ROLLING ' "$logs/wrk.log") || { cat "$logs/wrk.log"; fail "wrk printed no result"; }
field() { echo "$line" | grep -o " $1=[0-9]*" | cut -d= -f2; }
requests=$(field requests) not_200=$(field not_200) socket_errors=$(field socket_errors)
[ "$requests" -gt 0 ] && [ "$not_200" = 0 ] && [ "$socket_errors" = 0 ] \
  || { awk '$1 != 200 { print $1, $2, $3, $5 }' "$logs/nginx-access.log" | sort | uniq -c | sort -rn | head -n 10
         fail "through the rolling restart wrk saw $requests requests, $not_200 not 200, $socket_errors socket errors"; }
acknowledged=$(sort -u "$run/acknowledged" 2>/dev/null | wc -l)
[ "$acknowledged" -gt 0 ] || fail "no visit registration through the balancer was acknowledged during the restarts"
stored=$(sql "SELECT count(*) FROM \"VisitResults\" WHERE \"ExternalVisitId\" LIKE 'CL-ROLL-$tag-%'")
[ "$stored" = "$acknowledged" ] || fail "$acknowledged visit registrations were acknowledged through the balancer, $stored are in the database"
[ "$(sql 'SELECT count(*) FROM "ResultDocuments"')" = "$documents_before" ] || fail "the number of result documents changed during the restarts"
status=$(curl -s --max-time 30 -o "$run/download-lb.pdf" -w '%{http_code}' -H "Cookie: $session" "$LB/Results/Document/$document?handler=Download")
[ "$status" = 200 ] && [ "$(sha256sum "$run/download-lb.pdf" | cut -d' ' -f1)" = "$uploaded_sha" ] \
  || fail "after the restarts the result of check 2 does not download with its bytes through the balancer ($status)"
post_errors=0
[ -f "$run/writer-errors" ] && post_errors=$(wc -l <"$run/writer-errors")
pass "both web nodes restarted one at a time under wrk: $requests GETs through nginx, 0 not 200, 0 socket errors; $acknowledged visits registered meanwhile all stored ($post_errors POST answer(s) retried by the client); the documents unchanged"

say "Done in $(( $(date +%s) - started ))s."
echo "cluster holds: $checks checks"
