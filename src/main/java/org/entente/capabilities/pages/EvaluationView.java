package org.entente.capabilities.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.capabilities.Area;
import org.entente.capabilities.AreaRating;
import org.entente.capabilities.Evaluation;
import org.entente.capabilities.EvaluationStatus;
import org.entente.capabilities.RemedialAction;
import org.entente.capabilities.Unit;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** An evaluation's page: the rating grid (a form while the reader rates it), its moves, and its remedial plan. */
public record EvaluationView(Evaluation evaluation, Unit unit, BilingualText partnerName, Set<EvaluationStatus> next, boolean mayRate, boolean mayPlan,
    List<RemedialAction> actions, @Nullable Notice notice, Map<String, Violation> errors, Map<String, String> typed) {

  /** A message for one section of the page. */
  public record Notice(String section, String key, List<Object> args) {}

  public boolean notice(String section) {
    return notice != null && notice.section().equals(section);
  }

  public List<Area> areas() {
    return List.of(Area.values());
  }

  public List<AreaRating.Scale> scales() {
    return List.of(AreaRating.Scale.values());
  }

  public @Nullable AreaRating rating(Area area) {
    return evaluation.rating(area);
  }

  /** What the reader typed, else what is stored. */
  public String value(String field, @Nullable String stored) {
    return typed.containsKey(field) ? typed.get(field) : stored == null ? "" : stored;
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String errorKey(String field) {
    var v = errors.get(field);
    return v == null ? "" : v.messageKey();
  }

  public List<Object> errorArgs(String field) {
    var v = errors.get(field);
    return v == null ? List.of() : v.arguments();
  }

  public static boolean needsReason(EvaluationStatus from, EvaluationStatus to) {
    return EvaluationStatus.needsReason(from, to);
  }
}
