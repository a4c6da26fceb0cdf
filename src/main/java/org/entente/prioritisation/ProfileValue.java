package org.entente.prioritisation;

import java.time.Instant;
import java.time.LocalDate;
import org.entente.languages.BilingualText;

/**
 * One dated value of a partner on one consideration, as derived or entered; never changed (a change is a new one).
 *
 * @param value 0–100
 * @param validFrom the day from which it holds (until a later value of the same consideration)
 * @param evidence what it rests on: the facts derived, or the reason staff gave for their judgement
 */
public record ProfileValue(long id, String partner, Consideration consideration, int value, LocalDate validFrom, Source source,
    BilingualText evidence, String enteredBy, Instant enteredAt) {

  /** Where a value comes from. */
  public enum Source {
    /** Computed from what Entente knows (the directory, engagement, planning, integrity). */
    DERIVED,
    /** A judgement entered by staff with its reason. */
    ENTERED
  }
}
