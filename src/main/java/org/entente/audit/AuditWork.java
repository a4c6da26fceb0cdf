package org.entente.audit;

import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.stereotype.Component;

/**
 * The auditor's daily work: whether the trail's chain holds (verified on each look: a broken link is the one
 * thing an auditor must never miss), and the accesses refused since an auditor last reviewed them.
 */
@Component
class AuditWork implements WorkSource {

  static final String SECTION = "audit";
  private final AuditLog log;
  private final RefusalReview review;

  AuditWork(AuditLog log, RefusalReview review) {
    this.log = log;
    this.review = review;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (!caller.has(Permission.READ_AUDIT_GLOBALLY)) {
      return List.of();
    }
    var verification = log.verify();
    var refused = review.unreviewed();
    var broken = verification.intact() ? 0 : 1;
    return List.of(
        new WorkItem("audit.chain", SECTION, "work.audit.chain", List.of(Long.toString(verification.records()),
            verification.firstBrokenRecord() == null ? "" : verification.firstBrokenRecord().toString()), broken,
            "/audit?verify=true", "work.audit.chain.none"),
        WorkItem.of("audit.refusals", SECTION, "work.audit.refusals", refused, "/audit/refusals",
            "work.audit.refusals.none"));
  }
}
