package org.entente.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.entente.access.Guard;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notices into the outbox, within the caller's transaction, and lists a reader's own. */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Guard guard;
  private final MessageSource messages;

  Notifications(JdbcClient jdbc, Clock clock, Guard guard, MessageSource messages) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.guard = guard;
    this.messages = messages;
  }

  /** A notice as a reader sees it, in the reader's language. */
  public record Item(UUID id, Instant at, String subject, String body, @Nullable String link, boolean emailed) {}

  /**
   * Writes the notice in the transaction of the change it tells of: both are committed, or neither. A notice
   * with a once-key is written by the system's own work (reminders), which may read what it skips.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void write(Notice notice) {
    var now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    jdbc.sql("""
            insert into notifications_outbox (audience, email, language, subject_key, body_key, arguments, link, once_key,
              created_at, next_attempt_at)
            values (:audience, :email, :language, :subject, :body, :arguments, :link, :once, :now, :now)
            """ + (notice.onceKey() == null ? "" : " on conflict (once_key) do nothing"))
        .param("audience", notice.audience().toArray(String[]::new))
        .param("email", notice.email())
        .param("language", notice.language())
        .param("subject", notice.subjectKey())
        .param("body", notice.bodyKey())
        .param("arguments", notice.arguments().toArray(String[]::new))
        .param("link", notice.link())
        .param("once", notice.onceKey())
        .param("now", now)
        .update();
  }

  /** One page of the caller's notices, newest first, in their language (row-level security keeps to their grants). */
  @Transactional(readOnly = true)
  public org.entente.web.Listing<Item> mine(Locale locale, org.entente.web.Paging paging) {
    guard.caller();
    return paging.query(jdbc, """
            select id, created_at, subject_key, body_key, arguments, link, sent_at from notifications_outbox
            where cardinality(audience) > 0 order by created_at desc, id
            """, java.util.Map.of(), (rs, n) -> item(rs, locale));
  }

  private Item item(java.sql.ResultSet rs, Locale locale) throws java.sql.SQLException {
    Object[] args = Arguments.readable((String[]) rs.getArray("arguments").getArray(), locale);
    return new Item(rs.getObject("id", UUID.class), rs.getTimestamp("created_at").toInstant(),
        messages.getMessage(rs.getString("subject_key"), args, locale),
        messages.getMessage(rs.getString("body_key"), args, locale),
        rs.getString("link"), rs.getTimestamp("sent_at") != null);
  }

  /** The caller's notices, newest first, in their language (row-level security keeps to their grants). */
  @Transactional(readOnly = true)
  public List<Item> mine(Locale locale, int limit) {
    guard.caller();
    return jdbc.sql("""
            select id, created_at, subject_key, body_key, arguments, link, sent_at from notifications_outbox
            where cardinality(audience) > 0 order by created_at desc, id limit :limit
            """)
        .param("limit", limit)
        .query((rs, n) -> item(rs, locale))
        .list();
  }
}
