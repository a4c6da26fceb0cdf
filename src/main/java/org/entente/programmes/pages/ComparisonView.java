package org.entente.programmes.pages;

import java.util.List;
import org.entente.languages.BilingualText;
import org.entente.programmes.Comparison;

/** Two versions side by side, with the programme they belong to and the versions one may pick. */
public record ComparisonView(String id, BilingualText title, Comparison comparison, List<Integer> versions, boolean changesOnly) {

  /** The rows of a part to show: every entry, or only those that changed. */
  public List<Comparison.Difference> rows(String part) {
    var all = part.equals("objectives") ? comparison.objectives() : part.equals("activities") ? comparison.activities() : comparison.goals();
    return changesOnly ? all.stream().filter(d -> d.change() != Comparison.Change.UNCHANGED).toList() : all;
  }

  /** How many entries of all parts changed (added, removed or changed). */
  public long changed() {
    return java.util.stream.Stream.of(comparison.objectives(), comparison.activities(), comparison.goals())
        .flatMap(List::stream).filter(d -> d.change() != Comparison.Change.UNCHANGED).count();
  }

  /** This comparison with or without the unchanged entries. */
  public String url(boolean onlyChanges) {
    return "/programmes/" + id + "/compare?a=" + comparison.from() + "&b=" + comparison.to() + (onlyChanges ? "&changes=only" : "");
  }
}
