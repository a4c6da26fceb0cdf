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

  /**
   * Walks every chain in one consistent snapshot, so that appends meanwhile do not disturb it: each chain from the
   * genesis hash to its head, and all {@code AuditChain.CHAINS} heads present.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    var heads =
        jdbc.sql("select chain, link, seq, hash from audit_head order by chain")
            .query((rs, n) -> new AuditChain.Head(rs.getInt("chain"), rs.getLong("link"), rs.getLong("seq"), rs.getString("hash")))
            .list();
    var verifier = new AuditChain.Verifier(heads);
    jdbc.sql("select * from audit_record order by chain, coalesce(link, seq)")
        .withFetchSize(1000)
        .query((ResultSet rs) -> {
          verifier.accept(record(rs, 0));
        });
    var result = verifier.finish();
    var present = heads.stream().map(AuditChain.Head::chain).collect(java.util.stream.Collectors.toSet());
    for (int chain = 0; chain < AuditChain.CHAINS; chain++) {
      if (!present.contains(chain) && result.intact()) {
        return new Verification(false, result.records(), 0L, "the head of chain " + chain + " is missing");
      }
    }
    return new Verification(result.intact(), result.records(), result.brokenAt(), result.reason());
  }

  /**
   * A digest of every chain's head (SHA-256 of "chain:link:hash" lines): written down outside the system now and
   * then, it proves later that the trail up to then was not rewritten, which no chain can prove on its own.
   */
  @Transactional(readOnly = true)
  public String seal() {
    var lines =
        jdbc.sql("select chain, link, hash from audit_head order by chain")
            .query((rs, n) -> rs.getInt("chain") + ":" + rs.getLong("link") + ":" + rs.getString("hash") + "\n")
            .list();
    try {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      lines.forEach(line -> digest.update(line.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
        rs.getString("hash"),
        rs.getInt("chain"),
        rs.getObject("link", Long.class));
  }
}
