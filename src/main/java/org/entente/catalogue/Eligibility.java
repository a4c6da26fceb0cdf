package org.entente.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which partners an activity is open to: all partners, the members of some frameworks, named nations, or
 * case by case on a Council decision (whose reference is kept; the nations it admits are named). Allies may
 * take part in everything.
 */
public record Eligibility(Kind kind, List<String> frameworks, List<String> nations, @Nullable String councilDecision) {

  /** The rule. */
  public enum Kind {
    /** Every partner nation. */
    ALL_PARTNERS,
    /** The partners of the frameworks named. */
    FRAMEWORKS,
    /** The nations named. */
    NATIONS,
    /** Nations admitted one by one by a Council decision. */
    CASE_BY_CASE
  }

  public Eligibility {
    frameworks = List.copyOf(frameworks);
    nations = List.copyOf(nations);
  }

  public static Eligibility allPartners() {
    return new Eligibility(Kind.ALL_PARTNERS, List.of(), List.of(), null);
  }
}
