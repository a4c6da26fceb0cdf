package org.entente.planning;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment of the talks on a section of the cycle ({@code general}, {@code survey}, {@code section:FORCES},
 * {@code goals}, {@code goal:CODE}, {@code assessment}); {@code parent} threads the replies.
 *
 * @param version the version of the goals package current when it was written
 */
public record PlanningComment(UUID id, int version, String section, @Nullable UUID parent, String author, Instant writtenAt, String body) {}
