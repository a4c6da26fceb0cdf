package org.entente.access;

import org.jspecify.annotations.Nullable;

/**
 * Published whenever a caller is refused something, so that the refusal reaches the audit trail.
 *
 * @param username who was refused, or {@code anonymous}
 * @param what the permission or address refused
 */
public record AccessDenied(String username, @Nullable String organisation, String what) {}
