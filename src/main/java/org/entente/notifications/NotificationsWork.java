package org.entente.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.access.Caller;
import org.entente.work.WorkItem;
import org.entente.work.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Everyone's notices of the last seven days (row-level security keeps to those addressed to the caller). */
@Component
class NotificationsWork implements WorkSource {

  static final String SECTION = "notifications";
  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationsWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    var since = OffsetDateTime.ofInstant(Instant.now(clock).minus(Duration.ofDays(7)), ZoneOffset.UTC);
    var recent = jdbc.sql("select count(*) from notifications_outbox where cardinality(audience) > 0 and created_at > :since")
        .param("since", since).query(Long.class).single();
    return List.of(WorkItem.of("notifications.recent", SECTION, "work.notifications.recent", recent, "/notifications",
        "work.notifications.recent.none"));
  }
}
