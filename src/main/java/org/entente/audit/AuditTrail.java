package org.entente.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.entente.access.Callers;
import org.entente.database.SystemWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the trail. Call it inside the transaction of the change it records, so that both are committed
 * or neither. An append locks the head of one of the trail's chains until the transaction ends: appends to one
 * chain are ordered, one at a time, while other transactions append to the other chains (see
 * {@code AuditChain}).
 */
@Service
public class AuditTrail {

  private static final JsonMapper json = JsonMapper.builder().build();
  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * What happened, to what, and the gist of the change.
   *
   * @param action upper-case fact, e.g. {@code USER_CREATED}
   */
  public record Change(
      String action, @Nullable String entityType, @Nullable String entityId, Map<String, ?> summary) {

    public static Change of(String action, String entityType, String entityId, Map<String, ?> summary) {
      return new Change(action, entityType, entityId, summary);
    }
  }

  /** Records a change by the current caller (or the system, or an anonymous visitor). */
  @Transactional
  public AuditRecord record(Change change) {
    var caller = Callers.current();
    if (caller.isPresent()) {
      return append(caller.get().username(), caller.get().primaryOrganisation(), change);
    }
    return append(SystemWork.reason().isPresent() ? "system" : "anonymous", null, change);
  }

  /** Records a change by someone not (yet) signed in, such as a failed sign-in under a username. */
  @Transactional
  public AuditRecord recordAs(String actor, @Nullable String organisation, Change change) {
    return append(actor, organisation, change);
  }

  private AuditRecord append(String actor, @Nullable String organisation, Change change) {
    // two statements a record (take a head with the next number; write the record and move the head), not four:
    // every change of state pays them inside its transaction (no RETURNING: only auditors may read records)
    var taken = takeHead();
    var head = taken.head();
    var unsigned =
        new AuditRecord(
            taken.seq(),
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            actor,
            organisation == null || organisation.isEmpty() ? null : organisation,
            change.action(),
            change.entityType(),
            change.entityId(),
            json.writeValueAsString(new TreeMap<>(change.summary())),
            MDC.get("requestId"),
            head.hash(),
            "",
            head.chain(),
            head.link() + 1);
    var hash = AuditChain.hash(head.hash(), unsigned);
    var moved = jdbc.sql(
            """
            with record as (
              insert into audit_record (seq, at, actor, organisation, action, entity_type, entity_id, summary,
                                        request_id, previous_hash, hash, chain, link)
              values (:seq, :at, :actor, :organisation, :action, :entityType, :entityId, :summary,
                      :requestId, :previousHash, :hash, :chain, :link))
            update audit_head set link = :link, seq = :seq, hash = :hash where chain = :chain
            """)
        .param("seq", unsigned.seq())
        .param("at", OffsetDateTime.ofInstant(unsigned.at(), ZoneOffset.UTC))
        .param("actor", unsigned.actor())
        .param("organisation", unsigned.organisation())
        .param("action", unsigned.action())
        .param("entityType", unsigned.entityType())
        .param("entityId", unsigned.entityId())
        .param("summary", unsigned.summary())
        .param("requestId", unsigned.requestId())
        .param("previousHash", unsigned.previousHash())
        .param("hash", hash)
        .param("chain", unsigned.chain())
        .param("link", unsigned.link())
        .update();
    if (moved != 1) {
      throw new IllegalStateException("the head of audit chain " + unsigned.chain() + " did not move");
    }
    return new AuditRecord(
        unsigned.seq(), unsigned.at(), actor, unsigned.organisation(), change.action(), change.entityType(),
        change.entityId(), unsigned.summary(), unsigned.requestId(), head.hash(), hash, unsigned.chain(),
        unsigned.link());
  }

  /**
   * The head of the first chain that no other transaction is appending to, locked until this transaction ends
   * (one that already appended finds its own chain among them: it never waits for itself). When all are taken,
   * it waits for one chosen at random.
   */
  private Taken takeHead() {
    var free = head("select h.*, nextval('audit_record_seq') as next from (select chain, link, seq, hash from audit_head"
        + " order by chain for update skip locked limit 1) h", null);
    var taken = free != null ? free
        : head("select h.*, nextval('audit_record_seq') as next from (select chain, link, seq, hash from audit_head"
            + " where chain = :chain for update) h", ThreadLocalRandom.current().nextInt(AuditChain.CHAINS));
    if (taken == null) {
      throw new IllegalStateException("the audit trail has no head to append to");
    }
    return taken;
  }

  /** A head locked by this transaction, and the number of the record to append to it. */
  private record Taken(AuditChain.Head head, long seq) {}

  // the number is drawn once the head is locked (the select list runs on the locked row), as it was when it was a
  // statement of its own
  private @Nullable Taken head(String sql, @Nullable Integer chain) {
    var statement = jdbc.sql(sql);
    if (chain != null) {
      statement = statement.param("chain", chain);
    }
    return statement
        .query((rs, n) -> new Taken(
            new AuditChain.Head(rs.getInt("chain"), rs.getLong("link"), rs.getLong("seq"), rs.getString("hash")),
            rs.getLong("next")))
        .optional()
        .orElse(null);
  }
}
