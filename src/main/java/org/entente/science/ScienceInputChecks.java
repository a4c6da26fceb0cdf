package org.entente.science;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** The checks of typed input that the module's services share: lists of codes, the ceiling of amounts (texts and codes: {@link org.entente.web.Texts}). */
final class ScienceInputChecks {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

  private ScienceInputChecks() {}

  static <E extends Enum<E>> List<E> codes(Class<E> type, @Nullable List<String> values, String field, List<Violation> violations) {
    var out = new ArrayList<E>();
    if (values == null || values.isEmpty()) {
      violations.add(new Violation(field, "problem.required", List.of()));
      return out;
    }
    if (values.size() > 20) {
      violations.add(new Violation(field, "science.too-many", List.of(20)));
      return out;
    }
    for (var v : values) {
      var e = InvalidInput.code(type, v, field, violations);
      if (e != null && !out.contains(e)) out.add(e);
    }
    return out;
  }
}
