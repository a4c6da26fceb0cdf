package org.entente.registration;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A nation's nomination of a participant to an event, where it stands and whether it holds a seat.
 *
 * @param waitlistPosition its place in line while waitlisted (lower goes first)
 * @param offerExpiresAt while offered, until when the seat is kept
 */
public record Nomination(
    UUID id,
    UUID event,
    String activity,
    String provider,
    String nation,
    UUID participant,
    String participantName,
    NominationState state,
    boolean holdsSeat,
    @Nullable Long waitlistPosition,
    @Nullable Instant offerExpiresAt,
    Instant nominatedAt,
    Instant changedAt) {}
