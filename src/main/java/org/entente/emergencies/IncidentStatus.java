package org.entente.emergencies;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request for assistance stands, and the one table of moves between states with who makes each; the
 * database holds the same table ({@code emergencies_transition}) and refuses any other move.
 */
public enum IncidentStatus {
  /** Being written by the stricken nation; seen by it alone. */
  DRAFT,
  /** Sent to the centre, which validates it (or returns it to the nation). */
  SUBMITTED,
  /** Sent by the centre to every Ally and partner: offers come in. */
  DISSEMINATED,
  /** Offers are being accepted and delivered. */
  COORDINATING,
  /** No more offers; deliveries finishing. */
  CLOSING,
  /** Over. */
  CLOSED;

  private static final Map<IncidentStatus, Map<IncidentStatus, Actor>> moves =
      Map.of(
          DRAFT, Map.of(SUBMITTED, Actor.STRICKEN_NATION),
          SUBMITTED, Map.of(DRAFT, Actor.CENTRE, DISSEMINATED, Actor.CENTRE),
          DISSEMINATED, Map.of(COORDINATING, Actor.CENTRE, CLOSING, Actor.CENTRE),
          COORDINATING, Map.of(CLOSING, Actor.CENTRE),
          CLOSING, Map.of(COORDINATING, Actor.CENTRE, CLOSED, Actor.CENTRE),
          CLOSED, Map.of());

  /** Who may move an incident from this state to that one, if anyone. */
  public Optional<Actor> mover(IncidentStatus to) {
    return Optional.ofNullable(moves.get(this).get(to));
  }

  public Set<IncidentStatus> next() {
    return moves.get(this).keySet();
  }

  /** Shared with every Ally and partner. */
  public boolean disseminated() {
    return this == DISSEMINATED || this == COORDINATING || this == CLOSING || this == CLOSED;
  }

  /** Nations may offer, and the stricken nation accept. */
  public boolean takesOffers() {
    return this == DISSEMINATED || this == COORDINATING;
  }

  /** Not yet closed. */
  public boolean open() {
    return this != CLOSED;
  }
}
