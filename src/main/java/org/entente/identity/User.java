package org.entente.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.entente.access.Caller;
import org.jspecify.annotations.Nullable;

/**
 * An account as its readers may see it: memberships outside the reader's organisations are left out by the
 * database itself.
 */
public record User(
    UUID id,
    String username,
    String displayName,
    @Nullable String email,
    boolean enabled,
    @Nullable Instant lockedUntil,
    Instant createdAt,
    List<Caller.Grant> memberships) {}
