package org.entente.exercises.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.directory.Names;
import org.entente.exercises.Exercise;
import org.entente.exercises.PlanVersion;
import org.entente.exercises.VersionStatus;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One version with its exercises, the planning board's moves and, while it is a draft, the form for an exercise.
 *
 * @param section the form a refusal belongs to ({@code status} or {@code exercise})
 */
public record VersionView(PlanVersion version, List<Exercise> exercises, Set<VersionStatus> next, boolean planner, Names names,
    @Nullable String section, Map<String, Violation> errors, Map<String, String> typed, @Nullable Violation notice) {

  public boolean in(String name) {
    return name.equals(section);
  }

  public @Nullable Violation errorOf(String field) {
    return errors.get(field);
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public List<VersionStatus> moves() {
    return next.stream().sorted().toList();
  }

  public boolean editing() {
    return planner && version.status().editable();
  }

  /** The errors of the exercise form no field shows (conferences as a whole, the form's own). */
  public List<Violation> otherErrors() {
    var shown = Set.of("code", "name", "kind", "startsOn", "endsOn", "place", "activity", "invited");
    return errors.values().stream().filter(v -> !shown.contains(v.name())).toList();
  }
}
