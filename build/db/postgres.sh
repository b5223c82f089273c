#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, for the test lane (and anything else that needs a real server).
#   source build/db/postgres.sh; pg_start && echo "$PORTAL_TEST_POSTGRES"; ...; pg_stop
# pg_start installs Debian's postgresql when initdb is missing, makes a data folder of its own under a temp dir,
# starts the server on a free loopback port (initdb and start at most 30 s each) and exports PORTAL_TEST_POSTGRES, a connection string
# of a superuser over TCP. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
# On failure it prints why and returns non-zero; pg_stop stops the server and deletes the folder.

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

# pg_as SECONDS COMMAND...: runs the command as the server's user, killed after SECONDS.
pg_as() {
  local seconds=$1; shift
  if [ "${#PG_RUN[@]}" -eq 0 ]; then timeout "$seconds" "$@"
  elif [ "${PG_RUN[0]}" = su ]; then timeout "$seconds" su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  else timeout "$seconds" "${PG_RUN[@]}" "$@"; fi
}

pg_start() {
  PG_BIN=$(pg_bin_dir) || {
    echo "Installing postgresql ..."
    local sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive timeout 600 $sudo_cmd apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(pg_bin_dir) || { echo "PostgreSQL: initdb not found after installing postgresql."; return 1; }
  }

  PG_RUN=()
  PG_USER=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres \
      || { echo "PostgreSQL: cannot create the postgres user to run the server as."; return 1; }
    PG_USER=postgres
    if command -v runuser >/dev/null 2>&1; then PG_RUN=(runuser -u postgres --); else PG_RUN=(su); fi
  fi

  PG_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX) || { echo "PostgreSQL: cannot make a temp folder."; return 1; }
  chmod 755 "$PG_DIR"
  mkdir -p "$PG_DIR/data" "$PG_DIR/socket"
  [ "$PG_USER" = postgres ] && [ "$(id -u)" -eq 0 ] && chown -R postgres "$PG_DIR/data" "$PG_DIR/socket"
  chmod 700 "$PG_DIR/data"
  PG_PORT=$(pg_free_port)

  if ! pg_as 30 "$PG_BIN/initdb" -D "$PG_DIR/data" -U portal_admin --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
    echo "PostgreSQL: initdb failed:"; tail -n 20 "$PG_DIR/initdb.log"; pg_stop; return 1
  fi

  if ! pg_as 30 "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/data/server.log" -w -t 25 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR/socket -c fsync=off -c max_connections=300" start >"$PG_DIR/pg_ctl.log" 2>&1; then
    echo "PostgreSQL: the server did not start on 127.0.0.1:$PG_PORT within 30 s:"
    tail -n 20 "$PG_DIR/pg_ctl.log" "$PG_DIR/data/server.log" 2>/dev/null
    pg_stop
    return 1
  fi

  export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=portal_admin;Database=postgres;Pooling=true;Timeout=15;Command Timeout=60"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DIR/data)"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    pg_as 30 "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
      || { local pid; pid=$(head -n 1 "$PG_DIR/data/postmaster.pid" 2>/dev/null); [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; }
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
  unset PORTAL_TEST_POSTGRES
}
