package org.entente.planning;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What changed in the goals package between two versions, goal by goal (by code). */
public record GoalsComparison(int from, int to, List<Change> changes) {

  public enum Kind {
    ADDED, REMOVED, CHANGED, SAME
  }

  /** A goal in both versions (or one), with the fields that differ. */
  public record Change(String code, Kind kind, @Nullable Goal before, @Nullable Goal after, List<String> fields) {}

  static GoalsComparison of(int from, List<Goal> before, int to, List<Goal> after) {
    var changes = new ArrayList<Change>();
    for (var b : before) {
      var a = after.stream().filter(g -> g.code().equals(b.code())).findFirst().orElse(null);
      if (a == null) {
        changes.add(new Change(b.code(), Kind.REMOVED, b, null, List.of()));
        continue;
      }
      var fields = new ArrayList<String>();
      if (!a.title().equals(b.title())) fields.add("title");
      if (!a.description().equals(b.description())) fields.add("description");
      if (a.area() != b.area()) fields.add("area");
      if (!a.targetDate().equals(b.targetDate())) fields.add("targetDate");
      changes.add(new Change(b.code(), fields.isEmpty() ? Kind.SAME : Kind.CHANGED, b, a, fields));
    }
    for (var a : after) {
      if (before.stream().noneMatch(g -> g.code().equals(a.code()))) changes.add(new Change(a.code(), Kind.ADDED, null, a, List.of()));
    }
    return new GoalsComparison(from, to, changes);
  }
}
