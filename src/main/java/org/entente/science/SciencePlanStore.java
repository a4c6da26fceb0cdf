package org.entente.science;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of multi-year projects: the planning grant, the plan, its second review; through row-level security. */
@Repository
class SciencePlanStore {

  private final JdbcClient jdbc;

  SciencePlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void planningGrant(UUID id, BigDecimal amount, LocalDate on) {
    jdbc.sql("update science_application set status = 'PLANNING_GRANT', planning_amount = :a, planning_on = :on, updated_at = now() where id = :id")
        .param("a", amount).param("on", on).param("id", id).update();
  }

  void submitPlan(UUID id, String plan) {
    jdbc.sql("""
        update science_application set status = 'PLAN_SUBMITTED', project_plan = :p, plan_submitted_at = now(), updated_at = now()
        where id = :id""").param("p", plan).param("id", id).update();
  }

  void openReview(UUID id) {
    jdbc.sql("update science_application set status = 'PLAN_REVIEW', updated_at = now() where id = :id").param("id", id).update();
  }

  void assign(UUID application, PanelMember member, String by) {
    jdbc.sql("""
        insert into science_plan_review (application, reviewer, reviewer_name, reviewer_nation, assigned_by)
        values (:app, :r, :n, :nation, :by)""")
        .param("app", application).param("r", member.account()).param("n", member.name()).param("nation", member.nation())
        .param("by", by).update();
  }

  /** Any earlier assignment of this reviewer to the plan, declined ones included (read as staff). */
  Optional<Review> assignment(UUID application, UUID reviewer) {
    return jdbc.sql("select * from science_plan_review where application = :a and reviewer = :r").param("a", application).param("r", reviewer)
        .query(SciencePlanStore::review).optional();
  }

  /** The plan reviews of an application the caller reads (row-level security decides whose). */
  List<Review> reviews(UUID application) {
    return jdbc.sql("select * from science_plan_review where application = :a order by assigned_at, id").param("a", application)
        .query(SciencePlanStore::review).list();
  }

  List<Review> queue(UUID reviewer) {
    return jdbc.sql("select * from science_plan_review where reviewer = :r and status <> 'DECLINED' order by status, assigned_at, id")
        .param("r", reviewer).query(SciencePlanStore::review).list();
  }

  void decline(UUID review, boolean conflict, @org.jspecify.annotations.Nullable String reason) {
    jdbc.sql("update science_plan_review set status = 'DECLINED', conflict = :c, decline_reason = :why where id = :id")
        .param("c", conflict).param("why", reason).param("id", review).update();
  }

  void submit(UUID review, int merit, int relevance, int capacity, int value, String comment) {
    jdbc.sql("""
        update science_plan_review set status = 'SUBMITTED', merit = :m, relevance = :r, capacity = :c, value = :v, comment = :t,
          submitted_at = now() where id = :id""")
        .param("m", merit).param("r", relevance).param("c", capacity).param("v", value).param("t", comment).param("id", review).update();
  }

  private static Review review(ResultSet rs, int n) throws SQLException {
    var submitted = rs.getTimestamp("submitted_at");
    return new Review(rs.getObject("id", UUID.class), rs.getObject("application", UUID.class), rs.getObject("reviewer", UUID.class),
        rs.getString("reviewer_name"), rs.getString("reviewer_nation"), Review.State.valueOf(rs.getString("status")),
        rs.getBoolean("conflict"), rs.getString("decline_reason"), rs.getObject("merit", Integer.class),
        rs.getObject("relevance", Integer.class), rs.getObject("capacity", Integer.class), rs.getObject("value", Integer.class),
        rs.getString("comment"), rs.getTimestamp("assigned_at").toInstant(), submitted == null ? null : submitted.toInstant());
  }
}
