package org.entente.programmes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Two versions of a programme side by side: objectives, planned activities and goals added, removed or
 * changed, each matched by its key or activity code (so a reordering is no change).
 */
public record Comparison(int from, int to, List<Difference> objectives, List<Difference> activities, List<Difference> goals) {

  /** How an entry differs. */
  public enum Change {
    ADDED, REMOVED, CHANGED, UNCHANGED
  }

  /** One entry in both versions (either may be absent). */
  public record Difference(String key, Change change, @Nullable Object before, @Nullable Object after) {}

  public static Comparison of(int from, ProgrammeContent a, int to, ProgrammeContent b) {
    return new Comparison(from, to,
        diff(a.objectives(), b.objectives(), ProgrammeContent.Objective::key),
        diff(a.activities(), b.activities(), ProgrammeContent.PlannedActivity::code),
        diff(a.goals(), b.goals(), ProgrammeContent.Goal::key));
  }

  /** Whether anything changed at all. */
  public boolean changed() {
    return List.of(objectives, activities, goals).stream().flatMap(List::stream).anyMatch(d -> d.change() != Change.UNCHANGED);
  }

  private static <T> List<Difference> diff(List<T> before, List<T> after, Function<T, String> key) {
    var old = new LinkedHashMap<String, T>();
    before.forEach(t -> old.put(key.apply(t), t));
    var now = new LinkedHashMap<String, T>();
    after.forEach(t -> now.put(key.apply(t), t));
    var differences = new ArrayList<Difference>();
    for (Map.Entry<String, T> e : old.entrySet()) {
      var then = now.get(e.getKey());
      var change = then == null ? Change.REMOVED : then.equals(e.getValue()) ? Change.UNCHANGED : Change.CHANGED;
      differences.add(new Difference(e.getKey(), change, e.getValue(), then));
    }
    now.forEach((k, t) -> {
      if (!old.containsKey(k)) differences.add(new Difference(k, Change.ADDED, null, t));
    });
    return differences;
  }
}
