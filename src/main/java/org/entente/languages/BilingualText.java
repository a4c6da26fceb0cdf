package org.entente.languages;

import org.jspecify.annotations.Nullable;

/**
 * A text held in both official languages, one field per language from the first table on (retrofitting
 * translations later is what made Indico and CiviCRM suffer). Either side may be missing while a text is
 * being written; {@link #in(Language)} then falls back to the other one and says so.
 */
public record BilingualText(@Nullable String en, @Nullable String fr) {

  public BilingualText {
    en = blankToNull(en);
    fr = blankToNull(fr);
  }

  public static BilingualText of(String en, String fr) {
    return new BilingualText(en, fr);
  }

  /** The text in the language asked for, or in the other one when it is missing. */
  public Rendering in(Language language) {
    var wanted = language == Language.FR ? fr : en;
    if (wanted != null) {
      return new Rendering(wanted, language, false);
    }
    var other = language == Language.FR ? Language.EN : Language.FR;
    var fallback = language == Language.FR ? en : fr;
    return new Rendering(fallback == null ? "" : fallback, other, fallback != null);
  }

  /** Shorthand for the displayed string, without the note about a fallback. */
  public String text(Language language) {
    return in(language).text();
  }

  /** What a reader is shown: the text, the language it is really in, and whether that is a fallback. */
  public record Rendering(String text, Language language, boolean fallback) {}

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
