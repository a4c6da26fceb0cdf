package org.entente.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The planning tables; row-level security decides which rows the caller gets. */
@Repository
class PlanningStore {

  static final JsonMapper json = JsonMapper.builder().build();
  private static final TypeReference<List<Goal>> GOALS = new TypeReference<>() {};
  private static final TypeReference<List<Rating>> RATINGS = new TypeReference<>() {};
  private static final TypeReference<List<Map<String, String>>> CHOICES = new TypeReference<>() {};

  private final JdbcClient jdbc;

  PlanningStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---------------------------------------------------------------- participation

  Listing<Participation> participations(@Nullable String partner, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("partner", partner);
    return paging.query(jdbc, """
        select * from planning_participation where (cast(:partner as text) is null or partner = :partner)
        order by partner, tool, requested_at, id""", params, PlanningStore::participation);
  }

  Optional<Participation> participation(UUID id) {
    return jdbc.sql("select * from planning_participation where id = :id").param("id", id).query(PlanningStore::participation).optional();
  }

  /** The participation that stands (requested or approved) for this partner and tool. */
  Optional<Participation> standing(String partner, Participation.Tool tool) {
    return jdbc.sql("select * from planning_participation where partner = :p and tool = :t and status <> 'REJECTED'")
        .param("p", partner).param("t", tool.name()).query(PlanningStore::participation).optional();
  }

  void insertParticipation(UUID id, String partner, Participation.Tool tool, String by) {
    jdbc.sql("insert into planning_participation (id, partner, tool, requested_by) values (:id, :p, :t, :by)")
        .param("id", id).param("p", partner).param("t", tool.name()).param("by", by).update();
  }

  void decideParticipation(UUID id, Participation.Status status, String decision, java.time.LocalDate on) {
    jdbc.sql("update planning_participation set status = :s, decision = :d, decided_on = :on where id = :id")
        .param("id", id).param("s", status.name()).param("d", decision).param("on", on).update();
  }

  private static Participation participation(ResultSet rs, int row) throws SQLException {
    return new Participation(rs.getObject("id", UUID.class), rs.getString("partner"), Participation.Tool.valueOf(rs.getString("tool")),
        Participation.Status.valueOf(rs.getString("status")), rs.getString("decision"), rs.getObject("decided_on", java.time.LocalDate.class),
        rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant());
  }

  // ---------------------------------------------------------------- cycles

  Listing<Cycle> cycles(@Nullable String partner, @Nullable String status, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("partner", partner);
    params.put("status", status);
    return paging.query(jdbc, """
        select * from planning_cycle where (cast(:partner as text) is null or partner = :partner)
          and (cast(:status as text) is null or status = :status)
        order by partner, year desc, id""", params, PlanningStore::cycle);
  }

  List<Cycle> cyclesOf(String partner) {
    return jdbc.sql("select * from planning_cycle where partner = :p order by year desc").param("p", partner).query(PlanningStore::cycle).list();
  }

  Optional<Cycle> cycle(UUID id) {
    return jdbc.sql("select * from planning_cycle where id = :id").param("id", id).query(PlanningStore::cycle).optional();
  }

  Optional<Cycle> lock(UUID id) {
    return jdbc.sql("select * from planning_cycle where id = :id for update").param("id", id).query(PlanningStore::cycle).optional();
  }

  Optional<Cycle> latest(String partner) {
    return jdbc.sql("select * from planning_cycle where partner = :p order by year desc limit 1").param("p", partner)
        .query(PlanningStore::cycle).optional();
  }

  void insertCycle(UUID id, String partner, int year, int questionSet, List<Goal> goals, @Nullable UUID previous, String by) {
    jdbc.sql("""
            insert into planning_cycle (id, partner, year, question_set, goals, previous, created_by)
            values (:id, :p, :y, :q, cast(:goals as jsonb), :prev, :by)""")
        .param("id", id).param("p", partner).param("y", year).param("q", questionSet).param("goals", json.writeValueAsString(goals))
        .param("prev", previous).param("by", by).update();
  }

  void move(UUID id, CycleStatus to) {
    jdbc.sql("update planning_cycle set status = :s, updated_at = now() where id = :id").param("id", id).param("s", to.name()).update();
  }

  void approve(UUID id, String decision, java.time.LocalDate on) {
    jdbc.sql("update planning_cycle set status = 'GOALS_APPROVED', decision = :d, approved_on = :on, updated_at = now() where id = :id")
        .param("id", id).param("d", decision).param("on", on).update();
  }

  void setGoals(UUID id, List<Goal> goals) {
    jdbc.sql("update planning_cycle set goals = cast(:g as jsonb), updated_at = now() where id = :id")
        .param("id", id).param("g", json.writeValueAsString(goals)).update();
  }

  void setAssessment(UUID id, List<Rating> ratings) {
    jdbc.sql("update planning_cycle set assessment = cast(:a as jsonb), updated_at = now() where id = :id")
        .param("id", id).param("a", json.writeValueAsString(ratings)).update();
  }

  int freeze(UUID id, CycleStatus stage, List<Goal> goals, String by) {
    var number = jdbc.sql("update planning_cycle set goals_version = goals_version + 1 where id = :id returning goals_version")
        .param("id", id).query(Integer.class).single();
    jdbc.sql("insert into planning_goals_version (cycle, number, stage, goals, frozen_by) values (:c, :n, :s, cast(:g as jsonb), :by)")
        .param("c", id).param("n", number).param("s", stage.name()).param("g", json.writeValueAsString(goals)).param("by", by).update();
    return number;
  }

  List<GoalsVersion> versions(UUID id) {
    return jdbc.sql("select * from planning_goals_version where cycle = :c order by number").param("c", id).query(PlanningStore::version).list();
  }

  Optional<GoalsVersion> version(UUID id, int number) {
    return jdbc.sql("select * from planning_goals_version where cycle = :c and number = :n").param("c", id).param("n", number)
        .query(PlanningStore::version).optional();
  }

  private static GoalsVersion version(ResultSet rs, int row) throws SQLException {
    return new GoalsVersion(rs.getInt("number"), CycleStatus.valueOf(rs.getString("stage")), json.readValue(rs.getString("goals"), GOALS),
        rs.getString("frozen_by"), rs.getTimestamp("frozen_at").toInstant());
  }

  private static Cycle cycle(ResultSet rs, int row) throws SQLException {
    return new Cycle(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getInt("year"), CycleStatus.valueOf(rs.getString("status")),
        rs.getInt("question_set"), json.readValue(rs.getString("goals"), GOALS), rs.getInt("goals_version"),
        json.readValue(rs.getString("assessment"), RATINGS), rs.getObject("previous", UUID.class), rs.getString("decision"),
        rs.getObject("approved_on", java.time.LocalDate.class), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  // ---------------------------------------------------------------- survey

  int latestQuestionSet() {
    return jdbc.sql("select max(set_version) from planning_question").query(Integer.class).single();
  }

  List<Question> questions(int setVersion) {
    return jdbc.sql("select * from planning_question where set_version = :v order by case section when 'FORCES' then 1 when 'PLANS' then 2 else 3 end, position")
        .param("v", setVersion).query((rs, row) -> new Question(rs.getInt("set_version"), rs.getString("code"),
            Question.Section.valueOf(rs.getString("section")), rs.getInt("position"), Question.Kind.valueOf(rs.getString("kind")),
            BilingualText.of(rs.getString("label_en"), rs.getString("label_fr")),
            json.readValue(rs.getString("choices"), CHOICES).stream()
                .map(c -> new Question.Choice(c.get("code"), BilingualText.of(c.get("en"), c.get("fr")))).toList()))
        .list();
  }

  /** The answers the caller may read, by question code. */
  Map<String, String> answers(UUID cycle) {
    var answers = new LinkedHashMap<String, String>();
    jdbc.sql("select question, value from planning_answer where cycle = :c order by question").param("c", cycle)
        .query((rs, row) -> answers.put(rs.getString("question"), rs.getString("value"))).list();
    return answers;
  }

  void saveAnswer(UUID cycle, Question question, @Nullable String value, String by) {
    if (value == null) {
      jdbc.sql("delete from planning_answer where cycle = :c and question = :q").param("c", cycle).param("q", question.code()).update();
      return;
    }
    jdbc.sql("""
            insert into planning_answer (cycle, question, section, value, updated_by) values (:c, :q, :s, :v, :by)
            on conflict (cycle, question) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()""")
        .param("c", cycle).param("q", question.code()).param("s", question.section().name()).param("v", value).param("by", by).update();
  }

  // ---------------------------------------------------------------- talks and history

  Listing<PlanningComment> comments(UUID cycle, Paging paging) {
    return paging.query(jdbc, "select * from planning_comment where cycle = :c order by written_at, id", Map.of("c", cycle), PlanningStore::comment);
  }

  List<PlanningComment> comments(UUID cycle) {
    return jdbc.sql("select * from planning_comment where cycle = :c order by written_at, id").param("c", cycle).query(PlanningStore::comment).list();
  }

  Optional<PlanningComment> comment(UUID cycle, UUID id) {
    return jdbc.sql("select * from planning_comment where cycle = :c and id = :id").param("c", cycle).param("id", id)
        .query(PlanningStore::comment).optional();
  }

  UUID comment(UUID cycle, int version, String section, @Nullable UUID parent, String author, String body) {
    return jdbc.sql("""
            insert into planning_comment (cycle, version, section, parent, author, body) values (:c, :v, :s, :p, :a, :b) returning id""")
        .param("c", cycle).param("v", version).param("s", section).param("p", parent).param("a", author).param("b", body)
        .query(UUID.class).single();
  }

  private static PlanningComment comment(ResultSet rs, int row) throws SQLException {
    return new PlanningComment(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("section"), rs.getObject("parent", UUID.class),
        rs.getString("author"), rs.getTimestamp("written_at").toInstant(), rs.getString("body"));
  }

  void recordMove(UUID cycle, @Nullable CycleStatus from, CycleStatus to, String by, @Nullable String note, java.time.Instant at) {
    jdbc.sql("insert into planning_move (cycle, from_status, to_status, moved_by, note, moved_at) values (:c, :f, :t, :by, :n, :at)")
        .param("c", cycle).param("f", from == null ? null : from.name()).param("t", to.name()).param("by", by).param("n", note)
        .param("at", java.sql.Timestamp.from(at)).update();
  }

  List<CycleMove> moves(UUID cycle) {
    return jdbc.sql("select * from planning_move where cycle = :c order by id").param("c", cycle)
        .query((rs, row) -> new CycleMove(rs.getString("from_status") == null ? null : CycleStatus.valueOf(rs.getString("from_status")),
            CycleStatus.valueOf(rs.getString("to_status")), rs.getString("moved_by"), rs.getTimestamp("moved_at").toInstant(), rs.getString("note")))
        .list();
  }
}
