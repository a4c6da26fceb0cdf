package org.entente.web;

import java.util.List;
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
