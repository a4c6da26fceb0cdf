package org.entente.leaks;

import java.util.List;
import java.util.Set;

/**
 * A module's entry in the leak harness. Write one class implementing this in the module's test package
 * (with a public no-argument constructor); {@link LeakHarnessIntegrationTest} finds it by itself.
 *
 * <p>{@link #seed} creates, through the real API, data that belongs to nation A ({@link LeakWorld#NATION_A})
 * or provider A ({@link LeakWorld#PROVIDER_A}), and returns the strings that would betray it (names, codes,
 * ids) and every address that could show it: lists, details, searches, exports, pages. The harness then
 * asks each address as every role of nation B and of provider B and fails if any marker appears, if an
 * answer is a 5xx, or if a list's {@code total} counts more than it shows.
 */
public interface LeakProbe {

  /** What was seeded: the strings that must never reach B, and where to look for them. */
  record Seeded(Set<String> markers, List<String> addresses) {}

  Seeded seed(LeakWorld world);
}
