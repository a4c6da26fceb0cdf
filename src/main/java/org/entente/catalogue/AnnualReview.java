package org.entente.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly review (policy para 15): for each activity and year, staff decide RETAIN or DISCARD with a
 * reason; a discarded activity leaves the menu but stays in history. One decision per activity and year.
 */
@Service
public class AnnualReview {

  private final JdbcClient jdbc;
  private final Guard guard;
  private final Catalogue catalogue;
  private final AuditTrail audit;

  AnnualReview(JdbcClient jdbc, Guard guard, Catalogue catalogue, AuditTrail audit) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  /** A decision of the review. */
  public record Decision(String activity, int year, String decision, String reason, String decidedBy, Instant decidedAt) {}

  /** An activity on the review screen, with its decision for the year if taken. */
  public record Entry(String activity, String provider, String titleEn, String titleFr, String status, @Nullable Decision decision) {}

  @Transactional
  public Decision decide(String code, @Nullable Integer year, @Nullable String decision, @Nullable String reason) {
    var caller = guard.require(Permission.CURATE_ACTIVITIES_GLOBALLY);
    var activity = catalogue.activity(code);
    if (year == null || year < 2000 || year > 2100) {
      throw InvalidInput.of("year", "problem.between", 2000, 2100);
    }
    var kind = decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT);
    if (!kind.equals("RETAIN") && !kind.equals("DISCARD")) {
      throw InvalidInput.of("decision", "problem.one-of", "RETAIN, DISCARD");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "catalogue.reason.required", kind);
    }
    var taken = jdbc.sql("select exists (select 1 from catalogue_review where activity = :a and year = :y)")
        .param("a", activity.code()).param("y", year).query(Boolean.class).single();
    if (taken) {
      throw new Conflict("review.decided", activity.code(), year);
    }
    if (kind.equals("DISCARD")) {
      catalogue.transition(activity.code(), "DISCARDED", reason); // refuses (409) unless published
    }
    jdbc.sql("insert into catalogue_review (activity, year, decision, reason, decided_by) values (:a, :y, :d, :r, :by)")
        .param("a", activity.code()).param("y", year).param("d", kind).param("r", reason.strip()).param("by", caller.username())
        .update();
    audit.record(Change.of("REVIEW_" + kind, "activity", activity.code(), Map.of("year", year, "reason", reason.strip())));
    return decisions(activity.code()).stream().filter(d -> d.year() == year).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Decision> decisions(String code) {
    return jdbc.sql("select * from catalogue_review where activity = :a order by year")
        .param("a", catalogue.activity(code).code())
        .query((rs, n) -> new Decision(rs.getString("activity"), rs.getInt("year"), rs.getString("decision"),
            rs.getString("reason"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** One page of an activity's decisions, by year. */
  @Transactional(readOnly = true)
  public org.entente.web.Listing<Decision> decisions(String code, org.entente.web.Paging paging) {
    return paging.query(jdbc, "select * from catalogue_review where activity = :a order by year",
        java.util.Map.of("a", catalogue.activity(code).code()),
        (rs, n) -> new Decision(rs.getString("activity"), rs.getInt("year"), rs.getString("decision"),
            rs.getString("reason"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
  }

  /** One page of the review screen of a year: the activities published or discarded, undecided first. */
  @Transactional(readOnly = true)
  public org.entente.web.Listing<Entry> year(int year, org.entente.web.Paging paging) {
    guard.require(Permission.CURATE_ACTIVITIES_GLOBALLY);
    return paging.query(jdbc, """
        select a.code, a.provider, a.title_en, a.title_fr, a.status, r.decision, r.reason, r.decided_by, r.decided_at
        from catalogue_activity a left join catalogue_review r on r.activity = a.code and r.year = :y
        where a.status in ('PUBLISHED', 'DISCARDED') and (a.status = 'PUBLISHED' or r.decision is not null)
        order by r.decision nulls first, a.code
        """, java.util.Map.of("y", year),
        (rs, n) -> new Entry(rs.getString("code"), rs.getString("provider"), rs.getString("title_en"),
            rs.getString("title_fr"), rs.getString("status"),
            rs.getString("decision") == null ? null : new Decision(rs.getString("code"), year, rs.getString("decision"),
                rs.getString("reason"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant())));
  }

  /** The review screen of a year: the activities published or discarded, undecided first. */
  @Transactional(readOnly = true)
  public List<Entry> year(int year, int limit) {
    guard.require(Permission.CURATE_ACTIVITIES_GLOBALLY);
    return jdbc.sql("""
        select a.code, a.provider, a.title_en, a.title_fr, a.status, r.decision, r.reason, r.decided_by, r.decided_at
        from catalogue_activity a left join catalogue_review r on r.activity = a.code and r.year = :y
        where a.status in ('PUBLISHED', 'DISCARDED') and (a.status = 'PUBLISHED' or r.decision is not null)
        order by r.decision nulls first, a.code limit :limit
        """)
        .param("y", year).param("limit", limit)
        .query((rs, n) -> new Entry(rs.getString("code"), rs.getString("provider"), rs.getString("title_en"),
            rs.getString("title_fr"), rs.getString("status"),
            rs.getString("decision") == null ? null : new Decision(rs.getString("code"), year, rs.getString("decision"),
                rs.getString("reason"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class).toInstant())))
        .list();
  }
}
