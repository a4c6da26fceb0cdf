package org.entente.planning;

import java.util.List;
import java.util.Locale;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** What a person typed into planning, made tidy and checked: codes upper-cased, bilingual texts required and bounded. */
final class PlanningInput {

  private PlanningInput() {}

  static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : text;
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "planning.too-long", List.of(max)));
    }
    return t;
  }
}
