package org.entente.planning;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What serves a partnership goal: a menu activity (with, optionally, the partner's programme that plans it), or a
 * declared OCC unit the goal concerns.
 */
public record GoalLink(UUID id, UUID cycle, String goal, Kind kind, @Nullable String activity, @Nullable UUID programme, @Nullable UUID unit,
    String createdBy, Instant createdAt) {

  public enum Kind {
    ACTIVITY, UNIT
  }
}
