package org.entente.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.entente.web.Conflict;
import org.springframework.stereotype.Component;

/** The two-year rhythm of a PARP cycle: its goals in its even year, its assessment in the odd one after it ({@link CycleStatus.Year}). */
@Component
class PlanningRhythm {

  /** A fixed "today" for replaying past years (the demo's last cycle); unbound, the {@link Clock} bean decides. */
  static final ScopedValue<Clock> REPLAY = ScopedValue.newInstance();

  private final Clock clock;

  PlanningRhythm(Clock clock) {
    this.clock = clock;
  }

  /** Today, as the clock (or a replay of a past year) says. */
  LocalDate today() {
    return LocalDate.now(REPLAY.isBound() ? REPLAY.get() : clock);
  }

  Instant now() {
    return Instant.now(REPLAY.isBound() ? REPLAY.get() : clock);
  }

  boolean inItsYear(Cycle cycle, CycleStatus to) {
    var year = today().getYear();
    return switch (cycle.status().yearOf(to)) {
      case GOALS -> year == cycle.year();
      case ASSESSMENT -> year == cycle.year() + 1;
      case ANY -> true;
    };
  }

  /** Goals in the even year, the assessment in the odd year after it: otherwise 409 naming the year it belongs in. */
  void requireYear(Cycle cycle, CycleStatus to) {
    if (inItsYear(cycle, to)) return;
    var inYear = cycle.status().yearOf(to) == CycleStatus.Year.GOALS ? cycle.year() : cycle.year() + 1;
    throw new Conflict("planning.rhythm", to.name(), String.valueOf(inYear), String.valueOf(today().getYear()));
  }
}
