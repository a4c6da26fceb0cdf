package org.entente.web;

import java.util.List;
import java.util.Locale;
import org.entente.languages.BilingualText;
import org.entente.web.InvalidInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What every text the system accepts must be, wherever it comes from (JSON body, query or path parameter,
 * form field, imported file): no character PostgreSQL cannot store (U+0000) or that is no character at all
 * (a lone UTF-16 surrogate), and not longer than its limit — checked before any query, so that a 1 MB value
 * is a 400 and never an index error, and so that nothing stored can break an export later (an XLSX cell
 * holds at most 32,767 characters).
 */
public final class Texts {

  /** The limit of a text that states none of its own (a description, a comment, a parameter). */
  public static final int MAX = 10_000;

  private Texts() {}

  /** The message key of what is wrong with the characters of a text, or null when none. */
  public static @Nullable String badCharacters(@Nullable String value) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\u0000') {
        return "problem.characters";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return "problem.characters";
        }
      } else if (Character.isLowSurrogate(c)) {
        return "problem.characters";
      }
    }
    return null;
  }

  /** Adds to {@code violations} what is wrong with the text named {@code field}; true when all is well. */
  public static boolean check(String field, @Nullable String value, int max, List<Violation> violations) {
    if (value == null) {
      return true;
    }
    var characters = badCharacters(value);
    if (characters != null) {
      violations.add(new Violation(field, characters, List.of()));
      return false;
    }
    if (value.length() > max) {
      violations.add(new Violation(field, "problem.too-long", List.of(max)));
      return false;
    }
    return true;
  }

  /** The same, throwing {@link InvalidInput} at once. */
  public static @Nullable String require(String field, @Nullable String value, int max) {
    var violations = new java.util.ArrayList<Violation>();
    if (!check(field, value, max, violations)) {
      throw new InvalidInput(violations);
    }
    return value;
  }

  /**
   * A text in both languages as someone typed it (a title, a description, a note), tidied and checked:
   * present in at least one language when {@code required} (else {@code problem.required}), no bad character
   * in either ({@code problem.characters}), and neither language longer than {@code max}
   * ({@code problem.too-long}); at most one violation for the field, added to {@code violations}.
   *
   * <p>One rule for every module: a language that is blank is absent, and what is kept is stripped. A title of
   * spaces is no title — it would show as an empty line and hide the fallback to the other language — so it
   * counts as missing for "required" and is never stored; spaces around a text are never meant. ({@link
   * BilingualText} itself holds to that rule; it is stated here because this is where typed text is judged.)
   * Every module says "too long" in the same words, so that a person meets one wording across the system.
   *
   * @return the tidied text (never null; both languages absent when nothing was given), even when it is wrong
   */
  public static BilingualText bilingual(String field, @Nullable BilingualText text, int max, boolean required,
      List<Violation> violations) {
    return bilingual(field, text, max, required ? "problem.required" : null, violations);
  }

  /**
   * The same, for a text that is required and whose absence a module explains in words of its own
   * ({@code missing}, the message key, e.g. "give the text in English, in French, or both"); a null
   * {@code missing} means the text may be absent.
   */
  public static BilingualText bilingual(String field, @Nullable BilingualText text, int max, @Nullable String missing,
      List<Violation> violations) {
    var tidy = text == null ? new BilingualText(null, null) : new BilingualText(blank(text.en()), blank(text.fr()));
    if (tidy.en() == null && tidy.fr() == null) {
      if (missing != null) {
        violations.add(new Violation(field, missing, List.of()));
      }
      return tidy;
    }
    var characters = badCharacters(tidy.en());
    if (characters == null) {
      characters = badCharacters(tidy.fr());
    }
    if (characters != null) {
      violations.add(new Violation(field, characters, List.of()));
    } else if (length(tidy.en()) > max || length(tidy.fr()) > max) {
      violations.add(new Violation(field, "problem.too-long", List.of(max)));
    }
    return tidy;
  }

  /**
   * A text in one language as someone typed it (a name, a role, an organisation), by the same rule as
   * {@link #bilingual}: stripped, blank is absent ({@code problem.required} when {@code required}), no bad
   * character, at most {@code max} characters ({@code problem.too-long}); at most one violation for the field.
   *
   * @return the stripped text, or null when nothing but spaces was typed
   */
  public static @Nullable String typed(String field, @Nullable String value, int max, boolean required,
      List<Violation> violations) {
    var tidy = blank(value);
    if (tidy == null) {
      if (required) {
        violations.add(new Violation(field, "problem.required", List.of()));
      }
      return null;
    }
    check(field, tidy, max, violations);
    return tidy;
  }

  /** A code as typed (an organisation, a currency, a goal): stripped and upper-case; nothing typed is "". */
  public static String upper(@Nullable String value) {
    return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
  }

  /** What a person typed into a field that may be left empty: stripped, and nothing but spaces is nothing (null). */
  public static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int length(@Nullable String value) {
    return value == null ? 0 : value.length();
  }

  /**
   * A text made safe for a place that cannot hold it whole (a spreadsheet cell): cut at {@code max}
   * characters with a visible marker, never inside a surrogate pair. Input limits keep this from happening;
   * an export must still never fail because of what is stored.
   */
  public static String fit(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    var marker = " […]";
    int cut = max - marker.length();
    if (cut > 0 && Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    return value.substring(0, Math.max(0, cut)) + marker;
  }
}
