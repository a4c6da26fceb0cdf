package org.entente.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.access.Guard;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditTrail.Change;
import org.entente.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which of their notices a reader has read: marked when opened, or all at once. */
@Service
public class Reading {

  private final JdbcClient jdbc;
  private final Guard guard;
  private final AuditTrail audit;
  private final Clock clock;

  Reading(JdbcClient jdbc, Guard guard, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  /** Those of these notices the caller has read. */
  @Transactional(readOnly = true)
  public Set<UUID> read(Collection<UUID> notices) {
    var caller = guard.caller();
    if (notices.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("select notice from notifications_read where user_id = :user and notice = any (:ids)")
        .param("user", caller.userId()).param("ids", notices.toArray(UUID[]::new)).query(UUID.class).list());
  }

  /** Marks one of the caller's notices read and answers where it leads (404 for one not addressed to them). */
  @Transactional
  public java.util.Optional<String> open(UUID notice) {
    var caller = guard.caller();
    var link = jdbc.sql("select link from notifications_outbox where id = :id and cardinality(audience) > 0")
        .param("id", notice).query((rs, n) -> java.util.Optional.ofNullable(rs.getString("link"))).optional()
        .orElseThrow(() -> new NotFound("notification", notice.toString()));
    var marked = jdbc.sql("insert into notifications_read (notice, user_id, read_at) values (:notice, :user, :at) on conflict do nothing")
        .param("notice", notice).param("user", caller.userId()).param("at", now()).update();
    if (marked > 0) {
      audit.record(Change.of("NOTIFICATION_READ", "notification", notice.toString(), Map.of()));
    }
    return link;
  }

  /** Marks every notice addressed to the caller read; how many were unread. */
  @Transactional
  public int markAllRead() {
    var caller = guard.caller();
    var marked = jdbc.sql("""
            insert into notifications_read (notice, user_id, read_at)
            select o.id, :user, :at from notifications_outbox o where cardinality(o.audience) > 0
            on conflict do nothing
            """)
        .param("user", caller.userId()).param("at", now()).update();
    if (marked > 0) {
      audit.record(Change.of("NOTIFICATIONS_READ", "user", caller.userId().toString(), Map.of("count", marked)));
    }
    return marked;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
  }
}
