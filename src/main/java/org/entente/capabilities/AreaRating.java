package org.entente.capabilities;

import java.time.Instant;
import org.entente.languages.BilingualText;

/** An area's rating in an evaluation on the four-value scale, with the findings behind it. */
public record AreaRating(Area area, Scale rating, BilingualText finding, String ratedBy, Instant ratedAt) {

  /** The OCC evaluation scale. */
  public enum Scale {
    INTEROPERABLE, PARTIALLY_INTEROPERABLE, NOT_INTEROPERABLE, NOT_EVALUATED
  }
}
