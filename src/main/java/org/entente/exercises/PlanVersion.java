package org.entente.exercises;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A version of the five-year programme.
 *
 * @param number the version's number, one more than the last
 * @param firstYear the first of its five years; {@code lastYear} the fifth
 * @param basedOn the version it was copied from
 * @param exercises how many exercises the caller may read in it
 */
public record PlanVersion(UUID id, int number, int firstYear, int lastYear, VersionStatus status, BilingualText note, @Nullable UUID basedOn,
    String draftedBy, @Nullable String approvedBy, @Nullable LocalDate approvedOn, @Nullable String reason, int exercises) {

  public static final int YEARS = 5;

  public boolean covers(LocalDate date) {
    return date.getYear() >= firstYear && date.getYear() <= lastYear;
  }
}
