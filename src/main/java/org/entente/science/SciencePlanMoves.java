package org.entente.science;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.entente.web.Conflict;
import org.entente.web.InvalidInput;
import org.entente.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the moves of a multi-year project need, asked by {@link Science#transition} inside its transaction once the
 * one transition table allowed the move: the planning grant's amount (more than nothing, less than the budget: a
 * smaller award first), the full project plan's text (a co-director's), and before the full award every assigned
 * reviewer of the plan having submitted (one at least).
 */
@Component
class SciencePlanMoves {

  private final SciencePlanStore store;
  private final Clock clock;

  SciencePlanMoves(SciencePlanStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  void move(Application current, ApplicationStatus target, @Nullable String note, @Nullable BigDecimal amount, Map<String, Object> summary) {
    switch (target) {
      case PLANNING_GRANT -> {
        if (amount == null) throw InvalidInput.of("amount", "problem.required");
        var plain = amount.stripTrailingZeros();
        if (plain.scale() > 2) throw InvalidInput.of("amount", "science.amount.minor-unit", 2);
        if (plain.signum() <= 0 || plain.compareTo(current.budget().total()) >= 0) {
          throw InvalidInput.of("amount", "science.planning.range", current.budget().total().toPlainString());
        }
        store.planningGrant(current.id(), plain.setScale(2), LocalDate.now(clock));
        summary.put("planningAmount", plain.setScale(2).toPlainString());
      }
      case PLAN_SUBMITTED -> {
        if (note == null) throw InvalidInput.of("comment", "science.plan.required");
        Texts.require("comment", note, 8_000);
        store.submitPlan(current.id(), note);
        summary.put("planLength", note.length());
      }
      case PLAN_REVIEW -> store.openReview(current.id());
      default -> throw new IllegalArgumentException(target.name());
    }
  }

  /** 409 unless the plan's second review is complete: one review at least, every one not declined submitted. */
  void reviewed(Application current) {
    var active = store.reviews(current.id()).stream().filter(r -> r.state() != Review.State.DECLINED).toList();
    if (active.isEmpty() || active.stream().anyMatch(r -> r.state() != Review.State.SUBMITTED)) {
      throw new Conflict("science.plan.reviews-pending", current.code());
    }
  }
}
