package org.entente.capabilities;

import java.util.List;
import java.util.Locale;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/** Cleans what callers type (notes, codes, bilingual texts, naming each fault) and labels the timeline's entries. */
final class TypedText {

  private TypedText() {}

  static BilingualText label(BilingualText text) {
    return text;
  }

  static BilingualText label(String code) {
    return BilingualText.of(code, code);
  }

  static @Nullable String note(@Nullable String value) {
    if (value == null || value.isBlank()) return null;
    var v = value.strip();
    if (v.length() > 4_000) throw InvalidInput.of("reason", "capabilities.too-long", 4_000);
    return v;
  }

  static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  static BilingualText text(@Nullable BilingualText text, String field, int max, boolean required, List<Violation> violations) {
    var t = text == null ? new BilingualText(null, null) : new BilingualText(blank(text.en()), blank(text.fr()));
    if (required && t.en() == null && t.fr() == null) violations.add(new Violation(field, "problem.required", List.of()));
    if ((t.en() != null && t.en().length() > max) || (t.fr() != null && t.fr().length() > max)) {
      violations.add(new Violation(field, "capabilities.too-long", List.of(max)));
    }
    return t;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
