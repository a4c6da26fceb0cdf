package org.entente.registration;

import java.util.Map;
import java.util.Set;

/**
 * Where a nomination stands, and the one table of moves between states. Each state says once whether it
 * holds a seat; the database says the same in {@code registration_holds_seat} and the same moves in
 * {@code registration_transition} ({@code NominationStatesIntegrationTest} compares them).
 */
public enum NominationState {
  /** Put forward by a nation; waiting for the provider. */
  NOMINATED(false),
  /** Given a seat by the provider, or an offer accepted. */
  CONFIRMED(true),
  /** In line for a seat, in the order of waitlisting. */
  WAITLISTED(false),
  /** Refused by the provider. */
  DECLINED(false),
  /** Withdrawn by the nation or the participant. */
  CANCELLED(false),
  /** A freed seat offered to the head of the waitlist, kept until it expires. */
  OFFERED(true),
  /** An offer not accepted in time; the next in line is offered. */
  EXPIRED(false),
  /** Took part in the event. */
  ATTENDED(true),
  /** Held a seat and did not come. */
  NO_SHOW(false);

  /** Who makes a move: the nominating nation (or the participant), the event's provider, or the system. */
  public enum Actor {
    NATION,
    PROVIDER,
    SYSTEM
  }

  private final boolean holdsSeat;

  NominationState(boolean holdsSeat) {
    this.holdsSeat = holdsSeat;
  }

  public boolean holdsSeat() {
    return holdsSeat;
  }

  private static final Map<NominationState, Map<NominationState, Actor>> moves =
      Map.of(
          NOMINATED, Map.of(CONFIRMED, Actor.PROVIDER, WAITLISTED, Actor.PROVIDER, DECLINED, Actor.PROVIDER, CANCELLED, Actor.NATION),
          WAITLISTED, Map.of(CONFIRMED, Actor.PROVIDER, OFFERED, Actor.SYSTEM, DECLINED, Actor.PROVIDER, CANCELLED, Actor.NATION),
          OFFERED, Map.of(CONFIRMED, Actor.NATION, EXPIRED, Actor.SYSTEM, CANCELLED, Actor.NATION),
          CONFIRMED, Map.of(CANCELLED, Actor.NATION, ATTENDED, Actor.PROVIDER, NO_SHOW, Actor.PROVIDER),
          DECLINED, Map.of(),
          CANCELLED, Map.of(),
          EXPIRED, Map.of(),
          ATTENDED, Map.of(),
          NO_SHOW, Map.of());

  /** Who may move a nomination from this state to that one, if anyone. */
  public java.util.Optional<Actor> mover(NominationState to) {
    return java.util.Optional.ofNullable(moves.get(this).get(to));
  }

  public Set<NominationState> next() {
    return moves.get(this).keySet();
  }
}
