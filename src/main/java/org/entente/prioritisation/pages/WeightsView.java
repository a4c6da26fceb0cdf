package org.entente.prioritisation.pages;

import java.util.List;
import java.util.Map;
import org.entente.prioritisation.Consideration;
import org.entente.prioritisation.WeightSet;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The weights: the set in force, the proposal before the Council, the history, and staff's form. */
public record WeightsView(WeightSet.Current current, @Nullable WeightSet proposed, List<WeightSet> history, List<Consideration> considerations,
    boolean keeps, @Nullable String notice, List<Object> noticeArgs, Map<String, Violation> errors, Map<String, String> typed) {

  public String typed(String field, String absent) {
    return typed.getOrDefault(field, absent);
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String weight(WeightSet set, Consideration c) {
    return String.valueOf(set.weights().get(c));
  }
}
