package org.entente.planning.pages;

import java.util.List;
import java.util.Map;
import org.entente.languages.BilingualText;
import org.entente.planning.GoalLinks;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** A partnership goal with what serves it, and the choices of the forms that link more. */
public record GoalView(GoalLinks.GoalPage goal, BilingualText partnerName, List<Choice> programmes, List<Choice> units, @Nullable String notice,
    Map<String, Violation> errors, Map<String, String> typed) {

  /** An option of a select: its value and its label. */
  public record Choice(String value, BilingualText label) {}

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }
}
