package org.entente.markings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.web.InvalidInput;
import org.entente.web.InvalidInput.Violation;
import org.entente.web.Unprocessable;
import org.jspecify.annotations.Nullable;

/**
 * A marking and its releasability: the frameworks (e.g. {@code EAPC_PFP}) and nations (ISO alpha-3) it may
 * be released to. An empty releasability means no release beyond the Alliance (or anyone, for PUBLIC).
 */
public record Marking(Classification level, Set<String> releasableTo) {

  // Words that mark classified information, however spelled: refused with 422, not treated as a typo.
  private static final Pattern CLASSIFIED =
      Pattern.compile("\\b(RESTRICTED|CONFIDENTIAL|SECRET|COSMIC|TOP[ _-]?SECRET|ATOMAL|NR|NC|NS|CTS|BOHEMIA)\\b");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

  public Marking {
    releasableTo = Set.copyOf(new TreeSet<>(releasableTo));
  }

  public static Marking of(Classification level, String... releasableTo) {
    return new Marking(level, Set.of(releasableTo));
  }

  /**
   * Reads a marking as a caller typed it.
   *
   * @param field the name of the field, for the error
   * @throws Unprocessable (422) for any classified marking
   * @throws InvalidInput (400) for anything else that is not one of the accepted markings
   */
  public static Marking parse(@Nullable String level, @Nullable List<String> releasableTo, String field) {
    var normalised = level == null ? "" : level.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_');
    if (CLASSIFIED.matcher(normalised.replace('_', ' ')).find()) {
      throw new Unprocessable(field, "marking.classified", level);
    }
    Classification classification;
    try {
      classification = Classification.valueOf(normalised);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of(field, "problem.one-of", "PUBLIC, NON_CLASSIFIED, NATO_UNCLASSIFIED");
    }
    var codes = new ArrayList<String>();
    var violations = new ArrayList<Violation>();
    var given = releasableTo == null ? List.<String>of() : releasableTo;
    for (int i = 0; i < given.size(); i++) {
      var code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        violations.add(new Violation(field + ".releasableTo[" + i + "]", "marking.releasability", List.of()));
      }
      codes.add(code);
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new Marking(classification, Set.copyOf(codes));
  }
}
