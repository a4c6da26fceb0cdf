package org.entente.identity;

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

/** The administrator's daily work: accounts locked out now, and memberships granted in the last seven days. */
@Component
class IdentityWork implements WorkSource {

  static final String SECTION = "identity";
  private final JdbcClient jdbc;
  private final Clock clock;

  IdentityWork(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<WorkItem> itemsFor(Caller caller) {
    if (!caller.has(Permission.MANAGE_USERS_GLOBALLY)) {
      return List.of();
    }
    var now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    var locked = jdbc.sql("select id from identity_user where locked_until > :now order by locked_until").param("now", now)
        .query(java.util.UUID.class).list();
    var granted = jdbc.sql("select count(*) from identity_membership where granted_at > :since")
        .param("since", now.minus(Duration.ofDays(7))).query(Long.class).single();
    return List.of(
        // one locked account: straight to it, where it is unlocked
        WorkItem.of("identity.locked", SECTION, "work.identity.locked", locked.size(),
            locked.size() == 1 ? "/users/" + locked.getFirst() : "/users", "work.identity.locked.none"),
        WorkItem.of("identity.granted", SECTION, "work.identity.granted", granted, "/users", "work.identity.granted.none"));
  }
}
