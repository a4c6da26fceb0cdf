package org.entente.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.access.Caller;
import org.entente.access.Permission;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The auditor's daily work: whether the trail's chain holds (verified on each look: a broken link is the one
 * thing an auditor must never miss), and the accesses refused in the last seven days.
 */
@Component
class AuditWork implements WorkSource {

  static final String SECTION = "audit";
  private final AuditLog log;
  private final JdbcClient jdbc;
  private final Clock clock;

  AuditWork(AuditLog log, JdbcClient jdbc, Clock clock) {
    this.log = log;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (!caller.has(Permission.READ_AUDIT_GLOBALLY)) {
      return List.of();
    }
    var verification = log.verify();
    var since = OffsetDateTime.ofInstant(Instant.now(clock).minus(Duration.ofDays(7)), ZoneOffset.UTC);
    var refused = jdbc.sql("select count(*) from audit_record where action = 'ACCESS_DENIED' and at > :since")
        .param("since", since).query(Long.class).single();
    var broken = verification.intact() ? 0 : 1;
    return List.of(
        new WorkItem("audit.chain", SECTION, "work.audit.chain", List.of(Long.toString(verification.records()),
            verification.firstBrokenRecord() == null ? "" : verification.firstBrokenRecord().toString()), broken,
            "/audit?verify=true", "work.audit.chain.none"),
        WorkItem.of("audit.refusals", SECTION, "work.audit.refusals", refused, "/audit?action=ACCESS_DENIED",
            "work.audit.refusals.none"));
  }
}
