package org.entente.prioritisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The runs, their outcomes and moves; row-level security decides what the caller gets. */
@Repository
class RunStore {

  static final JsonMapper json = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  RunStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Listing<Run> runs(Paging paging) {
    return paging.query(jdbc, "select * from prioritisation_run order by started_at desc, id", new HashMap<>(), RunStore::run);
  }

  /** How many runs the caller reads wait to be applied. */
  long proposed() {
    return jdbc.sql("select count(*) from prioritisation_run where status = 'PROPOSED'").query(Long.class).single();
  }

  Optional<Run> run(UUID id) {
    return jdbc.sql("select * from prioritisation_run where id = :id").param("id", id).query(RunStore::run).optional();
  }

  Optional<Run> lock(UUID id) {
    return jdbc.sql("select * from prioritisation_run where id = :id for update").param("id", id).query(RunStore::run).optional();
  }

  void insert(UUID id, String provider, List<UUID> events, int[] weights, @Nullable Long weightsNumber, LocalDate on, String input, int free,
      int pending, String by, String problem, long limitMillis, @Nullable UUID comparesTo) {
    jdbc.sql("""
            insert into prioritisation_run (id, provider, events, weights, weights_number, profiles_on, input, free_seats, pending, started_by,
              problem, limit_millis, compares_to)
            values (:id, :provider, :events, :weights, :number, :on, cast(:input as jsonb), :free, :pending, :by, cast(:problem as jsonb), :limit,
              :compares)""")
        .param("id", id).param("provider", provider).param("events", events.toArray(UUID[]::new))
        .param("weights", Arrays.stream(weights).boxed().toArray(Integer[]::new)).param("number", weightsNumber).param("on", on)
        .param("input", input).param("free", free).param("pending", pending).param("by", by).param("problem", problem)
        .param("limit", limitMillis).param("compares", comparesTo).update();
  }

  /** The solver's whole input, as saved when the run was started. */
  Optional<String> problem(UUID id) {
    return jdbc.sql("select problem::text from prioritisation_run where id = :id").param("id", id).query(String.class).optional();
  }

  /** The best score so far and the time spent, from the solver's best-solution events. */
  void progress(UUID id, @Nullable Long hard, @Nullable Long soft, long spentMillis) {
    jdbc.sql("""
            update prioritisation_run set best_hard = coalesce(:h, best_hard), best_soft = coalesce(:s, best_soft), spent_millis = :m,
              progress_at = now() where id = :id""")
        .param("id", id).param("h", hard).param("s", soft).param("m", spentMillis).update();
  }

  boolean stopRequested(UUID id) {
    return jdbc.sql("select stop_requested from prioritisation_run where id = :id").param("id", id).query(Boolean.class).optional().orElse(false);
  }

  void requestStop(UUID id) {
    jdbc.sql("update prioritisation_run set stop_requested = true where id = :id").param("id", id).update();
  }

  /** Runs still to be solved, oldest first: QUEUED, or SOLVING on an instance that may have died. */
  List<UUID> unfinished() {
    return jdbc.sql("select id from prioritisation_run where status in ('QUEUED', 'SOLVING') order by started_at, id").query(UUID.class).list();
  }

  void move(UUID id, RunStatus to) {
    jdbc.sql("update prioritisation_run set status = :s where id = :id").param("id", id).param("s", to.name()).update();
  }

  void solved(UUID id, long hard, long soft, long firstComeSoft, long millis) {
    jdbc.sql("""
            update prioritisation_run set hard = :h, soft = :s, first_come_soft = :f, solve_millis = :m, spent_millis = :m, best_hard = :h,
              best_soft = :s, progress_at = now() where id = :id""")
        .param("id", id).param("h", hard).param("s", soft).param("f", firstComeSoft).param("m", millis).update();
  }

  void recordMove(UUID id, @Nullable RunStatus from, RunStatus to, String by) {
    jdbc.sql("insert into prioritisation_run_move (run, from_status, to_status, moved_by) values (:id, :f, :t, :by)")
        .param("id", id).param("f", from == null ? null : from.name()).param("t", to.name()).param("by", by).update();
  }

  List<Run.Move> moves(UUID id) {
    return jdbc.sql("select * from prioritisation_run_move where run = :id order by id").param("id", id)
        .query((rs, n) -> new Run.Move(rs.getString("from_status") == null ? null : RunStatus.valueOf(rs.getString("from_status")),
            RunStatus.valueOf(rs.getString("to_status")), rs.getString("moved_by"), rs.getTimestamp("moved_at").toInstant())).list();
  }

  void insertOutcome(UUID run, String provider, Run.Outcome o) {
    jdbc.sql("""
            insert into prioritisation_run_outcome (run, provider, nomination, event, nation, participant_name, rank, state_before, seated,
              first_come, reason, worth, terms, threshold, detail)
            values (:run, :provider, :nomination, :event, :nation, :name, :rank, :before, :seated, :first, :reason, :worth, :terms, :threshold, :detail)""")
        .param("run", run).param("provider", provider).param("nomination", o.nomination()).param("event", o.event()).param("nation", o.nation())
        .param("name", o.participantName()).param("rank", o.rank()).param("before", o.stateBefore()).param("seated", o.seated())
        .param("first", o.firstCome()).param("reason", o.reason()).param("worth", o.worth()).param("terms", o.terms().toArray(Long[]::new))
        .param("threshold", o.threshold()).param("detail", o.detail()).update();
  }

  List<Run.Outcome> outcomes(UUID run) {
    return jdbc.sql("select * from prioritisation_run_outcome where run = :run order by event, nation, rank").param("run", run)
        .query((rs, n) -> new Run.Outcome(rs.getObject("nomination", UUID.class), rs.getObject("event", UUID.class), rs.getString("nation"),
            rs.getString("participant_name"), rs.getInt("rank"), rs.getString("state_before"), rs.getBoolean("seated"), rs.getBoolean("first_come"),
            rs.getString("reason"), rs.getLong("worth"), Arrays.asList((Long[]) rs.getArray("terms").getArray()), rs.getLong("threshold"),
            rs.getString("detail"))).list();
  }

  private static Run run(ResultSet rs, int row) throws SQLException {
    var events = Arrays.asList((UUID[]) rs.getArray("events").getArray());
    var weights = Arrays.asList((Integer[]) rs.getArray("weights").getArray());
    return new Run(rs.getObject("id", UUID.class), rs.getString("provider"), events, RunStatus.valueOf(rs.getString("status")), weights,
        (Long) rs.getObject("weights_number"), rs.getObject("profiles_on", LocalDate.class), rs.getInt("free_seats"), rs.getInt("pending"),
        (Long) rs.getObject("hard"), (Long) rs.getObject("soft"), (Long) rs.getObject("first_come_soft"), rs.getString("started_by"),
        rs.getTimestamp("started_at").toInstant(), (Long) rs.getObject("solve_millis"), rs.getLong("limit_millis"), (Long) rs.getObject("spent_millis"),
        (Long) rs.getObject("best_hard"), (Long) rs.getObject("best_soft"), rs.getBoolean("stop_requested"), rs.getObject("compares_to", UUID.class));
  }
}
