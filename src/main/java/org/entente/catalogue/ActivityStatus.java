package org.entente.catalogue;

import java.util.Map;
import java.util.Set;

/** Where an activity stands between its provider and the menu. */
public enum ActivityStatus {
  /** Being written by its provider; seen by the provider and staff only. */
  DRAFT,
  /** Sent to Alliance staff for review. */
  SUBMITTED,
  /** Sent back by staff with reasons; the provider revises and submits again. */
  RETURNED,
  /** On the menu, for those it is eligible for or released to. */
  PUBLISHED,
  /** Taken off the menu by its provider or staff; kept in history. */
  WITHDRAWN,
  /** Taken off the menu by the yearly review; kept in history. */
  DISCARDED;

  /** Who may make a move: the provider of the activity, or the staff who curate the menu. */
  enum Actor {
    PROVIDER,
    STAFF
  }

  private static final Map<ActivityStatus, Map<ActivityStatus, Set<Actor>>> moves =
      Map.of(
          DRAFT, Map.of(SUBMITTED, Set.of(Actor.PROVIDER)),
          SUBMITTED, Map.of(PUBLISHED, Set.of(Actor.STAFF), RETURNED, Set.of(Actor.STAFF)),
          RETURNED, Map.of(SUBMITTED, Set.of(Actor.PROVIDER)),
          PUBLISHED, Map.of(WITHDRAWN, Set.of(Actor.PROVIDER, Actor.STAFF), DISCARDED, Set.of(Actor.STAFF)),
          WITHDRAWN, Map.of(),
          DISCARDED, Map.of());

  boolean allows(ActivityStatus to, Actor actor) {
    return moves.get(this).getOrDefault(to, Set.of()).contains(actor);
  }

  /** Whether its provider may still change its content (a published one is revised, not redrafted). */
  boolean editable() {
    return this == DRAFT || this == RETURNED || this == PUBLISHED;
  }
}
