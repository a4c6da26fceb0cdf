package org.entente.planning;

import java.time.LocalDate;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A partnership goal of a package.
 *
 * @param carriedFrom the year of the cycle it was carried over from, if it was
 */
public record Goal(String code, BilingualText title, BilingualText description, Area area, LocalDate targetDate,
    @Nullable Integer carriedFrom) {

  /** The capability area a goal serves. */
  public enum Area {
    LAND, MARITIME, AIR, SPECIAL_OPERATIONS, COMMAND_AND_CONTROL, LOGISTICS, MEDICAL, CBRN, CYBER, DEFENCE_INSTITUTIONS
  }
}
