package org.entente.capabilities;

import org.entente.languages.BilingualText;
import org.entente.web.Texts;
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

  /** A reason given for a move, stripped (nothing but spaces is none), checked as {@link Texts#require} checks it. */
  static @Nullable String note(@Nullable String value) {
    return Texts.require("reason", value == null || value.isBlank() ? null : value.strip(), 4_000);
  }
}
