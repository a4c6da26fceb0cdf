package org.entente.capabilities;

import java.util.List;
import java.util.UUID;
import org.entente.languages.BilingualText;

/**
 * The partnership goals a declared unit serves, as defence planning links them (implemented by the planning module,
 * which knows the goals; the unit page asks through this so that capabilities needs nothing of planning). Answers
 * only what the caller may read.
 */
public interface UnitGoals {

  /** A goal of a PARP cycle that names this unit. */
  record LinkedGoal(UUID cycle, String period, String code, BilingualText title, String link) {}

  List<LinkedGoal> goalsOf(UUID unit);
}
