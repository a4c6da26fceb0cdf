package org.entente.emergencies;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where an offer line stands, and the one table of its moves (mirrored by {@code emergencies_transition}). */
public enum OfferStatus {
  /** Made by a nation; waiting for the stricken nation. */
  OFFERED,
  /** Accepted by the stricken nation, wholly or in part (the accepted quantity says which). */
  ACCEPTED,
  /** Not wanted by the stricken nation. */
  DECLINED,
  /** Taken back by the nation that offered it, before a decision. */
  WITHDRAWN,
  /** On its way. */
  DISPATCHED,
  /** Delivered. */
  ARRIVED;

  private static final Map<OfferStatus, Map<OfferStatus, Actor>> moves =
      Map.of(
          OFFERED, Map.of(ACCEPTED, Actor.STRICKEN_NATION, DECLINED, Actor.STRICKEN_NATION, WITHDRAWN, Actor.DONOR),
          ACCEPTED, Map.of(DISPATCHED, Actor.DONOR),
          DISPATCHED, Map.of(ARRIVED, Actor.DONOR),
          DECLINED, Map.of(),
          WITHDRAWN, Map.of(),
          ARRIVED, Map.of());

  public Optional<Actor> mover(OfferStatus to) {
    return Optional.ofNullable(moves.get(this).get(to));
  }

  public Set<OfferStatus> next() {
    return moves.get(this).keySet();
  }

  /** Counts as accepted into its need. */
  public boolean accepted() {
    return this == ACCEPTED || this == DISPATCHED || this == ARRIVED;
  }
}
