package org.entente.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the trail.
 *
 * @param seq its number in the whole trail: unique, increasing in each chain (a gap where a transaction rolled back)
 * @param actor the username, or {@code system}, or {@code anonymous}
 * @param organisation the organisation the actor acted for
 * @param action what happened, e.g. {@code USER_CREATED}, {@code LOGIN_FAILED}
 * @param summary what changed, as JSON
 * @param previousHash the hash of the record before it in its chain
 * @param hash SHA-256 of the previous hash and this record's canonical form
 * @param chain which of the trail's chains it belongs to (0–15; see {@code AuditChain})
 * @param link its place in its chain, from 1; null for the records written before there were several chains
 *     (chain 0, where their place is their seq)
 */
public record AuditRecord(
    long seq,
    Instant at,
    String actor,
    @Nullable String organisation,
    String action,
    @Nullable String entityType,
    @Nullable String entityId,
    String summary,
    @Nullable String requestId,
    String previousHash,
    String hash,
    int chain,
    @Nullable Long link) {

  /** A record of chain 0 as written before there were several chains: its place in the chain is its seq. */
  public AuditRecord(long seq, Instant at, String actor, @Nullable String organisation, String action,
      @Nullable String entityType, @Nullable String entityId, String summary, @Nullable String requestId,
      String previousHash, String hash) {
    this(seq, at, actor, organisation, action, entityType, entityId, summary, requestId, previousHash, hash, 0, null);
  }

  /** Its place in its chain. */
  public long place() {
    return link == null ? seq : link;
  }
}
