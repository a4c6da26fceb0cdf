package org.entente.capabilities.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.capabilities.ActionStatus;
import org.entente.capabilities.Area;
import org.entente.capabilities.AreaRating;
import org.entente.capabilities.Evaluation;
import org.entente.capabilities.EvaluationStatus;
import org.entente.capabilities.RemedialAction;
import org.entente.capabilities.TimelineEntry;
import org.entente.capabilities.Unit;
import org.entente.capabilities.UnitStatus;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A unit's page: its facts, the moves the reader may make, its evaluations with the ratings grid (areas by
 * evaluation), its remedial actions, and its timeline year by year.
 */
public record UnitView(Unit unit, BilingualText partnerName, Set<UnitStatus> next, Set<EvaluationStatus.Kind> mayOpen, List<Evaluation> evaluations,
    List<Action> actions, Map<Integer, List<TimelineEntry>> timeline, boolean staff, @Nullable Notice notice, Map<String, Violation> errors,
    Map<String, String> typed, List<org.entente.capabilities.UnitGoals.LinkedGoal> goals) {

  /** A message for one section of the page. */
  public record Notice(String section, String key, List<Object> args) {}

  /** A remedial action with the evaluation it follows and the reader's next moves. */
  public record Action(RemedialAction action, String evaluation, Set<ActionStatus> next, boolean late) {}

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public List<Area> areas() {
    return List.of(Area.values());
  }

  public @Nullable AreaRating rating(Evaluation evaluation, Area area) {
    return evaluation.rating(area);
  }

  /** The level the next evaluation is at, or 0. */
  public int level() {
    return unit.status().levelUnderEvaluation();
  }

  public static boolean needsReason(UnitStatus to) {
    return UnitStatus.needsReason(to);
  }

  /** The chart's value of an area's rating: 2 interoperable, 1 partially, 0 not; nothing when not evaluated or not rated. */
  public static String score(org.entente.capabilities.@Nullable AreaRating rating) {
    if (rating == null) return "";
    return switch (rating.rating()) {
      case INTEROPERABLE -> "2";
      case PARTIALLY_INTEROPERABLE -> "1";
      case NOT_INTEROPERABLE -> "0";
      case NOT_EVALUATED -> "";
    };
  }
}
