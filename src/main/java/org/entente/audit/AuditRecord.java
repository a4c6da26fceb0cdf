package org.entente.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the trail.
 *
 * @param seq its place in the chain, from 1
 * @param actor the username, or {@code system}, or {@code anonymous}
 * @param organisation the organisation the actor acted for
 * @param action what happened, e.g. {@code USER_CREATED}, {@code LOGIN_FAILED}
 * @param summary what changed, as JSON
 * @param previousHash the hash of the record before it
 * @param hash SHA-256 of the previous hash and this record's canonical form
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
    String hash) {}
