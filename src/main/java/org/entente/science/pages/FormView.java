package org.entente.science.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** A form's state on a page: what was typed, what was wrong beside each field, and a refusal of the whole. */
public record FormView(Map<String, Violation> errors, Map<String, String> typed, @Nullable String problem, List<Object> problemArguments) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public @Nullable Violation violation(String field) {
    return errors.get(field);
  }

  public boolean checked(String field, String value) {
    var v = typed.get(field);
    return v != null && Arrays.asList(v.split(",")).contains(value);
  }
}
