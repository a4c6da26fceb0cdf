package org.entente.trustfunds;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle, as one table of who may move a fund from where to where (the migration's
 * {@code trustfunds_transition} lists the same moves, and a trigger refuses any other). The idea comes from the
 * host or an Ally; staff scope it; a lead nation accepts; the proposal is agreed by lead, host and executing
 * agent; staff present it; only a confirmed Council decision launches it; the lead signs the agreements and
 * starts the work; staff close it after the final financial report. Cancelled from any open state, with a
 * reason.
 */
public enum TrustFundStatus {
  IDEA, SCOPING, LEAD_NATION_FOUND, FEASIBILITY, PROPOSAL_AGREED, PRESENTED, LAUNCHED, AGREEMENTS_SIGNED, IMPLEMENTING,
  COMPLETED, CLOSED, CANCELLED;

  /** Who moves a fund. */
  public enum Actor {
    HOST, PROPOSER, LEAD, EXECUTING_AGENT, STAFF, COUNCIL
  }

  private record Move(TrustFundStatus to, Actor by) {}

  private static final Set<Actor> CANCELLERS = Set.of(Actor.HOST, Actor.LEAD, Actor.STAFF);

  private static final Map<TrustFundStatus, List<Move>> moves = Map.ofEntries(
      Map.entry(IDEA, List.of(new Move(SCOPING, Actor.STAFF))),
      Map.entry(SCOPING, List.of(new Move(LEAD_NATION_FOUND, Actor.LEAD), new Move(LEAD_NATION_FOUND, Actor.STAFF))),
      Map.entry(LEAD_NATION_FOUND, List.of(new Move(FEASIBILITY, Actor.LEAD), new Move(FEASIBILITY, Actor.STAFF))),
      // each of the three agrees in turn; the fund moves when the last has
      Map.entry(FEASIBILITY, List.of(new Move(PROPOSAL_AGREED, Actor.LEAD), new Move(PROPOSAL_AGREED, Actor.HOST),
          new Move(PROPOSAL_AGREED, Actor.EXECUTING_AGENT))),
      Map.entry(PROPOSAL_AGREED, List.of(new Move(PRESENTED, Actor.STAFF))),
      Map.entry(PRESENTED, List.of(new Move(LAUNCHED, Actor.COUNCIL), new Move(FEASIBILITY, Actor.COUNCIL),
          new Move(PROPOSAL_AGREED, Actor.STAFF))),
      Map.entry(LAUNCHED, List.of(new Move(AGREEMENTS_SIGNED, Actor.LEAD))),
      Map.entry(AGREEMENTS_SIGNED, List.of(new Move(IMPLEMENTING, Actor.LEAD))),
      Map.entry(IMPLEMENTING, List.of(new Move(COMPLETED, Actor.LEAD), new Move(COMPLETED, Actor.EXECUTING_AGENT))),
      Map.entry(COMPLETED, List.of(new Move(CLOSED, Actor.STAFF))),
      Map.entry(CLOSED, List.of()),
      Map.entry(CANCELLED, List.of()));

  /** Not yet over: it may still be cancelled. */
  public boolean open() {
    return this != COMPLETED && this != CLOSED && this != CANCELLED;
  }

  /** Launched once: its summary is public and anyone may pledge (until it is over). */
  public boolean launched() {
    return this == LAUNCHED || this == AGREEMENTS_SIGNED || this == IMPLEMENTING || this == COMPLETED || this == CLOSED;
  }

  public boolean allows(TrustFundStatus to, Actor by) {
    if (to == CANCELLED) {
      return open() && CANCELLERS.contains(by);
    }
    return moves.get(this).contains(new Move(to, by));
  }

  /** Where any of these actors may take a fund from here, for the buttons a page shows. */
  public Set<TrustFundStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(TrustFundStatus.class);
    moves.get(this).stream().filter(m -> actors.contains(m.by()) && m.by() != Actor.COUNCIL).forEach(m -> next.add(m.to()));
    if (open() && actors.stream().anyMatch(CANCELLERS::contains)) {
      next.add(CANCELLED);
    }
    return next;
  }

  /** Every legal move as (from, to): what the database's table must say too. */
  public static Set<List<TrustFundStatus>> legalMoves() {
    var all = new java.util.HashSet<List<TrustFundStatus>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from, m.to()))));
    for (var s : values()) {
      if (s.open()) all.add(List.of(s, CANCELLED));
    }
    return all;
  }
}
