package org.entente.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.entente.audit.AuditLog.Verification;
import org.entente.database.ClusterJobs;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifications of the trail's chains, kept with their results: every {@code entente.audit.verify-every} (by
 * whichever instance comes first) and whenever an auditor asks. Walking the whole trail takes time in proportion to
 * its size, so a look at the start page reads the last result rather than walking it again.
 */
@Component
public class ChainChecks {

  /** A verification as it was recorded. */
  record Checked(Verification result, Instant at) {}

  private final AuditLog log;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Duration every;
  private final ClusterJobs cluster;

  ChainChecks(AuditLog log, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
      @Value("${entente.audit.verify-every:PT15M}") Duration every, ClusterJobs cluster) {
    this.cluster = cluster;
    this.log = log;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.every = every;
  }

  /** Walks every chain now and records the result; {@code by} is the auditor who asked, null for the schedule. */
  public Verification verifyNow(@Nullable String by) {
    var result = log.verify();
    transactions.executeWithoutResult(status -> jdbc.sql("""
            insert into audit_verification (verified_at, records, intact, broken_at, reason, requested_by)
            values (:at, :records, :intact, :broken, :reason, :by)
            """)
        .param("at", OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC)).param("records", result.records())
        .param("intact", result.intact()).param("broken", result.firstBrokenRecord()).param("reason", result.reason())
        .param("by", by).update());
    return result;
  }

  /** The last recorded verification, if any (read in the caller's transaction, under row-level security). */
  Optional<Checked> last() {
    return jdbc.sql("select * from audit_verification order by verified_at desc, id desc limit 1")
        .query((rs, n) -> new Checked(new Verification(rs.getBoolean("intact"), rs.getLong("records"),
            rs.getObject("broken_at", Long.class), rs.getString("reason")), rs.getTimestamp("verified_at").toInstant()))
        .optional();
  }

  /** On schedule, one instance at a time; one that finds a verification recent enough (just made elsewhere) skips it. */
  @Scheduled(fixedDelayString = "${entente.audit.verify-every:PT15M}", initialDelayString = "${entente.audit.first-verify:PT1M}")
  void onSchedule() {
    cluster.runAlone("audit verification", () -> {
      var recent = transactions.execute(status -> last().filter(c -> c.at().isAfter(Instant.now(clock).minus(every.dividedBy(2)))).isPresent());
      if (!Boolean.TRUE.equals(recent)) {
        verifyNow(null);
      }
    });
  }
}
