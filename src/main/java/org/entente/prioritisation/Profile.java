package org.entente.prioritisation;

import java.time.LocalDate;
import java.util.List;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A partner's profile on a date: the value in force of each of its six considerations, with its evidence, and
 * those not known yet (counted as 0 by an allocation).
 */
public record Profile(String partner, BilingualText name, LocalDate on, List<ProfileValue> values, List<Consideration> unknown) {

  /** The value in force for a consideration, or null when none is known. */
  public @Nullable ProfileValue value(Consideration consideration) {
    return values.stream().filter(v -> v.consideration() == consideration).findFirst().orElse(null);
  }

  /** The values by ordinal as an allocation reads them (0 where unknown). */
  public int[] asArray() {
    var out = new int[Consideration.OF_PARTNER.size()];
    for (var v : values) out[v.consideration().ordinal()] = v.value();
    return out;
  }
}
