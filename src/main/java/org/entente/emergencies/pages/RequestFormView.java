package org.entente.emergencies.pages;

import java.util.Map;
import java.util.UUID;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The form of a request for assistance (new, or a draft revised): fields as typed, with rows for needs and
 * contacts (blank rows are left out), and errors by field.
 *
 * @param incident the draft revised, or null for a new request
 */
public record RequestFormView(@Nullable UUID incident, Map<String, String> typed, Map<String, Violation> errors, int needRows,
    int contactRows) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public String message(String field) {
    return errors.containsKey(field) ? field : "";
  }
}
