package org.entente.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.integrity.Assessment.Action;
import org.entente.integrity.Assessment.Answer;
import org.entente.integrity.Assessment.Member;
import org.entente.languages.BilingualText;
import org.entente.web.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The integrity tables; row-level security decides which rows the caller gets. */
@Repository
class AssessmentStore {

  private final JdbcClient jdbc;

  AssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String WHERE = """
      where (cast(:status as text) is null or status = :status) and (cast(:nation as text) is null or nation = :nation)
      """;

  List<AssessmentSummary> list(@Nullable String status, @Nullable String nation, Paging paging) {
    return jdbc.sql("select * from integrity_assessment " + WHERE + " order by created_at desc, id limit :size offset :offset")
        .param("status", status).param("nation", nation).param("size", paging.size()).param("offset", paging.offset())
        .query((rs, n) -> new AssessmentSummary(rs.getObject("id", UUID.class), rs.getString("nation"),
            IntegrityStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("version"), rs.getObject("visit_from", LocalDate.class)))
        .list();
  }

  long count(@Nullable String status, @Nullable String nation) {
    return jdbc.sql("select count(*) from integrity_assessment " + WHERE).param("status", status).param("nation", nation)
        .query(Long.class).single();
  }

  long countIn(IntegrityStatus status, @Nullable String nation) {
    return jdbc.sql("select count(*) from integrity_assessment where status = :status and (cast(:nation as text) is null or nation = :nation)")
        .param("status", status.name()).param("nation", nation).query(Long.class).single();
  }

  long teamWork(String username) {
    return jdbc.sql("select count(*) from integrity_assessment where :u = any (team) and status in ('VISIT_SCHEDULED', 'VISIT_CONDUCTED', 'REPORT_DRAFT')")
        .param("u", username).query(Long.class).single();
  }

  Optional<Integer> latestVersion() {
    return jdbc.sql("select max(version) from integrity_question_set").query((rs, n) -> (Integer) rs.getObject(1)).optional()
        .filter(v -> v != null);
  }

  Optional<Questionnaire> questionnaire(int version) {
    var questions = jdbc.sql("select * from integrity_question where version = :v order by position").param("v", version)
        .query((rs, n) -> new Questionnaire.Question(rs.getInt("position"), rs.getString("area"), text(rs, "text"))).list();
    return jdbc.sql("select * from integrity_question_set where version = :v").param("v", version)
        .query((rs, n) -> new Questionnaire(rs.getInt("version"), rs.getObject("published_on", LocalDate.class), text(rs, "note"), questions))
        .optional();
  }

  int publish(LocalDate on, BilingualText note, List<Questionnaire.Question> questions) {
    var version = jdbc.sql("insert into integrity_question_set (version, published_on, note_en, note_fr) "
            + "values ((select coalesce(max(version), 0) + 1 from integrity_question_set), :on, :en, :fr) returning version")
        .param("on", on).param("en", note.en()).param("fr", note.fr()).query(Integer.class).single();
    for (var q : questions) {
      jdbc.sql("insert into integrity_question (version, position, area, text_en, text_fr) values (:v, :p, :area, :en, :fr)")
          .param("v", version).param("p", q.position()).param("area", q.area()).param("en", q.text().en()).param("fr", q.text().fr()).update();
    }
    return version;
  }

  Optional<Assessment> find(UUID id) {
    return row(id, "");
  }

  Optional<Assessment> lock(UUID id) {
    return row(id, " for update");
  }

  private Optional<Assessment> row(UUID id, String lock) {
    return jdbc.sql("select * from integrity_assessment where id = :id" + lock).param("id", id)
        .query((rs, n) -> new Assessment(id, rs.getString("nation"), rs.getString("requested_by"), (Integer) rs.getObject("version"),
            IntegrityStatus.valueOf(rs.getString("status")), team(id), rs.getObject("visit_from", LocalDate.class),
            rs.getObject("visit_to", LocalDate.class), rs.getString("visit_place"), text(rs, "report"), rs.getObject("agreed_on", LocalDate.class),
            rs.getString("reason"), answers(id), actions(id), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
        .optional();
  }

  private List<Member> team(UUID id) {
    return jdbc.sql("select * from integrity_team_member where assessment = :id order by leads desc, name, id").param("id", id)
        .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation"), rs.getString("account"),
            rs.getBoolean("leads"))).list();
  }

  private List<Answer> answers(UUID id) {
    return jdbc.sql("select * from integrity_answer where assessment = :id order by position").param("id", id)
        .query((rs, n) -> new Answer(rs.getInt("position"), rs.getString("answer"), rs.getString("answered_by"))).list();
  }

  private List<Action> actions(UUID id) {
    return jdbc.sql("select * from integrity_action where assessment = :id order by due_on nulls last, title_en, id").param("id", id)
        .query((rs, n) -> new Action(rs.getObject("id", UUID.class), text(rs, "title"), rs.getString("activity"), rs.getObject("due_on", LocalDate.class)))
        .list();
  }

  UUID insert(String nation, String by) {
    return jdbc.sql("insert into integrity_assessment (nation, requested_by) values (:nation, :by) returning id")
        .param("nation", nation).param("by", by).query(UUID.class).single();
  }

  void move(UUID id, IntegrityStatus to, @Nullable String reason) {
    jdbc.sql("update integrity_assessment set status = :to, reason = coalesce(:reason, reason), updated_at = now() where id = :id")
        .param("id", id).param("to", to.name()).param("reason", reason).update();
  }

  void issue(UUID id, int version) {
    jdbc.sql("update integrity_assessment set status = 'SAQ_ISSUED', version = :v, updated_at = now() where id = :id")
        .param("id", id).param("v", version).update();
  }

  void answer(UUID id, Map<Integer, String> answers, String by) {
    answers.forEach((position, text) -> jdbc.sql("""
            insert into integrity_answer (assessment, position, answer, answered_by) values (:id, :p, :a, :by)
            on conflict (assessment, position) do update set answer = excluded.answer, answered_by = excluded.answered_by, answered_at = now()
            """).param("id", id).param("p", position).param("a", text).param("by", by).update());
  }

  void peerReview(UUID id, List<Member> members, LocalDate from, LocalDate to, String place) {
    jdbc.sql("delete from integrity_team_member where assessment = :id").param("id", id).update();
    for (var m : members) {
      jdbc.sql("insert into integrity_team_member (assessment, name, organisation, account, leads) values (:id, :name, :org, :account, :leads)")
          .param("id", id).param("name", m.name()).param("org", m.organisation()).param("account", m.account()).param("leads", m.leads()).update();
    }
    var accounts = members.stream().map(Member::account).filter(a -> a != null).distinct().toArray(String[]::new);
    jdbc.sql("""
            update integrity_assessment set status = 'VISIT_SCHEDULED', team = :team, visit_from = :from, visit_to = :to, visit_place = :place,
              updated_at = now() where id = :id
            """).param("id", id).param("team", accounts).param("from", from).param("to", to).param("place", place).update();
  }

  void report(UUID id, BilingualText report) {
    jdbc.sql("update integrity_assessment set status = 'REPORT_DRAFT', report_en = :en, report_fr = :fr, updated_at = now() where id = :id")
        .param("id", id).param("en", report.en()).param("fr", report.fr()).update();
  }

  void agreed(UUID id, LocalDate on) {
    jdbc.sql("update integrity_assessment set status = 'REPORT_AGREED', agreed_on = :on, updated_at = now() where id = :id")
        .param("id", id).param("on", on).update();
  }

  UUID addAction(UUID id, BilingualText title, @Nullable String activity, @Nullable LocalDate due) {
    return jdbc.sql("insert into integrity_action (assessment, title_en, title_fr, activity, due_on) values (:id, :en, :fr, :activity, :due) returning id")
        .param("id", id).param("en", title.en()).param("fr", title.fr()).param("activity", activity).param("due", due).query(UUID.class).single();
  }

  private static BilingualText text(ResultSet rs, String column) throws SQLException {
    return new BilingualText(rs.getString(column + "_en"), rs.getString(column + "_fr"));
  }
}
