package org.entente.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables; row-level security decides which records the caller gets. */
@Repository
class Decisions {

  private final JdbcClient jdbc;

  Decisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Decision> list(@Nullable String subjectType, @Nullable String subjectId, @Nullable String status, int limit) {
    return jdbc.sql("""
            select * from council_decision
            where (cast(:type as text) is null or subject_type = :type)
              and (cast(:subject as text) is null or subject_id = :subject)
              and (cast(:status as text) is null or status = :status)
            order by decided_on desc, reference
            limit :limit
            """)
        .param("type", subjectType).param("subject", subjectId).param("status", status).param("limit", limit)
        .query(Decisions::decision).list();
  }

  /** One page of the decisions the caller may read (row-level security decides), newest first. */
  org.entente.web.Listing<Decision> list(@Nullable String subjectType, @Nullable String subjectId, @Nullable String status,
      org.entente.web.Paging paging) {
    var parameters = new java.util.HashMap<String, Object>();
    parameters.put("type", subjectType);
    parameters.put("subject", subjectId);
    parameters.put("status", status);
    return paging.query(jdbc, """
            select * from council_decision
            where (cast(:type as text) is null or subject_type = :type)
              and (cast(:subject as text) is null or subject_id = :subject)
              and (cast(:status as text) is null or status = :status)
            order by decided_on desc, reference, id
            """, parameters, Decisions::decision);
  }

  /** One page of what awaits a decision, oldest first. */
  org.entente.web.Listing<CouncilRegister.Request> pending(org.entente.web.Paging paging) {
    return paging.query(jdbc, "select * from council_request where settled_by is null order by requested_at, subject_type, subject_id",
        java.util.Map.of(), Decisions::request);
  }

  Optional<Decision> find(UUID id) {
    return jdbc.sql("select * from council_decision where id = :id").param("id", id).query(Decisions::decision).optional();
  }

  Optional<Decision> byReference(String reference) {
    return jdbc.sql("select * from council_decision where reference = :reference").param("reference", reference)
        .query(Decisions::decision).optional();
  }

  UUID insert(Decision d) {
    return jdbc.sql("""
            insert into council_decision (reference, decided_on, subject_type, subject_id, concerns, outcome, text_en, text_fr, proposed_by)
            values (:reference, :decidedOn, :type, :subject, :concerns, :outcome, :en, :fr, :by)
            returning id
            """)
        .param("reference", d.reference()).param("decidedOn", d.decidedOn()).param("type", d.subjectType().name())
        .param("subject", d.subjectId()).param("concerns", d.concerns().toArray(String[]::new))
        .param("outcome", d.outcome().name()).param("en", d.text().en()).param("fr", d.text().fr())
        .param("by", d.proposedBy())
        .query(UUID.class).single();
  }

  /** Confirms a proposal; false when it was no longer a proposal (a concurrent confirmation won). */
  boolean confirm(UUID id, String by) {
    return jdbc.sql("""
            update council_decision set status = 'CONFIRMED', confirmed_by = :by, confirmed_at = now()
            where id = :id and status = 'PROPOSED'
            """).param("id", id).param("by", by).update() == 1;
  }

  boolean withdraw(UUID id) {
    return jdbc.sql("delete from council_decision where id = :id and status = 'PROPOSED'").param("id", id).update() == 1;
  }

  void request(Subject subject, String by) {
    jdbc.sql("""
            insert into council_request (subject_type, subject_id, concerns, title_en, title_fr, requested_by)
            values (:type, :id, :concerns, :en, :fr, :by)
            on conflict (subject_type, subject_id) do update
              set concerns = excluded.concerns, title_en = excluded.title_en, title_fr = excluded.title_fr,
                  requested_by = excluded.requested_by, requested_at = now(), settled_by = null
            """)
        .param("type", subject.type().name()).param("id", subject.id())
        .param("concerns", subject.concerns().toArray(String[]::new))
        .param("en", subject.title().en()).param("fr", subject.title().fr()).param("by", by)
        .update();
  }

  void takeBack(Decision.SubjectType type, String id) {
    jdbc.sql("delete from council_request where subject_type = :type and subject_id = :id and settled_by is null")
        .param("type", type.name()).param("id", id).update();
  }

  Optional<CouncilRegister.Request> pending(Decision.SubjectType type, String id) {
    return jdbc.sql("select * from council_request where subject_type = :type and subject_id = :id and settled_by is null")
        .param("type", type.name()).param("id", id).query(Decisions::request).optional();
  }

  List<CouncilRegister.Request> pending() {
    return jdbc.sql("select * from council_request where settled_by is null order by requested_at").query(Decisions::request).list();
  }

  void settle(Decision.SubjectType type, String id, UUID decision) {
    jdbc.sql("update council_request set settled_by = :decision where subject_type = :type and subject_id = :id")
        .param("decision", decision).param("type", type.name()).param("id", id).update();
  }

  private static CouncilRegister.Request request(ResultSet rs, int row) throws SQLException {
    return new CouncilRegister.Request(
        new Subject(Decision.SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
            list(rs.getArray("concerns")), new BilingualText(rs.getString("title_en"), rs.getString("title_fr"))),
        rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant());
  }

  private static Decision decision(ResultSet rs, int row) throws SQLException {
    var confirmedAt = rs.getTimestamp("confirmed_at");
    return new Decision(
        rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("decided_on", java.time.LocalDate.class),
        Decision.SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"), list(rs.getArray("concerns")),
        Decision.Outcome.valueOf(rs.getString("outcome")), new BilingualText(rs.getString("text_en"), rs.getString("text_fr")),
        Decision.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(),
        rs.getString("confirmed_by"), confirmedAt == null ? null : confirmedAt.toInstant());
  }

  private static List<String> list(java.sql.Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
