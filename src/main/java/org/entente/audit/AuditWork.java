package org.entente.audit;

import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The auditor's daily work: whether the trail's chain held at its last verification (every 15 minutes and on each
 * request; walked here only before the first one), and the accesses refused since an auditor last reviewed them.
 */
@Component
class AuditWork implements WorkSource {

  static final String SECTION = "audit";
  private final AuditLog log;
  private final ChainChecks checks;
  private final RefusalReview review;
  private final java.time.Clock clock;

  AuditWork(AuditLog log, ChainChecks checks, RefusalReview review, java.time.Clock clock) {
    this.clock = clock;
    this.log = log;
    this.checks = checks;
    this.review = review;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (!caller.has(Permission.READ_AUDIT_GLOBALLY)) {
      return List.of();
    }
    var last = checks.last();
    var verification = last.map(ChainChecks.Checked::result).orElseGet(log::verify);
    // before the first recorded verification it was walked just now
    var at = last.map(ChainChecks.Checked::at).orElseGet(() -> java.time.Instant.now(clock))
        .atOffset(java.time.ZoneOffset.UTC).toString().substring(0, 16).replace('T', ' ') + " UTC";
    var refused = review.unreviewed();
    var broken = verification.intact() ? 0 : 1;
    return List.of(
        new WorkItem("audit.chain", SECTION, "work.audit.chain", List.of(Long.toString(verification.records()),
            verification.firstBrokenRecord() == null ? "" : verification.firstBrokenRecord().toString(), at), broken,
            "/audit?verify=true", "work.audit.chain.none"),
        WorkItem.of("audit.refusals", SECTION, "work.audit.refusals", refused, "/audit/refusals",
            "work.audit.refusals.none"));
  }
}
