package org.entente.capabilities;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A remedial action's states (the machine {@code ACTION}): the partner or staff follow it until done; staff cancel it. */
public enum ActionStatus {
  OPEN, IN_PROGRESS, DONE, CANCELLED;

  private record Move(ActionStatus to, Actor by) {}

  private static final Map<ActionStatus, List<Move>> moves = Map.of(
      OPEN, List.of(new Move(IN_PROGRESS, Actor.PARTNER), new Move(IN_PROGRESS, Actor.STAFF), new Move(DONE, Actor.PARTNER),
          new Move(DONE, Actor.STAFF), new Move(CANCELLED, Actor.STAFF)),
      IN_PROGRESS, List.of(new Move(DONE, Actor.PARTNER), new Move(DONE, Actor.STAFF), new Move(CANCELLED, Actor.STAFF)),
      DONE, List.of(),
      CANCELLED, List.of());

  public boolean allows(ActionStatus to, Actor by) {
    return moves.get(this).stream().anyMatch(m -> m.to() == to && m.by() == by);
  }

  public Set<ActionStatus> next(Set<Actor> actors) {
    var next = EnumSet.noneOf(ActionStatus.class);
    moves.get(this).stream().filter(m -> actors.contains(m.by())).forEach(m -> next.add(m.to()));
    return next;
  }

  public boolean open() {
    return this == OPEN || this == IN_PROGRESS;
  }

  public static Set<List<String>> legalMoves() {
    var all = new HashSet<List<String>>();
    moves.forEach((from, list) -> list.forEach(m -> all.add(List.of(from.name(), m.to().name()))));
    return all;
  }
}
