package org.entente.audit;

import java.util.List;
import java.util.Map;
import org.entente.access.Guard;
import org.entente.access.Permission;
import org.entente.audit.AuditTrail.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's review of refused accesses: those recorded since the last review, and the review itself, said
 * in the trail as a record of its own ({@code REFUSALS_REVIEWED}, up to which record) so that it is chained
 * like everything else.
 */
@Service
public class RefusalReview {

  static final int SHOWN = 200;
  private final JdbcClient jdbc;
  private final Guard guard;
  private final AuditTrail audit;

  RefusalReview(JdbcClient jdbc, Guard guard, AuditTrail audit) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.audit = audit;
  }

  /** The refusals recorded since the last review, newest first (at most 200), and how many in all. */
  public record Pending(List<AuditRecord> items, long total) {}

  @Transactional(readOnly = true)
  public Pending pending() {
    guard.require(Permission.READ_AUDIT_GLOBALLY);
    var since = reviewedUpTo();
    var total = jdbc.sql("select count(*) from audit_record where action = 'ACCESS_DENIED' and seq > :since")
        .param("since", since).query(Long.class).single();
    var items = jdbc.sql("select * from audit_record where action = 'ACCESS_DENIED' and seq > :since order by seq desc limit :limit")
        .param("since", since).param("limit", SHOWN).query(AuditLog::record).list();
    return new Pending(items, total);
  }

  /** Marks every refusal recorded so far as reviewed; how many that was. */
  @Transactional
  public long markReviewed() {
    var caller = guard.require(Permission.READ_AUDIT_GLOBALLY);
    var since = reviewedUpTo();
    var last = jdbc.sql("select coalesce(max(seq), 0) from audit_record where action = 'ACCESS_DENIED'").query(Long.class).single();
    var count = jdbc.sql("select count(*) from audit_record where action = 'ACCESS_DENIED' and seq > :since and seq <= :last")
        .param("since", since).param("last", last).query(Long.class).single();
    if (last > since) {
      audit.record(Change.of("REFUSALS_REVIEWED", "audit", Long.toString(last), Map.of("refusals", count, "by", caller.username())));
    }
    return count;
  }

  /** Counted for the start page (the caller's transaction, an auditor's). */
  long unreviewed() {
    return jdbc.sql("select count(*) from audit_record where action = 'ACCESS_DENIED' and seq > :since")
        .param("since", reviewedUpTo()).query(Long.class).single();
  }

  private long reviewedUpTo() {
    return jdbc.sql("select coalesce(max(cast(entity_id as bigint)), 0) from audit_record where action = 'REFUSALS_REVIEWED'")
        .query(Long.class).single();
  }
}
