package org.entente.prioritisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.entente.languages.BilingualText;
import org.jspecify.annotations.Nullable;

/**
 * A set of weights of the seven considerations, 0–10 each, never changed once proposed.
 *
 * @param number its version, in the order proposed
 * @param decision the Council decision that put it in force or rejected it
 */
public record WeightSet(UUID id, long number, Map<Consideration, Integer> weights, WeightStatus status, BilingualText reason, String proposedBy,
    Instant proposedAt, @Nullable String decision, @Nullable LocalDate decidedOn) {

  /** The weight used while no set is in force: every consideration alike. */
  public static final int BASELINE = 5;

  public WeightSet {
    weights = java.util.Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** The weights by ordinal, as an allocation reads them. */
  public int[] asArray() {
    return asArray(weights);
  }

  static int[] asArray(Map<Consideration, Integer> weights) {
    var out = new int[Consideration.values().length];
    weights.forEach((c, w) -> out[c.ordinal()] = w);
    return out;
  }

  static Map<Consideration, Integer> of(int[] byOrdinal) {
    var out = new EnumMap<Consideration, Integer>(Consideration.class);
    for (var c : Consideration.values()) out.put(c, byOrdinal[c.ordinal()]);
    return out;
  }

  /**
   * The weights in force: the set the Council confirmed last, or the baseline while there is none.
   *
   * @param set the set in force, or null for the baseline
   */
  public record Current(Map<Consideration, Integer> weights, @Nullable WeightSet set) {
    public int[] asArray() {
      return WeightSet.asArray(weights);
    }

    public static Current baseline() {
      var w = new EnumMap<Consideration, Integer>(Consideration.class);
      for (var c : Consideration.values()) w.put(c, BASELINE);
      return new Current(w, null);
    }
  }
}
