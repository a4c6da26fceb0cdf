package org.entente.capabilities;

import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Cleans the notes callers type and labels the timeline's entries (typed texts and codes: {@link org.entente.web.Texts}). */
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
}
