# Shared by the benchmarks (bench/run, bench/menu/run): tools, starting and always stopping Entente and its
# embedded PostgreSQL, talking to both, running wrk and pgbench, CPU accounting, percentiles, the machine's
# description. Sourced, not run. Before sourcing, a script sets ROOT (the repository) and BENCH_NAME (for the
# temporary directory); it may set ENTENTE_JAR and JAVA. After sourcing it has WORK (removed on exit), log, die,
# and a cleanup trap that stops everything it started, also on failure or Ctrl-C.
# Talks to loopback addresses only.

# progress goes to fd 3, a copy of stderr: a trap may run inside a command whose stderr goes to a file
exec 3>&2
log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&3; }
die() { log "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------- tools

as_root_install() { # package...
  if [ "$(id -u)" != 0 ]; then die "missing $*: install it (apt-get install -y $*) and run again"; fi
  log "installing $* (Debian packages)"
  timeout 600 apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { timeout 300 apt-get update -qq >/dev/null 2>&1 && timeout 600 apt-get install -y -qq "$@" >/dev/null; } \
    || die "apt-get install $* failed"
}
command -v wrk >/dev/null || as_root_install wrk
command -v curl >/dev/null || as_root_install curl
command -v jq >/dev/null || as_root_install jq
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
PSQL=/usr/lib/postgresql/15/bin/psql
if [ ! -x "$PGBENCH" ] || [ ! -x "$PSQL" ]; then
  if ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then as_root_install postgresql-client; fi
  [ -x "$PGBENCH" ] || PGBENCH=$(command -v pgbench)
  [ -x "$PSQL" ] || PSQL=$(command -v psql)
fi
command -v wrk2 >/dev/null && HAVE_WRK2=yes || HAVE_WRK2=no

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ ! -x "$JAVA" ]; then
  JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1 || true)
  [ -n "$JAVA" ] && [ -x "$JAVA" ] || die "no java 25 under /usr/lib/jvm: set JAVA"
fi
JAR=${ENTENTE_JAR:-$ROOT/target/entente.jar}
# operator's commands beside the server (catalogue generate, audit verify) are not measured: the quick compiler
# alone starts them faster on a busy machine
COMMAND_JAVA_OPTS="-XX:TieredStopAtLevel=1"

build_jar() { # builds $JAR when missing, or always with "always"
  if [ ! -f "$JAR" ] || [ "${1:-}" = always ]; then
    log "building $JAR (./mvnw -DskipTests package in $ROOT)"
    (cd "$ROOT" && timeout 1200 ./mvnw -B -ntp -q -DskipTests package) || die "build failed"
    [ -f "$JAR" ] || die "the build made no $JAR"
  fi
}

# ---------------------------------------------------------------- clean-up: always

WORK=$(mktemp -d "/tmp/entente-${BENCH_NAME:-bench}-bench.XXXXXX")
SERVER_PID=
PG_PID=
PG_PORT=
PG_VERSION=
PORT=
DATA=
CHILD=
BACKGROUND=() # load generators started with "&" (crash run): stopped by cleanup too
ADMIN_PASSWORD="Bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
USER_PASSWORD="Menu-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

wait_gone() { # pid seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do alive "$1" || return 0; sleep 0.1; done
  ! alive "$1"
}

stop_background() {
  local p
  for p in "${BACKGROUND[@]}"; do
    # a benchmark script in the background (bench/rls/run) needs time to stop its own Entente
    if alive "$p"; then kill -TERM "$p" 2>/dev/null || true; wait_gone "$p" 100 || kill -KILL "$p" 2>/dev/null || true; fi
  done
  BACKGROUND=()
}

# the embedded PostgreSQL is not our child (it is re-parented), and outlives a JVM killed with -9: stop it too
stop_postgres() {
  if alive "$PG_PID"; then
    if ! wait_gone "$PG_PID" "${1:-30}"; then
      log "the embedded PostgreSQL (pid $PG_PID) outlived Entente: fast shutdown"
      kill -INT "$PG_PID" 2>/dev/null || true
      wait_gone "$PG_PID" 30 || { kill -QUIT "$PG_PID" 2>/dev/null || true; wait_gone "$PG_PID" 10 || true; }
    fi
    alive "$PG_PID" && log "WARNING: PostgreSQL pid $PG_PID is still running"
  fi
  PG_PID=
}

stop_server() {
  if alive "$CHILD"; then kill -TERM "$CHILD" 2>/dev/null || true; wait_gone "$CHILD" 10 || kill -KILL "$CHILD" 2>/dev/null || true; fi
  CHILD=
  local grace=30 # the JVM stops its PostgreSQL; after a kill -9 nobody will, so do not wait for it
  alive "$SERVER_PID" || grace=1
  if alive "$SERVER_PID"; then
    log "stopping Entente (pid $SERVER_PID)"
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    if ! wait_gone "$SERVER_PID" 90; then
      log "Entente did not stop in 90 s: killing it"
      kill -KILL "$SERVER_PID" 2>/dev/null || true
      wait_gone "$SERVER_PID" 10 || true
    fi
  fi
  [ -n "$SERVER_PID" ] && { wait "$SERVER_PID" 2>/dev/null || true; }
  SERVER_PID=
  stop_postgres "$grace"
}

# what is left of this run: any process whose command line names the temporary directory (the JVM's data
# directory, PostgreSQL's -D, wrk's scripts and files)
leftovers() { pgrep -f -- "$WORK" 2>/dev/null | grep -vx "$$" || true; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop_background
  stop_server
  if [ "$rc" != 0 ] && [ "$rc" != 130 ] && [ "$rc" != 143 ] && ls "$WORK"/server-*.log >/dev/null 2>&1; then
    log "last lines of the server log:"
    tail -n 15 "$(ls -t "$WORK"/server-*.log | head -1)" >&3 || true
  fi
  local left; left=$(leftovers)
  [ -z "$left" ] || log "WARNING: still running after clean-up: $(echo "$left" | tr '\n' ' ')"
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT
trap 'log "terminated"; exit 143' TERM
trap 'log "error on line $LINENO: $BASH_COMMAND"' ERR

# runs a command in the background and waits for it, so that Ctrl-C and TERM reach the trap at once
child() {
  "$@" &
  CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

# ---------------------------------------------------------------- Entente and its database

# a port below the kernel's ephemeral range: the embedded PostgreSQL takes "any free port" there before Tomcat
# binds ours, so a port chosen inside that range can be taken between the check and the start (CI, 2026-11-29)
free_port() {
  local i port low
  low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  ((low > 11000)) || low=32768
  for ((i = 0; i < 100; i++)); do
    port=$(( 10000 + RANDOM % (low - 10000) ))
    if ! ss -Htln "sport = :$port" 2>/dev/null | grep -q .; then echo "$port"; return 0; fi
  done
  die "no free port found"
}

psql_q() { # sql... (as postgres, on the embedded database; one value per line)
  PGCONNECT_TIMEOUT=10 PGOPTIONS="-c statement_timeout=${PSQL_TIMEOUT:-600s} -c client_min_messages=warning" \
    "$PSQL" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d entente "$@"
}

# the caller's context, as the application sets it at the start of every transaction
as_reader() { # sql
  printf "begin transaction read only;\nset local role entente_app;\nselect set_config('app.user_id', '%s', true), set_config('app.username', '%s', true), set_config('app.grants', '%s', true) \\\\gset\n%s\ncommit;\n" \
    "$USER_ID" "$USERNAME" "$GRANTS" "$1"
}

api() { # method path [json] (with the current token)
  local args=(-sS --max-time 60 -X "$1" "http://127.0.0.1:$PORT$2" -H 'Content-Type: application/json')
  [ -n "${TOKEN:-}" ] && args+=(-H "Authorization: Bearer $TOKEN")
  [ $# -ge 3 ] && args+=(-d "$3")
  curl "${args[@]}" -w '\n%{http_code}'
}
api_ok() { # like api, fails unless 2xx; prints the body
  local out code
  out=$(api "$@") || die "$1 $2: no answer"
  code=${out##*$'\n'}
  [[ "$code" == 2* ]] || die "$1 $2 answered $code: ${out%$'\n'*}"
  printf '%s' "${out%$'\n'*}"
}

# starts Entente on a fresh data directory ($WORK/data-<label>), or with "again" on the current one (after a
# crash: the application stops the orphaned PostgreSQL itself); sets READY_SECONDS, the time from the JVM's
# start to the first successful readiness probe. SERVER_ARGS: more arguments for Entente (--name=value)
start_server() { # label [again]
  local i t0
  if [ "${2:-}" != again ]; then DATA=$WORK/data-$1; mkdir -p "$DATA"; fi
  PORT=$(free_port)
  log "starting Entente on 127.0.0.1:$PORT ($1, data in $DATA)"
  t0=$(date +%s%N)
  ENTENTE_DATA_DIR=$DATA ENTENTE_DEMO=false ENTENTE_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    "$JAVA" ${ENTENTE_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 ${SERVER_ARGS:-} \
    >>"$WORK/server-$1.log" 2>&1 &
  SERVER_PID=$!
  for ((i = 0; i < 900; i++)); do # 180 s
    alive "$SERVER_PID" || die "Entente exited while starting"
    if curl -sf --max-time 2 "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    sleep 0.2
  done
  [ "$i" -lt 900 ] || die "Entente was not ready in 180 s"
  READY_SECONDS=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  PG_PID=$(sed -n 1p "$DATA/postgres/postmaster.pid")
  PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  PG_VERSION=$(psql_q -c "show server_version")
  log "ready in ${READY_SECONDS} s; embedded PostgreSQL $PG_VERSION, pid $PG_PID, port $PG_PORT"
}

# an account with one role in one organisation, and its bearer token in TOKEN and $WORK/token-<username>
new_account() { # username organisation role -> sets USER_ID, USERNAME, GRANTS, TOKEN
  TOKEN=
  TOKEN=$(api_ok POST /api/v1/auth/token "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .token)
  USERNAME=$1
  GRANTS=$2:$3
  USER_ID=$(api_ok POST /api/v1/users "{\"username\":\"$USERNAME\",\"password\":\"$USER_PASSWORD\",\"displayName\":\"Benchmark ($2 $3)\",\"memberships\":[{\"organisation\":\"$2\",\"role\":\"$3\"}]}" | jq -r .id)
  TOKEN=
  TOKEN=$(api_ok POST /api/v1/auth/token "{\"username\":\"$USERNAME\",\"password\":\"$USER_PASSWORD\"}" | jq -r .token)
  [ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no token for $USERNAME"
  [ "$(api_ok GET /api/v1/users/me | jq -r .id)" = "$USER_ID" ] || die "the token is not $USERNAME's"
  printf '%s\n' "$TOKEN" >"$WORK/token-$USERNAME"
}

# the reader of the menu benchmarks: a national coordinator of GEO; its token also in $WORK/token
setup_reader() {
  new_account "${READER_NAME:-bench.geo.coordinator}" GEO NATIONAL_COORDINATOR
  cp "$WORK/token-$USERNAME" "$WORK/token"
}

generate() { # activities [events per activity]
  local timeout=$(( $1 * ${2:-2} / 200 + 300 ))
  log "generating $1 activities, ${2:-2} events each on average (catalogue generate, beside the running server)"
  local t0=$SECONDS opts=$COMMAND_JAVA_OPTS have attempt
  [ "$1" -le 10000 ] || opts= # a long generation is better served by the optimising compiler
  for attempt in 1 2; do
    have=$(psql_q -c "select count(*) from catalogue_activity")
    [ "$have" -lt "$1" ] || break
    # each batch of 5,000 commits on its own: after a failure, the second attempt adds what is missing
    if ENTENTE_DATA_DIR=$DATA child timeout "$timeout" "$JAVA" $opts -jar "$JAR" catalogue generate "$(( $1 - have ))" \
         --events-per-activity="${2:-2}" >"$WORK/generate-$attempt.log" 2>&1; then
      continue
    fi
    log "catalogue generate failed (attempt $attempt), first errors:"
    grep -m 6 -E 'Exception|Caused by|ERROR|FATAL' "$WORK/generate-$attempt.log" >&3 || tail -n 20 "$WORK/generate-$attempt.log" >&3
    GEN_NOTE="catalogue generate failed once and was resumed: $(grep -m 1 -E 'Caused by' "$WORK/generate-$attempt.log" | cut -c1-160)"
  done
  have=$(psql_q -c "select count(*) from catalogue_activity")
  [ "$have" -ge "$1" ] || die "catalogue generate made $have of $1 activities"
  GEN_SECONDS=$(( SECONDS - t0 ))
  log "generated in ${GEN_SECONDS} s; vacuum analyze"
  psql_q -c "vacuum (analyze) catalogue_activity, catalogue_event"
}

# cancel what the application still runs for requests a load generator has given up on (a search can
# outlast a run by minutes): otherwise it would eat the CPU of the next measurement
quiesce() {
  local i idle=0 n
  for ((i = 0; i < 120; i++)); do
    n=$(psql_q -c "select count(pg_cancel_backend(pid)) from pg_stat_activity where datname = 'entente'
                   and backend_type = 'client backend' and state = 'active' and pid <> pg_backend_pid()")
    if [ "$n" = 0 ]; then idle=$((idle + 1)); [ "$idle" -ge 3 ] && return 0; else idle=0; fi
    sleep 0.5
  done
  log "WARNING: the database did not become idle in 60 s"
}

# ---------------------------------------------------------------- load and measurements

us_to_ms() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }

pct() { # sorted-file percent
  awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print 0; exit } i = int((p * NR + 99) / 100); if (i < 1) i = 1; print v[i] }' "$1"
}

median() { # numbers... -> the middle one (the lower of the two middle ones for an even count)
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int((NR + 1) / 2)] }'
}

# wrk, closed loop: -t threads -c connections each send their next request when the previous one is answered.
# WRK_THREADS, WRK_CONNECTIONS, WRK_TIMEOUT from the caller; bench/api.lua's done() line -> W_*
run_wrk() { # mode seconds list-file [rate per connection] [log prefix] [token file]
  local out=$WORK/wrk-$1.out hooks=0
  [ "${4:-0}" != 0 ] || [ "${5:--}" != - ] && hooks=1
  API_LUA_HOOKS=$hooks child timeout $(( $2 + WRK_TIMEOUT + 60 )) wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$2s" --latency \
    --timeout "${WRK_TIMEOUT}s" -s "$ROOT/bench/api.lua" "http://127.0.0.1:$PORT" -- "$1" "${6:-$WORK/token}" "$3" "${4:-0}" "${5:--}" \
    >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed"; }
  local line; line=$(grep '^WRK_RESULT' "$out") || { cat "$out" >&2; die "wrk printed no result"; }
  W_N=$(sed -E 's/.* requests=([0-9]+).*/\1/' <<<"$line")
  W_RPS=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")
  W_P50=$(sed -E 's/.* p50_us=([0-9]+).*/\1/' <<<"$line")
  W_P95=$(sed -E 's/.* p95_us=([0-9]+).*/\1/' <<<"$line")
  W_P99=$(sed -E 's/.* p99_us=([0-9]+).*/\1/' <<<"$line")
  W_ERR=$(awk '{ s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^err_/) { split($i, kv, "="); s += kv[2] } print s }' <<<"$line")
  W_LINE=$line
}

# pgbench on the embedded database: PGBENCH_MODE (prepared|extended), SLOW_LIMIT from the caller; -> P_*.
# A warm-up (PGBENCH_WARMUP=1) is cut off after its time, whatever it was doing.
run_pgbench() { # name script seconds clients [extra pgbench options]
  local name=$1 script=$2 seconds=$3 clients=$4; shift 4
  local dir=$WORK/pgbench-$name; rm -rf "$dir"; mkdir -p "$dir"
  local limit=$(( seconds + ${SLOW_LIMIT:-60} + 30 )); [ "${PGBENCH_WARMUP:-0}" = 1 ] && limit=$(( seconds + 10 ))
  local rc=0
  PGCONNECT_TIMEOUT=10 child timeout -s INT "$limit" "$PGBENCH" -n \
     -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$clients" -j "$clients" -M "${PGBENCH_MODE:-prepared}" -f "$script" \
     --log --log-prefix="$dir/tx" "$@" entente >"$dir/out" 2>&1 || rc=$?
  if [ "${PGBENCH_WARMUP:-0}" = 1 ]; then quiesce; return 0; fi
  if [ "$rc" != 0 ] || grep -qiE 'aborted|error' "$dir/out"; then
    cat "$dir/out" >&2
    [ "$rc" = 124 ] && log "pgbench did not finish in $limit s" || die "pgbench failed ($rc)"
  fi
  P_N=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$dir/out"); P_N=${P_N:-0}
  P_TPS=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$dir/out" | head -1); P_TPS=${P_TPS:-0}
  P_SECONDS=$(awk -v n="$P_N" -v t="$P_TPS" 'BEGIN { if (t > 0) printf "%.0f", n / t; else print "?" }')
  # per-transaction latencies (third field, microseconds) from pgbench's --log
  cat "$dir"/tx* 2>/dev/null | awk '$3 ~ /^[0-9]+$/ { print $3 }' | sort -n >"$dir/lat" || true
  P_P50=$(pct "$dir/lat" 50); P_P95=$(pct "$dir/lat" 95); P_P99=$(pct "$dir/lat" 99)
}

# CPU time (clock ticks) used so far by the JVM, by the embedded PostgreSQL (the postmaster, its live children and
# the children it has reaped: pgbench's backends end with pgbench), by the whole machine; and the time (ns)
cpu_snapshot() {
  local jvm pg p busy
  jvm=$(sed -E 's/^.*\) //' "/proc/$SERVER_PID/stat" 2>/dev/null | awk '{ print $12 + $13 }') || jvm=0
  pg=$(sed -E 's/^.*\) //' "/proc/$PG_PID/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }') || pg=0
  for p in $(pgrep -P "$PG_PID" 2>/dev/null || true); do
    pg=$(( pg + $(sed -E 's/^.*\) //' "/proc/$p/stat" 2>/dev/null | awk '{ print $12 + $13 }' || echo 0) ))
  done
  busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)
  echo "${jvm:-0} ${pg:-0} $busy $(date +%s%N)"
}
cpu_share() { # before after -> "JVM a%, PostgreSQL b%, rest c% of N CPUs"
  awk -v b="$1" -v a="$2" -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" 'BEGIN {
    split(b, x, " "); split(a, y, " "); cap = (y[4] - x[4]) / 1e9 * hz * n / 100
    if (cap <= 0) { print "?"; exit }
    j = (y[1] - x[1]) / cap; p = (y[2] - x[2]) / cap; t = (y[3] - x[3]) / cap
    printf "JVM %.0f%%, PostgreSQL %.0f%%, rest %.0f%% of %d CPUs", j, p, t - j - p, n }'
}

# ---------------------------------------------------------------- the machine

machine_lines() { # markdown list items describing the machine, the software and the commit
  local cpu mem commit
  cpu=$(sed -nE 's/^model name\s*:\s*//p' /proc/cpuinfo | head -1)
  mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
  [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no -- . ':!bench' 2>/dev/null)" ] && commit="$commit (work tree modified)"
  echo "- commit: $commit; jar: $JAR ($(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'))"
  echo "- machine: $(nproc) CPUs, $cpu, $mem memory; $(uname -sr)"
  echo "- $("$JAVA" -version 2>&1 | head -1); server: PostgreSQL (embedded) ${PG_VERSION:-18}; $("$PGBENCH" --version); $({ wrk -v 2>&1 || true; } | head -1 | cut -d' ' -f1-2)"
  echo "- load average before the run: ${LOAD_BEFORE:-?}; after: $(cut -d' ' -f1-3 /proc/loadavg) (uptime: $(uptime | sed 's/^ *//'))"
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
