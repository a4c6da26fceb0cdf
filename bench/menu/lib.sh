# The menu's search and activity-detail measurements, shared by bench/menu/run and bench/run. Sourced after
# bench/lib.sh, with Entente running and setup_reader done. The caller sets DURATION, WARMUP, RUNS (measured runs,
# the median is kept), WRK_THREADS, WRK_CONNECTIONS, WRK_TIMEOUT, PGBENCH_CLIENTS, PGBENCH_MODE and SLOW_LIMIT.
# Results go to R[<search|detail>,<scale>,<key>] (declare -A R first).

MENU_DIR=$ROOT/bench/menu
WORDS=(security sécurité border frontières cyber exercise cours)
CODES=200

prepare_lists() {
  printf '%s\n' "${WORDS[@]}" >"$WORK/words"
  # 200 codes the GEO coordinator may see (row-level security decides, as for the application), spread
  psql_q -f <(as_reader "select code from catalogue_activity where status = 'PUBLISHED' order by md5(code) limit $CODES;") \
    | grep -E '^[A-Z0-9][A-Z0-9-]+$' >"$WORK/codes"
  [ "$(wc -l <"$WORK/codes")" -eq "$CODES" ] || die "found $(wc -l <"$WORK/codes") visible codes, wanted $CODES"
  local first; first=$(head -1 "$WORK/codes")
  [ "$(api_ok GET "/api/v1/activities/$first" | jq -r .code)" = "$first" ] || die "the API does not show $first"
  # scratch tables for pgbench, owned by postgres, outside the application's schema
  psql_q <<SQL
drop schema if exists bench cascade;
create schema bench;
create table bench.words (n int primary key, word text not null);
create table bench.codes (n int generated always as identity primary key, code text not null);
SQL
  local i=0 w
  for w in "${WORDS[@]}"; do i=$((i + 1)); psql_q -v n="$i" -v w="$w" <<<"insert into bench.words values (:n, :'w');"; done
  psql_q -c "\\copy bench.codes (code) from '$WORK/codes'"
  [ "$(psql_q -c 'select count(*) from bench.codes')" = "$CODES" ] || die "bench.codes is not filled"
}

menu_counts() { # scale-label: what was loaded, and how many published activities each word matches
  local scale=$1
  R[activities,$scale]=$(psql_q -c "select count(*) from catalogue_activity")
  R[events,$scale]=$(psql_q -c "select count(*) from catalogue_event")
  R[organisations,$scale]=$(psql_q -c "select count(*) from directory_organisation" 2>/dev/null || echo "?")
  R[words,$scale]=$(psql_q -c "select string_agg(format('%s %s', w, (select count(*) from catalogue_activity a where a.status = 'PUBLISHED'
      and (a.search_en @@ websearch_to_tsquery('english', w) or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(w))))), ', ')
      from unnest(array['$(IFS=,; echo "${WORDS[*]}" | sed "s/,/','/g")']) w")
  log "menu: ${R[activities,$scale]} activities, ${R[events,$scale]} events; matches: ${R[words,$scale]}"
}

pgbench_menu() { # name script seconds clients [extra pgbench options: they override the defaults]
  local name=$1 script=$2 seconds=$3 clients=$4; shift 4
  run_pgbench "$name" "$script" "$seconds" "$clients" -D user_id="$USER_ID" -D username="$USERNAME" -D grants="$GRANTS" \
    -D status=PUBLISHED -D wlo=1 -D whi=${#WORDS[@]} -D ncodes=$CODES "$@"
}

# RUNS runs through the API (wrk, closed loop), then RUNS raw (pgbench); results in R[<key>,<scale>,…]. By default
# the key is the mode, the list the words or codes and the script <mode>.sql; the per-query rows name their own.
menu_scenario() { # search|detail scale-label [key list-file pgbench-script [pgbench options...]]
  local mode=$1 scale=$2 s=${3:-$1} list=${4:-$WORK/words} script=${5:-$MENU_DIR/$1.sql} run before
  local pgopts=(); [ $# -gt 5 ] && pgopts=("${@:6}")
  local rps=() p50=() p95=() p99=() n=() err=0 tps=() q50=() q95=() q99=() qn=()
  [ "$mode" = detail ] && [ -z "${4:-}" ] && list=$WORK/codes
  log "$s @ $scale: app warm-up ${WARMUP} s"
  run_wrk "$mode" "$WARMUP" "$list"; quiesce
  for ((run = 1; run <= ${RUNS:-1}; run++)); do
    log "$s @ $scale: app run $run of ${RUNS:-1}, ${DURATION} s (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS)"
    before=$(cpu_snapshot)
    run_wrk "$mode" "$DURATION" "$list"
    R[$s,$scale,app_cpu]=$(cpu_share "$before" "$(cpu_snapshot)")
    quiesce
    rps+=("$W_RPS"); p50+=("$W_P50"); p95+=("$W_P95"); p99+=("$W_P99"); n+=("$W_N"); err=$((err + W_ERR))
    log "  $W_LINE"
    log "  CPU during the run: ${R[$s,$scale,app_cpu]}"
  done
  R[$s,$scale,app_rps]=$(median "${rps[@]}"); R[$s,$scale,app_n]=$(median "${n[@]}"); R[$s,$scale,app_err]=$err
  R[$s,$scale,app_p50]=$(median "${p50[@]}"); R[$s,$scale,app_p95]=$(median "${p95[@]}"); R[$s,$scale,app_p99]=$(median "${p99[@]}")
  R[$s,$scale,app_runs]="${rps[*]}"
  log "$s @ $scale: raw SQL warm-up ${WARMUP} s"
  PGBENCH_WARMUP=1 pgbench_menu "$s" "$script" "$WARMUP" "$PGBENCH_CLIENTS" -T "$WARMUP" "${pgopts[@]}"
  for ((run = 1; run <= ${RUNS:-1}; run++)); do
    log "$s @ $scale: raw SQL run $run of ${RUNS:-1}, ${DURATION} s (pgbench -c$PGBENCH_CLIENTS -M $PGBENCH_MODE)"
    before=$(cpu_snapshot)
    pgbench_menu "$s" "$script" "$DURATION" "$PGBENCH_CLIENTS" -T "$DURATION" "${pgopts[@]}"
    sleep 0.3 # pgbench's backends end a moment after pgbench
    R[$s,$scale,raw_cpu]=$(cpu_share "$before" "$(cpu_snapshot)")
    quiesce
    tps+=("$P_TPS"); q50+=("$P_P50"); q95+=("$P_P95"); q99+=("$P_P99"); qn+=("$P_N")
    log "  pgbench: $P_N transactions in ${P_SECONDS} s, tps $P_TPS, p50 ${P_P50} us; CPU: ${R[$s,$scale,raw_cpu]}"
  done
  R[$s,$scale,raw_tps]=$(awk -v t="$(median "${tps[@]}")" 'BEGIN { printf "%.2f", t }'); R[$s,$scale,raw_n]=$(median "${qn[@]}")
  R[$s,$scale,raw_p50]=$(median "${q50[@]}"); R[$s,$scale,raw_p95]=$(median "${q95[@]}"); R[$s,$scale,raw_p99]=$(median "${q99[@]}")
  R[$s,$scale,raw_seconds]=$P_SECONDS
  R[$s,$scale,raw_runs]="${tps[*]}"
  # too slow to complete within a run: time one request alone, through the API and raw
  if [ "${R[$s,$scale,app_n]}" = 0 ] || [ "${R[$s,$scale,raw_n]}" = 0 ]; then
    local first; first=$(head -1 "$list")
    local path="/api/v1/activities?q=$first&size=20"; [ "$mode" = detail ] && path="/api/v1/activities/$first"
    [ "$first" = - ] && path="/api/v1/activities?size=20"
    log "$s @ $scale: a run completed nothing; timing one request alone ($first), at most $SLOW_LIMIT s each"
    local out; out=$(curl -s -o /dev/null --max-time "$SLOW_LIMIT" -w '%{http_code} %{time_total}' \
      -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path" || true)
    R[$s,$scale,alone_app]="$(awk -v t="${out#* }" 'BEGIN { printf "%.1f", t }') s (HTTP ${out%% *})"
    quiesce
    if [ -n "${4:-}" ]; then pgbench_menu "$s" "$script" 0 1 -t 1 "${pgopts[@]}"
    else pgbench_menu "$s" "$script" 0 1 -t 1 -D whi=1 -D ncodes=1; fi
    quiesce
    R[$s,$scale,alone_raw]="$(awk -v u="$P_P50" 'BEGIN { printf "%.1f", u / 1e6 }') s"
    log "  alone: app ${R[$s,$scale,alone_app]}, raw ${R[$s,$scale,alone_raw]}"
  fi
}

explain_search() { # scale-label: EXPLAIN ANALYZE of the search's heaviest statement (search.sql's "with hits"), as
  local q=${WORDS[0]} sql                              # the GEO coordinator, for q=security
  sql=$(sed -n '/^with hits/p' "$MENU_DIR/search.sql" | sed "s/:status/'PUBLISHED'/g; s/:q\b/'$q'/g")
  [ -n "$sql" ] || sql=$(grep -m1 'from catalogue_activity a where' "$MENU_DIR/search.sql" | sed "s/:status/'PUBLISHED'/g; s/:q\b/'$q'/g")
  # the search's own settings (work_mem) first, as the script and MenuSearch set them
  PSQL_TIMEOUT=${SLOW_LIMIT}s psql_q -f <(as_reader "$(grep '^set local work_mem' "$MENU_DIR/search.sql")
explain (analyze, buffers, costs off) ${sql%;};") \
    >"$WORK/explain-$1" 2>&1 || echo "(explain failed or took more than $SLOW_LIMIT s)" >>"$WORK/explain-$1"
  R[explain,$1]=$(cat "$WORK/explain-$1")
}

# One row per query, as issue 20 asks: no word (browsing, facets included), then each word alone; the API and the
# same SQL raw (search-none.sql, or search.sql held to that word). Keys R[q<i>,<scale>,…]; R[q<i>,label|hits].
menu_queries() { # scale-label
  local scale=$1 i w
  for ((i = 0; i <= ${#WORDS[@]}; i++)); do
    if [ "$i" = 0 ]; then w=-; else w=${WORDS[i - 1]}; fi
    printf '%s\n' "$w" >"$WORK/query-$i"
    R[q$i,label]=$([ "$w" = - ] && echo "(no word)" || echo "$w")
    # the first request of a query is computed, the next ones come from the application's cache (until the menu
    # changes): time that first one alone, and let the runs below measure the cached answers
    local path="/api/v1/activities?q=$(jq -rn --arg w "$w" '$w|@uri')&size=20" out
    [ "$w" = - ] && path="/api/v1/activities?size=20"
    out=$(curl -s -o /dev/null --max-time "$SLOW_LIMIT" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
      "http://127.0.0.1:$PORT$path" || true)
    R[q$i,$scale,first]="$(awk -v t="${out#* }" 'BEGIN { printf "%.2f", t }') s$([ "${out%% *}" = 200 ] || echo " (HTTP ${out%% *})")"
    log "q$i @ $scale: first request alone (computed, then kept) ${R[q$i,$scale,first]}"
    quiesce
    if [ "$w" = - ]; then
      R[q$i,$scale,hits]=$(psql_q -f <(as_reader "select count(*) from catalogue_activity a where a.status = 'PUBLISHED';") | tail -1)
      menu_scenario search "$scale" "q$i" "$WORK/query-$i" "$MENU_DIR/search-none.sql"
    else
      R[q$i,$scale,hits]=$(psql_q -v w="$w" -f <(as_reader "select count(*) from catalogue_activity a where a.status = 'PUBLISHED' and (a.search_en @@ websearch_to_tsquery('english', :'w') or a.search_fr @@ websearch_to_tsquery('french', catalogue_unaccent(:'w')));") | tail -1)
      menu_scenario search "$scale" "q$i" "$WORK/query-$i" "$MENU_DIR/search.sql" -D wlo="$i" -D whi="$i"
    fi
  done
}

explain_none() { # scale-label: EXPLAIN (ANALYZE, BUFFERS) of the no-word statements (page, then total and facets)
  local sql
  sql=$(grep -E '^set local work_mem' "$MENU_DIR/search-none.sql"
    grep -E '^(select a\.\*|with hits)' "$MENU_DIR/search-none.sql" | sed "s/:status/'PUBLISHED'/g" | sed 's/^/explain (analyze, buffers, costs off) /')
  PSQL_TIMEOUT=${SLOW_LIMIT}s psql_q -f <(as_reader "$sql") >"$WORK/explain-none-$1" 2>&1 \
    || echo "(explain failed or took more than $SLOW_LIMIT s)" >>"$WORK/explain-none-$1"
  R[explain_none,$1]=$(cat "$WORK/explain-none-$1")
}
