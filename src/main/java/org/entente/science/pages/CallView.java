package org.entente.science.pages;

import java.util.Map;
import org.entente.science.Call;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** A call with, while it is open to a signed-in reader, the application form: what was typed and what was wrong. */
public record CallView(Call call, boolean open, boolean mayApply, boolean staff, Map<String, Violation> errors, Map<String, String> typed,
    @Nullable String problem, java.util.List<Object> problemArguments) {

  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  public boolean error(String field) {
    return errors.containsKey(field);
  }

  public boolean checked(String field, String value) {
    var v = typed.get(field);
    return v != null && java.util.Arrays.asList(v.split(",")).contains(value);
  }
}
