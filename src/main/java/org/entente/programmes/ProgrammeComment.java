package org.entente.programmes;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment of the review on a section of the text ({@code general}, {@code objective:O1}, {@code activity:CODE}, …);
 * {@code parent} threads the replies.
 *
 * @param version the version that was current when it was written
 */
public record ProgrammeComment(UUID id, int version, String section, @Nullable UUID parent, String author, Instant writtenAt, String body) {}
