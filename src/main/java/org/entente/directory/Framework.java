package org.entente.directory;

import java.time.LocalDate;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A partnership framework (EAPC/PfP, Mediterranean Dialogue, Istanbul Cooperation Initiative, partners
 * across the globe) or a bilateral body (NATO-Russia Council, NATO-Ukraine Council, NATO-Georgia Commission).
 *
 * @param members how many organisations belonged to it on the date asked for
 */
public record Framework(
    String code,
    Category category,
    BilingualText name,
    @Nullable LocalDate established,
    int members,
    String source,
    String evidence) {

  /** Whether the framework gathers many partners or one. */
  public enum Category {
    /** Many partners with the Allies. */
    MULTILATERAL,
    /** One partner with the Allies. */
    BILATERAL
  }
}
