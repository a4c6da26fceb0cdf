package org.entente.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail back: searches for the audit page and API, and the verification of the chain. Row-level
 * security lets only auditors (and the system) read it.
 */
@Service
public class AuditLog {

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What to look for; every part is optional. */
  public record Filter(
      @Nullable String actor,
      @Nullable String action,
      @Nullable String entityType,
      @Nullable String entityId,
      @Nullable Instant from,
      @Nullable Instant to) {}

  /** A page of records, newest first, with the number of all that match. */
  public record Page(List<AuditRecord> items, long total) {}

  /** The outcome of a verification: intact, or the first record that does not hold and why. */
  public record Verification(boolean intact, long records, @Nullable Long firstBrokenRecord, @Nullable String reason) {}

  private static final String WHERE =
      """
       where (cast(:actor as text) is null or actor = :actor)
         and (cast(:action as text) is null or action = :action)
         and (cast(:entityType as text) is null or entity_type = :entityType)
         and (cast(:entityId as text) is null or entity_id = :entityId)
         and (cast(:from as timestamptz) is null or at >= :from)
         and (cast(:to as timestamptz) is null or at < :to)
      """;

  @Transactional(readOnly = true)
  public Page search(Filter filter, int page, int size) {
    var total =
        bind(jdbc.sql("select count(*) from audit_record" + WHERE), filter).query(Long.class).single();
    var items =
        bind(jdbc.sql("select * from audit_record" + WHERE + " order by seq desc limit :limit offset :offset"), filter)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(AuditLog::record)
            .list();
    return new Page(items, total);
  }

  /** Walks the whole chain in one consistent snapshot, so that appends meanwhile do not disturb it. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    var head =
        jdbc.sql("select seq, hash from audit_head")
            .query((rs, n) -> new AuditChain.Head(rs.getLong("seq"), rs.getString("hash")))
            .single();
    var verifier = new AuditChain.Verifier();
    jdbc.sql("select * from audit_record order by seq")
        .withFetchSize(1000)
        .query((ResultSet rs) -> {
          verifier.accept(record(rs, 0));
        });
    var result = verifier.finish(head);
    return new Verification(result.intact(), result.records(), result.brokenAt(), result.reason());
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Filter filter) {
    return statement
        .param("actor", filter.actor())
        .param("action", filter.action())
        .param("entityType", filter.entityType())
        .param("entityId", filter.entityId())
        .param("from", filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC))
        .param("to", filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
  }

  static AuditRecord record(ResultSet rs, int row) throws SQLException {
    return new AuditRecord(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("organisation"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getString("entity_id"),
        rs.getString("summary"),
        rs.getString("request_id"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
