package org.entente.capabilities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.capabilities.EvaluationStatus.Kind;
import org.entente.languages.BilingualText;
import org.entente.web.Listing;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The capabilities tables; row-level security decides which rows the caller gets. */
@Repository
class CapabilitiesStore {

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final TypeReference<List<Evaluation.TeamMember>> TEAM = new TypeReference<>() {};

  private final JdbcClient jdbc;

  CapabilitiesStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // ---------------------------------------------------------------- units

  Listing<Unit> units(@Nullable String partner, @Nullable String status, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("partner", partner);
    params.put("status", status);
    return paging.query(jdbc, """
        select * from capabilities_unit where (cast(:partner as text) is null or partner = :partner)
          and (cast(:status as text) is null or status = :status)
        order by partner, declared_on desc, id""", params, CapabilitiesStore::unit);
  }

  Optional<Unit> unit(UUID id) {
    return jdbc.sql("select * from capabilities_unit where id = :id").param("id", id).query(CapabilitiesStore::unit).optional();
  }

  Optional<Unit> lockUnit(UUID id) {
    return jdbc.sql("select * from capabilities_unit where id = :id for update").param("id", id).query(CapabilitiesStore::unit).optional();
  }

  void insertUnit(UUID id, String partner, BilingualText name, Unit.Service service, Unit.Type type, Unit.Size size, @Nullable Integer personnel,
      Unit.Pool pool, String contactName, String contactEmail, String by, LocalDate on) {
    jdbc.sql("""
            insert into capabilities_unit (id, partner, name_en, name_fr, service, type, size, personnel, pool, contact_name, contact_email,
              declared_by, declared_on) values (:id, :p, :en, :fr, :service, :type, :size, :personnel, :pool, :cn, :ce, :by, :on)""")
        .param("id", id).param("p", partner).param("en", name.en()).param("fr", name.fr()).param("service", service.name())
        .param("type", type.name()).param("size", size.name()).param("personnel", personnel).param("pool", pool.name())
        .param("cn", contactName).param("ce", contactEmail).param("by", by).param("on", on).update();
  }

  void moveUnit(UUID id, UnitStatus to, @Nullable String reason, LocalDate on) {
    jdbc.sql("""
            update capabilities_unit set status = :s, reason = coalesce(:r, reason),
              accepted_on = case when :s = 'ACCEPTED' then :on else accepted_on end, updated_at = now() where id = :id""")
        .param("id", id).param("s", to.name()).param("r", reason).param("on", on).update();
  }

  private static Unit unit(ResultSet rs, int row) throws SQLException {
    var personnel = rs.getObject("personnel", Integer.class);
    return new Unit(rs.getObject("id", UUID.class), rs.getString("partner"), new BilingualText(rs.getString("name_en"), rs.getString("name_fr")),
        Unit.Service.valueOf(rs.getString("service")), Unit.Type.valueOf(rs.getString("type")), Unit.Size.valueOf(rs.getString("size")),
        personnel, Unit.Pool.valueOf(rs.getString("pool")), rs.getString("contact_name"), rs.getString("contact_email"),
        UnitStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("declared_by"),
        rs.getObject("declared_on", LocalDate.class), rs.getObject("accepted_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant());
  }

  // ---------------------------------------------------------------- evaluations

  List<Evaluation> evaluations(UUID unit) {
    var found = jdbc.sql("select * from capabilities_evaluation where unit = :u order by level, opened_on, updated_at, id").param("u", unit)
        .query((rs, row) -> evaluation(rs, List.of())).list();
    if (found.isEmpty()) return found;
    var ratings = ratingsOf(found.stream().map(Evaluation::id).toList());
    return found.stream().map(e -> withRatings(e, ratings.getOrDefault(e.id(), List.of()))).toList();
  }

  Optional<Evaluation> evaluation(UUID id) {
    return jdbc.sql("select * from capabilities_evaluation where id = :id").param("id", id).query((rs, row) -> evaluation(rs, List.of())).optional()
        .map(e -> withRatings(e, ratingsOf(List.of(id)).getOrDefault(id, List.of())));
  }

  Optional<Evaluation> lockEvaluation(UUID id) {
    return jdbc.sql("select * from capabilities_evaluation where id = :id for update").param("id", id)
        .query((rs, row) -> evaluation(rs, List.of())).optional()
        .map(e -> withRatings(e, ratingsOf(List.of(id)).getOrDefault(id, List.of())));
  }

  void insertEvaluation(UUID id, UUID unit, int level, Kind kind, LocalDate plannedOn, List<Evaluation.TeamMember> team, String by, LocalDate on) {
    jdbc.sql("""
            insert into capabilities_evaluation (id, unit, level, kind, planned_on, team, opened_by, opened_on)
            values (:id, :u, :l, :k, :p, cast(:t as jsonb), :by, :on)""")
        .param("id", id).param("u", unit).param("l", level).param("k", kind.name()).param("p", plannedOn)
        .param("t", json.writeValueAsString(team)).param("by", by).param("on", on).update();
  }

  void moveEvaluation(UUID id, EvaluationStatus to, @Nullable String reason, String by, LocalDate on) {
    jdbc.sql("""
            update capabilities_evaluation set status = :s, reason = coalesce(:r, reason),
              submitted_on = case when :s = 'SUBMITTED' then :on else submitted_on end,
              decided_by = case when :s in ('CERTIFIED', 'NOT_CERTIFIED') then :by else decided_by end,
              decided_on = case when :s in ('CERTIFIED', 'NOT_CERTIFIED') then :on else decided_on end,
              updated_at = now() where id = :id""")
        .param("id", id).param("s", to.name()).param("r", reason).param("by", by).param("on", on).update();
  }

  void setSummary(UUID id, BilingualText summary) {
    jdbc.sql("update capabilities_evaluation set summary_en = :en, summary_fr = :fr, updated_at = now() where id = :id")
        .param("id", id).param("en", summary.en()).param("fr", summary.fr()).update();
  }

  void rate(UUID evaluation, Area area, AreaRating.Scale rating, BilingualText finding, String by) {
    jdbc.sql("""
            insert into capabilities_rating (evaluation, area, rating, finding_en, finding_fr, rated_by) values (:e, :a, :r, :en, :fr, :by)
            on conflict (evaluation, area) do update set rating = excluded.rating, finding_en = excluded.finding_en,
              finding_fr = excluded.finding_fr, rated_by = excluded.rated_by, rated_at = now()""")
        .param("e", evaluation).param("a", area.name()).param("r", rating.name()).param("en", finding.en()).param("fr", finding.fr())
        .param("by", by).update();
  }

  private Map<UUID, List<AreaRating>> ratingsOf(List<UUID> evaluations) {
    var byEvaluation = new HashMap<UUID, List<AreaRating>>();
    jdbc.sql("select * from capabilities_rating where evaluation = any (:e) order by area").param("e", evaluations.toArray(UUID[]::new))
        .query((rs, row) -> byEvaluation.computeIfAbsent(rs.getObject("evaluation", UUID.class), k -> new java.util.ArrayList<>())
            .add(new AreaRating(Area.valueOf(rs.getString("area")), AreaRating.Scale.valueOf(rs.getString("rating")),
                new BilingualText(rs.getString("finding_en"), rs.getString("finding_fr")), rs.getString("rated_by"),
                rs.getTimestamp("rated_at").toInstant())))
        .list();
    byEvaluation.values().forEach(list -> list.sort(java.util.Comparator.comparing(AreaRating::area)));
    return byEvaluation;
  }

  private static Evaluation withRatings(Evaluation e, List<AreaRating> ratings) {
    return new Evaluation(e.id(), e.unit(), e.level(), e.kind(), e.status(), e.plannedOn(), e.team(), e.summary(), e.reason(), e.openedBy(),
        e.openedOn(), e.submittedOn(), e.decidedBy(), e.decidedOn(), List.copyOf(ratings));
  }

  private static Evaluation evaluation(ResultSet rs, List<AreaRating> ratings) throws SQLException {
    return new Evaluation(rs.getObject("id", UUID.class), rs.getObject("unit", UUID.class), rs.getInt("level"), Kind.valueOf(rs.getString("kind")),
        EvaluationStatus.valueOf(rs.getString("status")), rs.getObject("planned_on", LocalDate.class), json.readValue(rs.getString("team"), TEAM),
        new BilingualText(rs.getString("summary_en"), rs.getString("summary_fr")), rs.getString("reason"), rs.getString("opened_by"),
        rs.getObject("opened_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class), rs.getString("decided_by"),
        rs.getObject("decided_on", LocalDate.class), ratings);
  }

  // ---------------------------------------------------------------- remedial actions

  List<RemedialAction> actions(UUID unit) {
    return jdbc.sql("""
            select a.*, e.unit as unit_id from capabilities_action a join capabilities_evaluation e on e.id = a.evaluation where e.unit = :u
            order by a.due_on, a.id""").param("u", unit).query(CapabilitiesStore::action).list();
  }

  /** Remedial actions of the partners given (all when null), still open or of any state, due first. */
  Listing<RemedialAction> actions(@Nullable String partner, @Nullable String status, Paging paging) {
    var params = new HashMap<String, Object>();
    params.put("partner", partner);
    params.put("status", status);
    return paging.query(jdbc, """
        select a.*, e.unit as unit_id from capabilities_action a join capabilities_evaluation e on e.id = a.evaluation
          join capabilities_unit u on u.id = e.unit
        where (cast(:partner as text) is null or u.partner = :partner) and (cast(:status as text) is null or a.status = :status)
        order by a.due_on, a.id""", params, CapabilitiesStore::action);
  }

  Optional<RemedialAction> lockAction(UUID id) {
    return jdbc.sql("""
            select a.*, e.unit as unit_id from capabilities_action a join capabilities_evaluation e on e.id = a.evaluation
            where a.id = :id for update of a""").param("id", id).query(CapabilitiesStore::action).optional();
  }

  Optional<RemedialAction> action(UUID id) {
    return jdbc.sql("""
            select a.*, e.unit as unit_id from capabilities_action a join capabilities_evaluation e on e.id = a.evaluation where a.id = :id""").param("id", id).query(CapabilitiesStore::action).optional();
  }

  int actionCount(UUID evaluation) {
    return jdbc.sql("select count(*) from capabilities_action where evaluation = :e").param("e", evaluation).query(Integer.class).single();
  }

  void insertAction(UUID id, UUID evaluation, @Nullable Area area, BilingualText title, String owner, LocalDate dueOn, @Nullable String activity,
      String by, LocalDate on) {
    jdbc.sql("""
            insert into capabilities_action (id, evaluation, area, title_en, title_fr, owner, due_on, activity, created_by, created_on)
            values (:id, :e, :a, :en, :fr, :o, :d, :act, :by, :on)""")
        .param("id", id).param("e", evaluation).param("a", area == null ? null : area.name()).param("en", title.en()).param("fr", title.fr())
        .param("o", owner).param("d", dueOn).param("act", activity).param("by", by).param("on", on).update();
  }

  void moveAction(UUID id, ActionStatus to, @Nullable String note, LocalDate on) {
    jdbc.sql("""
            update capabilities_action set status = :s, note = coalesce(:n, note),
              closed_on = case when :s in ('DONE', 'CANCELLED') then :on else closed_on end, updated_at = now() where id = :id""")
        .param("id", id).param("s", to.name()).param("n", note).param("on", on).update();
  }

  private static RemedialAction action(ResultSet rs, int row) throws SQLException {
    var area = rs.getString("area");
    return new RemedialAction(rs.getObject("id", UUID.class), rs.getObject("evaluation", UUID.class), rs.getObject("unit_id", UUID.class), area == null ? null : Area.valueOf(area),
        new BilingualText(rs.getString("title_en"), rs.getString("title_fr")), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
        rs.getString("activity"), ActionStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("created_by"),
        rs.getObject("created_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
  }

  // ---------------------------------------------------------------- timeline

  void recordMove(UUID unit, String subject, UUID subjectId, BilingualText label, @Nullable String from, String to, String by, LocalDate on,
      @Nullable String note) {
    jdbc.sql("""
            insert into capabilities_move (unit, subject, subject_id, label_en, label_fr, from_status, to_status, moved_by, moved_on, note)
            values (:u, :s, :sid, :len, :lfr, :f, :t, :by, :on, :n)""")
        .param("u", unit).param("s", subject).param("sid", subjectId).param("len", label.en()).param("lfr", label.fr())
        .param("f", from).param("t", to).param("by", by).param("on", on).param("n", note).update();
  }

  List<TimelineEntry> timeline(UUID unit) {
    return jdbc.sql("select * from capabilities_move where unit = :u order by moved_on, id").param("u", unit)
        .query((rs, row) -> new TimelineEntry(rs.getString("subject"), rs.getObject("subject_id", UUID.class),
            new BilingualText(rs.getString("label_en"), rs.getString("label_fr")),
            rs.getString("from_status"), rs.getString("to_status"), rs.getString("moved_by"), rs.getObject("moved_on", LocalDate.class),
            rs.getString("note")))
        .list();
  }
}
