package org.entente.science;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A part of an award, due on a milestone or a date, exact to the cent (a string in JSON). Its states move in one
 * table (the database holds the same pairs in {@code science_instalment_transition}): planned, released by staff
 * for payment, paid.
 */
public record Instalment(UUID id, UUID application, int number, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    @Nullable String milestone, @Nullable LocalDate dueOn, State state, String plannedBy, Instant plannedAt,
    @Nullable String releasedBy, @Nullable Instant releasedAt, @Nullable String paidBy, @Nullable Instant paidAt) {

  public enum State {
    PLANNED, RELEASED, PAID;

    private static final Map<State, Set<State>> MOVES = Map.of(PLANNED, Set.of(RELEASED), RELEASED, Set.of(PAID));

    public boolean allows(State to) {
      return MOVES.getOrDefault(this, Set.of()).contains(to);
    }

    /** The next state, if any. */
    public @Nullable State next() {
      return MOVES.getOrDefault(this, Set.of()).stream().findFirst().orElse(null);
    }
  }

  /** Due (planned, not yet released) on or before this day. */
  public boolean dueBy(LocalDate day) {
    return state == State.PLANNED && dueOn != null && !dueOn.isAfter(day);
  }
}
